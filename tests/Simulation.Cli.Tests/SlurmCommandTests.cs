using System.Diagnostics;
using System.Text.Json.Nodes;
using Simulation.Output.Batch;
using Simulation.Tests.Shared;

namespace Simulation.Cli.Tests;

/// <summary><c>regsim slurm calibrate</c> and <c>regsim slurm sensitivity</c> as a user runs them, without a cluster: the scripts it writes, what it refuses,
/// and the sweep form beside it still parsing as before; which regsim the scripts of both call.</summary>
public sealed class SlurmCommandTests : IDisposable
{
    private static readonly SlurmJobNames Calibration = SlurmJobNames.Of(SlurmJobKind.Calibration);

    private readonly string _temp = Regsim.TempFolder();

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [Fact]
    public void SlurmSweep_WithMoreShardsThanSlurmsDefaultArray_WarnsAndStillWritesTheScripts()
    {
        var output = Path.Combine(_temp, "wide");

        var (code, stdout, stderr) = Regsim.Run("slurm", "scenarios/experiments/smoke-sweep.json", "--shards", "1500", "--out", output, "--regsim", "printf '%s\\n'");

        Assert.True(code == 0, stderr);
        Assert.Contains("1500 array tasks (indices 0-1499) are more than Slurm allows by default (MaxArraySize 1001)", stderr);
        Assert.Contains("Submit with:", stdout);
        Assert.True(File.Exists(Path.Combine(output, "slurm", SlurmJobScripts.SubmitFileName)));
    }

