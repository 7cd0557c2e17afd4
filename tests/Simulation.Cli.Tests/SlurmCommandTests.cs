using System.Diagnostics;
using System.Text.Json.Nodes;
using Simulation.Output.Batch;
using Simulation.Tests.Shared;

namespace Simulation.Cli.Tests;

/// <summary><c>regsim slurm calibrate</c> as a user runs it, without a cluster: the scripts it writes, what it refuses,
/// and the sweep form beside it still parsing as before.</summary>
public sealed class SlurmCommandTests : IDisposable
{
    private static readonly SlurmJobNames Calibration = SlurmJobNames.Of(SlurmJobKind.Calibration);

    private readonly string _temp = Regsim.TempFolder();

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [Fact]
    public void SlurmCalibrate_WritesScriptsThatRunTheCalibrationsOptions()
    {
        var output = Path.Combine(_temp, "my cal");

        // printf stands in for regsim on the nodes, so running a script shows the arguments regsim would get.
        var (code, stdout, stderr) = Regsim.Run("slurm", "calibrate", "scenarios/calibration.json", "--shards", "3", "--particles", "12", "-n", "4",
            "--seed", "7", "--predictive-replications", "20", "--sbc-records", "0", "--threads-per-task", "2", "--out", output, "--regsim", "printf '%s\\n'");

        Assert.True(code == 0, stderr);
        Assert.Contains("Submit with:", stdout);
        var slurm = Path.Combine(output, "slurm");
        Assert.Equal(
            [Calibration.ArrayFileName, Calibration.GatherFileName, SlurmJobScripts.SubmitFileName],
            Directory.GetFiles(slurm).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        string[] command = ["calibrate", Path.Combine(Regsim.Root, "scenarios", "calibration.json"),
            "--particles", "12", "--replications", "4", "--sampler", "tempered", "--moves", "3", "--seed", "7", "--predictive-replications", "20", "--sbc-records", "0"];
        Assert.Equal([.. command, "--shard", "1/3", "--out", output, "--threads", "2", "--quiet"], RunScript(Path.Combine(slurm, Calibration.ArrayFileName), "1"));
        Assert.Equal([.. command, "--out", output, "--threads", "2", "--quiet"], RunScript(Path.Combine(slurm, Calibration.GatherFileName), null));
        Assert.Contains("--dependency=\"afterok:$array_id\"", File.ReadAllText(Path.Combine(slurm, SlurmJobScripts.SubmitFileName)));
    }

    [Fact]
    public void SlurmCalibrate_MoreShardsThanParticles_Warns()
    {
        var (code, _, stderr) = Regsim.Run("slurm", "calibrate", "scenarios/calibration.json", "--shards", "5", "--particles", "3", "--out", _temp);

        Assert.True(code == 0, stderr);
        Assert.Contains("Warning: 5 shards for 3 particles; 2 array tasks will have no particle to run.", stderr);
    }

    [Fact]
    public void SlurmCalibrate_ScenarioWithoutPriors_IsRejectedAndWritesNothing()
    {
        var baseline = JsonNode.Parse(File.ReadAllText(Path.Combine(Regsim.Root, "scenarios", "baseline.json")))!;
        PriorFree.Strip(baseline);
        var scenario = Path.Combine(_temp, "no-priors.json");
        File.WriteAllText(scenario, baseline.ToJsonString());
        var output = Path.Combine(_temp, "never");

        var (code, _, stderr) = Regsim.Run("slurm", "calibrate", scenario, "--shards", "3", "--out", output);

        Assert.Equal(2, code);
        Assert.Contains("no parameter has a 'prior'", stderr);
        Assert.DoesNotContain("   at ", stderr);
        Assert.False(Directory.Exists(output));
    }

    [Theory]
    [InlineData("0", "--shards must be at least 1 (got 0).")]
    [InlineData("-2", "--shards must be at least 1 (got -2).")]
    [InlineData("x", "'x' for option '--shards'")]
    [InlineData(null, "Option '--shards' is required.")]
    public void SlurmCalibrate_BadShards_IsRefusedNamingTheOption(string? shards, string message)
    {
        var output = Path.Combine(_temp, "never");
        string[] args = ["slurm", "calibrate", "scenarios/calibration.json", "--out", output];

        var (code, _, stderr) = Regsim.Run(shards is null ? args : [.. args, "--shards", shards]);

        Assert.Equal(1, code);
        Assert.Contains(message, stderr);
        Assert.DoesNotContain("   at ", stderr);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void SlurmCalibrate_Help_ShowsOnlyItsOwnArgument()
    {
        var (code, stdout, _) = Regsim.Run("slurm", "calibrate", "--help");

        Assert.Equal(0, code);
        Assert.Contains("regsim slurm calibrate <scenario> [options]", stdout);
        Assert.Contains("--particles", stdout);
        Assert.DoesNotContain("<experiment>", stdout);
    }

    [Fact]
    public void SlurmSweep_StillTakesTheExperimentAsItsArgument()
    {
        var (code, stdout, stderr) = Regsim.Run("slurm", "scenarios/experiments/smoke-sweep.json", "--shards", "3", "--out", _temp, "-p", "batch");

        Assert.True(code == 0, stderr);
        Assert.Contains("3 array tasks × 1 CPU for 6 design points", stdout);
        Assert.Contains("#SBATCH --partition=batch", File.ReadAllText(Path.Combine(_temp, "slurm", "sweep.sbatch")));
        Assert.True(File.Exists(Path.Combine(_temp, "slurm", "merge.sbatch")));
    }

    private static string[] RunScript(string script, string? task)
    {
        var start = new ProcessStartInfo("bash", [script]) { RedirectStandardOutput = true };
        if (task is not null)
        {
            start.Environment["SLURM_ARRAY_TASK_ID"] = task;
        }
        using var bash = Process.Start(start)!;
        var args = bash.StandardOutput.ReadToEnd().TrimEnd('\n').Split('\n');
        bash.WaitForExit();
        Assert.Equal(0, bash.ExitCode);
        return args;
    }
}
