using System.Diagnostics;
using System.Text.Json;
using Simulation.Output.Batch;

namespace Simulation.Cli.Tests;

/// <summary><c>regsim slurm EXPERIMENT --replications N</c> without a cluster: the scripts carry the count to every task, run
/// by bash as Slurm would run them they give the bytes of <c>regsim sweep --replications N</c>, the default folder is the
/// sweep's own for that count, and shards of another count are refused before any task runs.</summary>
public sealed class SlurmSweepCommandTests : IDisposable
{
    private const string Experiment = "scenarios/experiments/smoke-sweep.json";
    private readonly string _temp = Regsim.TempFolder();

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [Fact]
    public void SlurmSweepWithReplications_ItsScriptsRunByBash_GiveTheBytesOfAWholeSweepWithThem()
    {
        var sharded = Path.Combine(_temp, "sharded run");
        var whole = Path.Combine(_temp, "whole");

        var (code, stdout, stderr) = Regsim.Run(["slurm", Experiment, "--shards", "2", "--replications", "3", "--out", sharded, "--regsim", Shell.Join(Regsim.Command)]);

        Assert.True(code == 0, stderr);
        Assert.Contains("2 array tasks × 1 CPU for 6 design points × 3 replications (--replications)", stdout);
        var slurm = Path.Combine(sharded, "slurm");
        for (var task = 0; task < 2; task++)
        {
            var shard = Bash(Path.Combine(slurm, "sweep.sbatch"), task.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Assert.True(shard.Code == 0, shard.Error);
        }
        var merge = Bash(Path.Combine(slurm, "merge.sbatch"), null);
        Assert.True(merge.Code == 0, merge.Error);
        Assert.DoesNotContain("could not be checked", merge.Error); // the shards recorded what they wrote
        var reference = Regsim.Run("sweep", Experiment, "--replications", "3", "--out", whole, "--quiet");
        Assert.True(reference.ExitCode == 0, reference.Error);

        Assert.Equal(File.ReadAllBytes(Path.Combine(whole, "sweep.csv")), File.ReadAllBytes(Path.Combine(sharded, "sweep.csv")));
        for (var shard = 0; shard < 2; shard++)
        {
            var manifest = Json(Path.Combine(sharded, $"shard-{shard}-of-2", "sweep.manifest.json"));
            Assert.Equal(3, manifest.GetProperty("replicationsPerPoint").GetInt32());
            Assert.Equal(64, manifest.GetProperty("sweepCsvSha256").GetString()!.Length);
        }
        Assert.Equal(3, Json(Path.Combine(sharded, "sweep.manifest.json")).GetProperty("replicationsPerPoint").GetInt32());
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(sharded, "plots")));
    }

    [Fact]
    public void SlurmSweepWithReplications_WithoutOut_WritesIntoTheSweepsFolderForThatCount_AndPassesItToEveryTask()
    {
        var working = Directory.CreateDirectory(Path.Combine(_temp, "work")).FullName;
        var experiment = Path.Combine(Regsim.Root, Experiment);

        var (code, _, stderr) = Regsim.Start(Regsim.Command, working, TimeSpan.FromMinutes(5), ["slurm", experiment, "--shards", "2", "-n", "3", "--regsim", "printf '%s\\n'"]);

        Assert.True(code == 0, stderr);
        var folder = Path.Combine(working, "output", "smoke-sweep-n3");
        Assert.Equal(["sweep", experiment, "--replications", "3", "--shard", "1/2", "--out", Path.Combine(folder, "shard-1-of-2"), "--threads", "1"],
            Bash(Path.Combine(folder, "slurm", "sweep.sbatch"), "1").Out.TrimEnd('\n').Split('\n'));
        Assert.Equal(["merge", "--out", folder], Bash(Path.Combine(folder, "slurm", "merge.sbatch"), null).Out.Split('\n')[..3]);
        Assert.False(Directory.Exists(Path.Combine(working, "output", "smoke-sweep")));
    }

    [Fact]
    public void SlurmSweep_IntoAFolderHoldingAShardOfAnotherReplicationCount_IsRefusedBeforeAnyTaskRuns()
    {
        var output = Path.Combine(_temp, "sweep");
        var shard = Regsim.Run("sweep", Experiment, "--shard", "0/2", "-n", "3", "--out", Path.Combine(output, "shard-0-of-2"), "--quiet");

        var (code, _, stderr) = Regsim.Run("slurm", Experiment, "--shards", "2", "--out", output);
        var (same, _, sameError) = Regsim.Run("slurm", Experiment, "--shards", "2", "--replications", "3", "--out", output, "--regsim", "printf '%s\\n'");

        Assert.True(shard.ExitCode == 0, shard.Error);
        Assert.Equal(1, code);
        Assert.Contains($"'{Path.Combine(output, "shard-0-of-2")}' cannot take this sweep's rows: it ran 3 replications per point, not 20 (--replications)", stderr);
        Assert.True(same == 0, sameError);
        Assert.True(File.Exists(Path.Combine(output, "slurm", "sweep.sbatch")));
    }

    [Fact]
    public void SlurmSweep_OverAShardEditedAfterItFinished_IsRefusedBeforeAnyTaskRuns()
    {
        var output = Path.Combine(_temp, "edited");
        var shard = Path.Combine(output, "shard-1-of-2");
        Assert.Equal(0, Regsim.Run("sweep", Experiment, "--shard", "1/2", "--out", shard, "--quiet").ExitCode);
        var table = Path.Combine(shard, "sweep.csv");
        File.WriteAllLines(table, File.ReadAllLines(table)[..^3]); // its last point's rows deleted by hand

        var (code, _, stderr) = Regsim.Run("slurm", Experiment, "--shards", "2", "--out", output);

        Assert.Equal(1, code);
        Assert.Contains($"'{table}' was changed after its shard finished writing it (it holds 6 of the 9 rows the shard wrote", stderr);
        Assert.False(Directory.Exists(Path.Combine(output, "slurm")));
    }

    [Fact]
    public void SlurmSweep_IntoAFolderHoldingAnotherExperimentsSweep_IsRefused_AndToldToChooseAnotherOut_NotToMerge()
    {
        var output = Path.Combine(_temp, "other");
        var other = Path.Combine(_temp, "other.json");
        File.WriteAllText(other, $$"""
            { "name": "other", "scenario": "{{Path.Combine(Regsim.Root, "scenarios", "smoke.json").Replace("\\", "/")}}", "seed": 3, "replicationsPerPoint": 2,
              "design": { "kind": "grid", "levelsPerFactor": 2 },
              "factors": [ { "name": "lee_equity", "parameter": "regimes[lee].tilt[equity].weight", "min": 0, "max": 1 } ] }
            """);
        Assert.Equal(0, Regsim.Run("sweep", other, "--out", output, "--quiet").ExitCode);

        var (code, _, stderr) = Regsim.Run("slurm", Experiment, "--shards", "2", "--out", output);

        Assert.Equal(1, code);
        Assert.Contains($"'{output}' holds another sweep", stderr);
        Assert.Contains("; choose another --out", stderr);
        Assert.DoesNotContain("merge into", stderr);
        Assert.False(Directory.Exists(Path.Combine(output, "slurm")));
    }

    // Runs a generated script as Slurm would, with the array task's id in the environment when given.
    private static (int Code, string Out, string Error) Bash(string script, string? task)
    {
        var start = new ProcessStartInfo("bash", [script]) { RedirectStandardOutput = true, RedirectStandardError = true };
        if (task is not null)
        {
            start.Environment["SLURM_ARRAY_TASK_ID"] = task;
        }
        using var bash = Process.Start(start)!;
        var output = bash.StandardOutput.ReadToEndAsync();
        var error = bash.StandardError.ReadToEndAsync();
        Assert.True(bash.WaitForExit(TimeSpan.FromMinutes(5)), $"{script} did not finish");
        return (bash.ExitCode, output.Result, error.Result);
    }

    private static JsonElement Json(string path) => JsonDocument.Parse(File.ReadAllText(path)).RootElement.Clone();
}