    [Fact]
    public void SlurmSweep_WrittenAgainOverAnEditedScript_KeepsTheEditAndSaysSo()
    {
        var output = Path.Combine(_temp, "edited");
        string[] args = ["slurm", "scenarios/experiments/smoke-sweep.json", "--shards", "2", "--out", output, "--regsim", "printf '%s\\n'"];
        Assert.Equal(0, Regsim.Run(args).ExitCode);
        var sweepScript = Path.Combine(output, "slurm", "sweep.sbatch");
        var edited = File.ReadAllText(sweepScript).Replace("set -euo pipefail\n", "set -euo pipefail\nmodule load dotnet\n", StringComparison.Ordinal);
        File.WriteAllText(sweepScript, edited);

        var (code, stdout, stderr) = Regsim.Run(args);

        Assert.True(code == 0, stderr);
        Assert.Contains("The earlier sweep.sbatch differed (edited, or written for other options): kept as sweep.sbatch.earlier", stdout);
        Assert.DoesNotContain("merge.sbatch differed", stdout);
        Assert.Contains("module load dotnet", File.ReadAllText(sweepScript + ".earlier"));
        Assert.DoesNotContain("module load dotnet", File.ReadAllText(sweepScript));
    }

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
        Assert.Equal([.. command, "--shard", "1/3", "--out", output, "--threads", "2"], RunScript(Path.Combine(slurm, Calibration.ArrayFileName), "1"));
        Assert.Equal([.. command, "--out", output, "--threads", "2"], RunScript(Path.Combine(slurm, Calibration.GatherFileName), null));
        Assert.Contains("--dependency=\"afterok:$array_id\"", File.ReadAllText(Path.Combine(slurm, SlurmJobScripts.SubmitFileName)));
    }

    [Fact]
    public void SlurmCalibrate_OverShardsRunWithOtherSettings_IsRefusedBeforeTheScriptsAreWritten()
    {
        var output = Path.Combine(_temp, "cal");
        string[] calibration = ["scenarios/calibration.json", "--particles", "4", "--moves", "1", "--predictive-replications", "10", "--sbc-records", "0"];
        var shard = Regsim.Run(["calibrate", .. calibration, "-n", "2", "--shard", "0/2", "--out", output, "--quiet"]);
        Assert.True(shard.ExitCode == 0, shard.Error);

        var (code, _, stderr) = Regsim.Run(["slurm", "calibrate", .. calibration, "-n", "3", "--shards", "2", "--out", output, "--regsim", "printf '%s\\n'"]);
        var (same, _, sameError) = Regsim.Run(["slurm", "calibrate", .. calibration, "-n", "2", "--shards", "2", "--out", output, "--regsim", "printf '%s\\n'"]);

        Assert.Equal(1, code);
        Assert.Contains($"'{Path.Combine(output, "shard-0-of-2")}' holds particles that cannot be continued: it used 2 replications per particle, not 3", stderr);
        Assert.True(same == 0, sameError);
        Assert.True(File.Exists(Path.Combine(output, "slurm", Calibration.ArrayFileName)));
    }

    [Fact]
    public void AShardsParticlesEditedAfterItFinished_AreRefusedByTheGatherAndBySlurmCalibrate_NamingTheFile_WithNothingWritten()
    {
        var output = Path.Combine(_temp, "cal");
        string[] calibration = ["scenarios/calibration.json", "--particles", "4", "-n", "2", "--moves", "1", "--predictive-replications", "10", "--sbc-records", "0"];
        var shard = Regsim.Run(["calibrate", .. calibration, "--shard", "1/2", "--out", output, "--quiet"]);
        Assert.True(shard.ExitCode == 0, shard.Error);
        var particles = Path.Combine(output, "shard-1-of-2", "particles.csv");
        var lines = File.ReadAllLines(particles);
        var fields = lines[^1].Split(',');
        fields[1] += "1"; // one more digit in the first parameter of the shard's last particle
        lines[^1] = string.Join(',', fields);
        File.WriteAllLines(particles, lines);

        var (gather, _, gatherError) = Regsim.Run(["calibrate", .. calibration, "--out", output, "--quiet"]);
        var (slurm, _, slurmError) = Regsim.Run(["slurm", "calibrate", .. calibration, "--shards", "2", "--out", output, "--regsim", "printf '%s\\n'"]);

        Assert.Equal(1, gather);
        Assert.Contains($"'{particles}' was changed after the shard finished writing it: its SHA-256 is now ", gatherError);
        Assert.Contains("the shard recorded in its calibration.manifest.json", gatherError);
        Assert.DoesNotContain("   at ", gatherError);
        Assert.Equal(1, slurm);
        Assert.Contains($"'{particles}' was changed after its shard finished writing it", slurmError);
        Assert.Equal(["shard-1-of-2"], Directory.GetFileSystemEntries(output).Select(Path.GetFileName));
    }

    [Fact]
    public void AShardsPointsEditedAfterItFinished_AreRefusedByTheGatherAndBySlurmSensitivity_NamingTheFile_WithNothingWritten()
    {
        var output = Path.Combine(_temp, "study");
        string[] study = ["scenarios/experiments/smoke-sweep.json", "--trajectories", "2", "--bootstrap", "20", "--output", "rent_dissipation"];
        var shard = Regsim.Run(["sensitivity", .. study, "--shard", "0/2", "--out", output, "--quiet"]);
        Assert.True(shard.ExitCode == 0, shard.Error);
        var points = Path.Combine(output, "shard-0-of-2", "sweep.csv");
        File.WriteAllLines(points, File.ReadAllLines(points)[..^1]); // a point deleted

        var (gather, _, gatherError) = Regsim.Run(["sensitivity", .. study, "--out", output, "--quiet"]);
        var (slurm, _, slurmError) = Regsim.Run(["slurm", "sensitivity", .. study, "--shards", "2", "--out", output, "--regsim", "printf '%s\\n'"]);

        Assert.Equal(1, gather);
        Assert.Contains($"'{points}' was changed after its shard finished writing it: it holds 2 of the 3 rows the shard wrote; its SHA-256 is now ", gatherError);
        Assert.DoesNotContain("   at ", gatherError);
        Assert.Equal(1, slurm);
        Assert.Contains($"'{points}' was changed after its shard finished writing it", slurmError);
        Assert.Equal(["shard-0-of-2"], Directory.GetFileSystemEntries(output).Select(Path.GetFileName));
    }

    [Fact]
    public void SlurmSensitivity_WritesScriptsThatRunTheStudysOptions_AndRefusesAnUnknownOutput()
    {
        var output = Path.Combine(_temp, "my study");
        var names = SlurmJobNames.Of(SlurmJobKind.Sensitivity);

        var (code, stdout, stderr) = Regsim.Run("slurm", "sensitivity", "--priors", "scenarios/calibration.json", "--method", "sobol", "--base-samples", "4",
            "-n", "20", "--output", "rent_dissipation", "--shards", "2", "--out", output, "--regsim", "printf '%s\\n'");
        var refused = Path.Combine(_temp, "never");
        var (bad, _, error) = Regsim.Run("slurm", "sensitivity", "scenarios/experiments/smoke-sweep.json", "--output", "happiness", "--shards", "2", "--out", refused);

        Assert.True(code == 0, stderr);
        Assert.Contains("design points; shards in", stdout);
        var slurm = Path.Combine(output, "slurm");
        string[] command = ["sensitivity", "--priors", Path.Combine(Regsim.Root, "scenarios", "calibration.json"), "--method", "sobol", "--output", "rent_dissipation",
            "--base-samples", "4", "--bootstrap", "500", "--replications", "20"]; // only the method's own design option: every job would refuse the other
        Assert.Equal([.. command, "--shard", "0/2", "--out", output, "--threads", "1"], RunScript(Path.Combine(slurm, names.ArrayFileName), "0"));
        Assert.Equal([.. command, "--out", output, "--threads", "1"], RunScript(Path.Combine(slurm, names.GatherFileName), null));
        Assert.Equal(1, bad);
        Assert.Contains("--output takes an outcome metric", error);
        Assert.Contains("not 'happiness'.\nSee 'regsim slurm sensitivity --help' for its arguments and options.", error);
        Assert.False(Directory.Exists(refused));
    }

    [Fact]
    public void SlurmSensitivity_IntoAFolderHoldingAnotherStudysPoints_IsRefusedBeforeAnyTaskRuns()
    {
        var output = Path.Combine(_temp, "study");
        string[] study = ["--priors", "scenarios/calibration.json", "--method", "sobol", "--base-samples", "4", "--output", "rent_dissipation"];
        var shard = Regsim.Run(["sensitivity", .. study, "-n", "2", "--shard", "0/40", "--out", output, "--quiet"]);

        var (code, _, stderr) = Regsim.Run(["slurm", "sensitivity", .. study, "-n", "3", "--shards", "2", "--out", output]);

        Assert.True(shard.ExitCode == 0, shard.Error);
        Assert.Equal(1, code);
        Assert.Contains($"'{Path.Combine(output, "shard-0-of-40")}' holds the points of another study", stderr);
        Assert.False(Directory.Exists(Path.Combine(output, "slurm")));
    }

    [Fact]
    public void SlurmSweep_IntoAFolderHoldingAnotherExperimentsShard_IsRefusedBeforeAnyTaskRuns()
    {
        var output = Path.Combine(_temp, "sweep");
        var shard = Regsim.Run("sweep", "scenarios/experiments/smoke-sweep.json", "--shard", "0/4", "--out", Path.Combine(output, "shard-0-of-4"), "--quiet");

        var (code, _, stderr) = Regsim.Run("slurm", "scenarios/experiments/lee-weights.json", "--shards", "4", "--out", output);

        Assert.True(shard.ExitCode == 0, shard.Error);
        Assert.Equal(1, code);
        // The two experiments differ in their seeds too, but the refusal names what matters first: another experiment.
        Assert.Contains($"'{Path.Combine(output, "shard-0-of-4")}' cannot take this sweep's rows: it holds another experiment's rows ('smoke-sweep' of ", stderr);
        Assert.False(Directory.Exists(Path.Combine(output, "slurm")));
    }

    [Fact]
    public void SlurmSweepAsParquet_IntoAFolderHoldingAWholeSweepsParquetTable_IsRefusedBeforeAnyTaskRuns()
    {
        var output = Path.Combine(_temp, "whole");
        var whole = Regsim.Run("sweep", "scenarios/experiments/smoke-sweep.json", "--out", output, "--format", "parquet", "--quiet");

        var (code, _, stderr) = Regsim.Run("slurm", "scenarios/experiments/smoke-sweep.json", "--shards", "2", "--out", output, "--format", "parquet");

        Assert.True(whole.ExitCode == 0, whole.Error);
        Assert.Equal(1, code);
        Assert.Contains($"'{Path.Combine(output, "sweep.parquet")}' holds part-00000-of-00001.parquet, this sweep's table as a whole run wrote it", stderr);
        Assert.False(Directory.Exists(Path.Combine(output, "slurm")));
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
    [InlineData("x", "--shards takes a whole number, not 'x'.")]
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
        // The regsim these tests run is built as they are: a Debug one says that the nodes would run it at half speed.
#if DEBUG
        Assert.Contains("Note: this regsim is a Debug build (unoptimised), whose replications run about half as fast; build it with `dotnet build -c Release", stdout);
#else
        Assert.DoesNotContain("Debug build", stdout);
#endif
        Assert.True(File.Exists(Path.Combine(_temp, "slurm", "merge.sbatch")));
    }

    [Fact]
    public void Slurm_WithoutRegsim_CallsThePublishedBinaryAboveTheWorkingFolder_AndSaysHowToCopyIt()
    {
        // A stand-in for a checkout's published binary that prints its arguments; regsim runs in a folder below it.
        var binary = Path.Combine(_temp, "checkout", "dist", "linux-x64", "regsim");
        Directory.CreateDirectory(Path.GetDirectoryName(binary)!);
        File.WriteAllText(binary, "#!/bin/sh\nprintf '%s\\n' \"$@\"\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(binary, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
        var working = Directory.CreateDirectory(Path.Combine(_temp, "checkout", "experiments")).FullName;
        var experiment = Path.Combine(Regsim.Root, "scenarios", "experiments", "smoke-sweep.json");
        var output = Path.Combine(_temp, "out");

        var (code, stdout, stderr) = Regsim.Start(Regsim.Command, working, TimeSpan.FromMinutes(5), ["slurm", experiment, "--shards", "3", "--out", output]);

        Assert.True(code == 0, stderr);
        Assert.Contains($"Nodes run: {binary} (the self-contained binary of dist/linux-x64/regsim: the nodes need no .NET)", stdout);
        Assert.Contains($"scp {binary} CLUSTER:~/bin/", stdout);
        Assert.DoesNotContain("Debug build", stdout); // the nodes run the published binary, not this one
        var slurm = Path.Combine(output, "slurm");
        Assert.Equal(["sweep", experiment, "--shard", "2/3", "--out", Path.Combine(output, "shard-2-of-3"), "--threads", "1"], RunScript(Path.Combine(slurm, "sweep.sbatch"), "2"));
        Assert.Equal(["merge", "--out", output], RunScript(Path.Combine(slurm, "merge.sbatch"), null)[..3]);
    }

    [Theory]
    [InlineData(false, "no/such/regsim", "--regsim names '{root}/no/such/regsim', which does not exist")]
    [InlineData(true, "no/such/regsim --quiet", "--regsim names '{root}/no/such/regsim', which does not exist")]
    [InlineData(false, "scenarios/", "--regsim names the folder '{root}/scenarios', not a program.")]
    [InlineData(true, "scenarios/smoke.json", "--regsim names '{root}/scenarios/smoke.json', which is not executable")]
    [InlineData(false, "'/opt/my regsim", "--regsim has a single quote that is not closed")]
    public void Slurm_BadRegsimPath_IsRefusedNamingTheOption_AndWritesNothing(bool calibrate, string regsim, string message)
    {
        var output = Path.Combine(_temp, "never");
        string[] input = calibrate ? ["calibrate", "scenarios/calibration.json"] : ["scenarios/experiments/smoke-sweep.json"];

        var (code, stdout, stderr) = Regsim.Run(["slurm", .. input, "--shards", "3", "--out", output, "--regsim", regsim]);

        Assert.Equal(1, code);
        Assert.Contains(message.Replace("{root}", Regsim.Root, StringComparison.Ordinal), stderr);
        Assert.DoesNotContain("   at ", stderr);
        Assert.Equal("", stdout);
        Assert.False(Directory.Exists(output));
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
