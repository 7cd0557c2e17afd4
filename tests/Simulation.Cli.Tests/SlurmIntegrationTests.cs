using System.Diagnostics;
using System.Text.RegularExpressions;
using Simulation.Output.Batch;

namespace Simulation.Cli.Tests;

/// <summary>
/// Runs a sharded sweep (with the experiment's replications, and with other ones and Parquet), calibration and sensitivity study through a real Slurm, as a user of <c>regsim slurm</c> would with the
/// self-contained binary: the binary writes the scripts, which call it on the nodes; submit.sh queues the job array and
/// the job that gathers it, and the gathered files must be byte for byte those of an unsharded run of the regsim built
/// for the tests. Uses the single-node Slurm of scripts/cluster/slurm-up.sh (which .ci/run starts); when Slurm does not
/// answer and the test runs as root it starts it itself and stops it afterwards, and when Slurm cannot be had the test
/// is skipped with the reason (before publishing anything).
/// </summary>
[Collection(PublishedRegsimCollection.Name)]
public sealed class SlurmIntegrationTests(PublishedRegsim published) : IDisposable
{
    private const string Experiment = "scenarios/experiments/smoke-sweep.json";
    private const string Scenario = "scenarios/calibration.json";
    private const string StartedList = "/run/regsim-slurm/started";
    private static readonly TimeSpan JobTimeout = TimeSpan.FromMinutes(5);

    // Both one folder deep in a temporary folder, so a calibrated.json's relative 'extends' is the same in each; the
    // sharded one has a space, as users' paths have.
    private readonly string _sharded = Path.Combine(Regsim.TempFolder(), "sharded run");
    private readonly string _whole = Path.Combine(Regsim.TempFolder(), "whole");
    private bool _startedSlurm;
    private readonly List<string> _jobs = [];

    public void Dispose()
    {
        // Jobs left in the queue (a failed or timed-out run) would hold the node's cores for the next run.
        if (_jobs.Count > 0)
        {
            Exec("scancel", _jobs, TimeSpan.FromSeconds(30));
        }
        Directory.Delete(Path.GetDirectoryName(_sharded)!, recursive: true);
        Directory.Delete(Path.GetDirectoryName(_whole)!, recursive: true);
        if (_startedSlurm)
        {
            Exec("bash", [Path.Combine(Regsim.Root, "scripts/cluster/slurm-down.sh")], TimeSpan.FromMinutes(1));
        }
    }

    [SkippableFact]
    public void ShardedSweepOnSlurm_MergesToTheUnshardedSweepCsv()
    {
        var unavailable = EnsureSlurm();
        Skip.If(unavailable is not null, unavailable);

        var (code, stdout, stderr) = published.Run(null, "slurm", Experiment, "--shards", "3", "--out", _sharded);
        Assert.True(code == 0, stderr);
        Assert.Contains("Submit with:", stdout);
        AssertScriptsCallThePublishedBinary(stdout, SlurmJobNames.Of(SlurmJobKind.Sweep));

        var states = SubmitAndWait(SlurmJobNames.Of(SlurmJobKind.Sweep));
        var merged = Path.Combine(_sharded, "sweep.csv");
        Assert.True(File.Exists(merged), $"the merge wrote no {merged}:\n{states}{Logs()}");
        for (var shard = 0; shard < 3; shard++)
        {
            Assert.True(File.Exists(Path.Combine(_sharded, $"shard-{shard}-of-3", "sweep.csv")), $"shard {shard} wrote nothing:\n{Logs()}");
        }

        var whole = Regsim.Run("sweep", Experiment, "--out", _whole);
        Assert.True(whole.ExitCode == 0, whole.Error);
        Assert.Equal(File.ReadAllBytes(Path.Combine(_whole, "sweep.csv")), File.ReadAllBytes(merged));
    }

    [SkippableFact]
    public void ShardedSweepWithOtherReplicationsOnSlurm_MergesToTheWholeSweepOfThatCount_AndItsKindOfParquetTable()
    {
        var unavailable = EnsureSlurm();
        Skip.If(unavailable is not null, unavailable);
        string[] sweep = ["--replications", "7", "--format", "parquet"];

        var (code, stdout, stderr) = published.Run(null, ["slurm", Experiment, "--shards", "3", .. sweep, "--out", _sharded]);
        Assert.True(code == 0, stderr);
        Assert.Contains("for 6 design points × 7 replications (--replications)", stdout);
        AssertScriptsCallThePublishedBinary(stdout, SlurmJobNames.Of(SlurmJobKind.Sweep));
        Assert.Contains(" --replications 7 --format parquet --shard \"$shard/3\"", File.ReadAllText(Path.Combine(_sharded, "slurm", "sweep.sbatch")));

        var states = SubmitAndWait(SlurmJobNames.Of(SlurmJobKind.Sweep));
        var merged = Path.Combine(_sharded, "sweep.csv");
        Assert.True(File.Exists(merged), $"the merge wrote no {merged}:\n{states}{Logs()}");
        Assert.DoesNotContain("could not be checked", Logs()); // every shard recorded the SHA-256 of what it wrote, and the merge checked it

        var whole = Regsim.Run(["sweep", Experiment, .. sweep, "--out", _whole, "--quiet"]);
        Assert.True(whole.ExitCode == 0, whole.Error);
        Assert.Equal(File.ReadAllBytes(Path.Combine(_whole, "sweep.csv")), File.ReadAllBytes(merged));
        Assert.Contains("\"replicationsPerPoint\": 7", File.ReadAllText(Path.Combine(_sharded, "sweep.manifest.json")));
        // Both leave sweep.parquet/ as a folder of parts: one for the whole sweep, one per shard for the merged one.
        Assert.Equal(["part-00000-of-00001.parquet"], Directory.GetFiles(Path.Combine(_whole, "sweep.parquet")).Select(Path.GetFileName));
        Assert.Equal(["part-00000-of-00003.parquet", "part-00001-of-00003.parquet", "part-00002-of-00003.parquet"],
            Directory.GetFiles(Path.Combine(_sharded, "sweep.parquet")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [SkippableFact]
    public void ShardedCalibrationOnSlurm_GathersToTheWholeCalibrationsFiles()
    {
        var unavailable = EnsureSlurm();
        Skip.If(unavailable is not null, unavailable);
        string[] options = ["--particles", "12", "--replications", "4", "--predictive-replications", "20", "--sbc-records", "0"];

        var (code, stdout, stderr) = published.Run(null, ["slurm", "calibrate", Scenario, "--shards", "3", .. options, "--out", _sharded]);
        Assert.True(code == 0, stderr);
        Assert.Contains("Submit with:", stdout);
        AssertScriptsCallThePublishedBinary(stdout, SlurmJobNames.Of(SlurmJobKind.Calibration));

        var states = SubmitAndWait(SlurmJobNames.Of(SlurmJobKind.Calibration));
        for (var shard = 0; shard < 3; shard++)
        {
            // Particles shard, shard + 3, ...: four each of twelve.
            var particles = Path.Combine(_sharded, $"shard-{shard}-of-3", "particles.csv");
            Assert.True(File.Exists(particles), $"shard {shard} wrote nothing:\n{Logs()}");
            Assert.Equal(5, File.ReadAllLines(particles).Length);
        }
        Assert.True(File.Exists(Path.Combine(_sharded, "calibrated.json")), $"the gather job did not finish the calibration:\n{states}{Logs()}");

        var whole = Regsim.Run(["calibrate", Scenario, .. options, "--out", _whole, "--quiet"]);
        Assert.True(whole.ExitCode == 0, whole.Error);
        foreach (var file in new[] { "posterior.csv", "summary.csv", "calibrated.json", "particles.csv", "predictive_check.csv", "leave_one_out.csv" })
        {
            Assert.True(File.ReadAllBytes(Path.Combine(_whole, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(_sharded, file))), $"{file} differs");
        }
    }

    [SkippableFact]
    public void ShardedSensitivityStudyOnSlurm_GathersToTheWholeStudysIndices()
    {
        var unavailable = EnsureSlurm();
        Skip.If(unavailable is not null, unavailable);
        // A Sobol study of the experiment's two factors: 4·(2 + 2) = 16 design points, six, five and five per shard.
        string[] study = [Experiment, "--method", "sobol", "--base-samples", "4", "--bootstrap", "50", "--output", "rent_dissipation"];

        var (code, stdout, stderr) = published.Run(null, ["slurm", "sensitivity", .. study, "--shards", "3", "--out", _sharded]);
        Assert.True(code == 0, stderr);
        Assert.Contains("for 16 design points", stdout);
        AssertScriptsCallThePublishedBinary(stdout, SlurmJobNames.Of(SlurmJobKind.Sensitivity));

        var states = SubmitAndWait(SlurmJobNames.Of(SlurmJobKind.Sensitivity));
        for (var shard = 0; shard < 3; shard++)
        {
            var points = Path.Combine(_sharded, $"shard-{shard}-of-3", "sweep.csv");
            Assert.True(File.Exists(points), $"shard {shard} wrote nothing:\n{Logs()}");
            Assert.Equal(1 + (shard == 0 ? 6 : 5), File.ReadAllLines(points).Length);
        }
        Assert.True(File.Exists(Path.Combine(_sharded, "sensitivity.csv")), $"the gather job did not compute the indices:\n{states}{Logs()}");
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(_sharded, "slurm", "logs"), "gather-*.out")); // kept in the folder it wrote the indices to

        var whole = Regsim.Run(["sensitivity", .. study, "--out", _whole, "--quiet"]);
        Assert.True(whole.ExitCode == 0, whole.Error);
        foreach (var file in new[] { "sensitivity.csv", "sweep.csv" })
        {
            Assert.True(File.ReadAllBytes(Path.Combine(_whole, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(_sharded, file))), $"{file} differs");
        }
    }

    // The binary, running itself, chose itself for the nodes and said so.
    private void AssertScriptsCallThePublishedBinary(string stdout, SlurmJobNames names)
    {
        var binary = Shell.Quote(published.Binary);
        Assert.Contains($"Nodes run: {binary} (this regsim, a self-contained binary", stdout);
        foreach (var script in new[] { names.ArrayFileName, names.GatherFileName })
        {
            Assert.Contains($"\nexec {binary} ", File.ReadAllText(Path.Combine(_sharded, "slurm", script)));
        }
    }

    // Submits the scripts in _sharded/slurm from another folder (they carry absolute paths), waits for the array and the
    // job after it to leave the queue, checks that every one completed and returns their states.
    private string SubmitAndWait(SlurmJobNames names)
    {
        var submit = Exec("bash", [Path.Combine(_sharded, "slurm", SlurmJobScripts.SubmitFileName)], TimeSpan.FromMinutes(1), workingDirectory: "/");
        Assert.True(submit.Code == 0, $"submit.sh failed: {submit.Out}{submit.Error}");
        var arrayJob = JobId(submit.Out, names.ArrayJobLine);
        var gatherJob = JobId(submit.Out, names.GatherJobLine);
        _jobs.AddRange([arrayJob, gatherJob]);

        var finished = WaitForJobs([arrayJob, gatherJob]);
        var states = JobStates(arrayJob) + JobStates(gatherJob);
        Assert.True(finished, $"jobs {arrayJob} and {gatherJob} still queued after {JobTimeout}:\n{states}{Logs()}");
        Assert.False(Regex.IsMatch(states, "JobState=(?!COMPLETED)"), $"not every job completed:\n{states}{Logs()}");
        return states;
    }

    // Returns null when Slurm answers with a usable node, otherwise why it cannot be had.
    private string? EnsureSlurm()
    {
        if (NodeIsUp())
        {
            return null;
        }
        var id = Exec("id", ["-u"], TimeSpan.FromSeconds(10));
        if (id.Out.Trim() != "0")
        {
            return "Slurm is not running (sinfo shows no usable node), and starting it needs root: run scripts/cluster/slurm-up.sh as root.";
        }
        var hadStarted = File.Exists(StartedList);
        var up = Exec("bash", [Path.Combine(Regsim.Root, "scripts/cluster/slurm-up.sh")], TimeSpan.FromMinutes(5));
        _startedSlurm = !hadStarted && File.Exists(StartedList);
        if (up.Code != 0 || !NodeIsUp())
        {
            return $"Slurm could not be started by scripts/cluster/slurm-up.sh (exit {up.Code}): {Tail(up.Error + up.Out, 1500)}";
        }
        return null;
    }

    private static bool NodeIsUp()
    {
        var sinfo = Exec("sinfo", ["--noheader", "--format=%T"], TimeSpan.FromSeconds(15));
        return sinfo.Code == 0 && Regex.IsMatch(sinfo.Out, @"^(idle|mixed|allocated|completing)\b", RegexOptions.Multiline);
    }

    private static string JobId(string submitOutput, string prefix)
    {
        var line = submitOutput.Split('\n').FirstOrDefault(l => l.StartsWith(prefix, StringComparison.Ordinal));
        Assert.True(line is not null, $"submit.sh printed no '{prefix}' line:\n{submitOutput}");
        var id = line[prefix.Length..].Trim();
        Assert.Matches("^[0-9]+$", id);
        return id;
    }

    // Waits until squeue lists none of the jobs (an array counts until all its tasks have left the queue).
    private static bool WaitForJobs(IReadOnlyList<string> jobs)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < JobTimeout)
        {
            var squeue = Exec("squeue", ["--noheader", "--format=%i %T", "--jobs=" + string.Join(',', jobs)], TimeSpan.FromSeconds(15));
            // squeue exits 1 for ids already purged from the controller: gone, as far as waiting goes.
            if ((squeue.Code == 0 && squeue.Out.Trim().Length == 0) || (squeue.Code != 0 && squeue.Error.Contains("Invalid job id", StringComparison.Ordinal)))
            {
                return true;
            }
            Thread.Sleep(TimeSpan.FromSeconds(1));
        }
        return false;
    }

    // One line per job (and per array task) with its JobState, as the controller still remembers it; sacct would need
    // an accounting database, which the single-node test cluster does not run.
    private static string JobStates(string job)
    {
        var show = Exec("scontrol", ["--oneliner", "show", "job", job], TimeSpan.FromSeconds(15));
        return string.Concat(show.Out.Split('\n').Where(l => l.Length > 0).Select(l =>
            string.Join(' ', l.Split(' ').Where(f => f.StartsWith("JobId=", StringComparison.Ordinal) || f.StartsWith("ArrayTaskId=", StringComparison.Ordinal)
                || f.StartsWith("JobState=", StringComparison.Ordinal) || f.StartsWith("ExitCode=", StringComparison.Ordinal) || f.StartsWith("Reason=", StringComparison.Ordinal))) + "\n"));
    }

    private string Logs()
    {
        var folder = Path.Combine(_sharded, "slurm", "logs");
        return !Directory.Exists(folder)
            ? ""
            : string.Concat(Directory.GetFiles(folder).Order(StringComparer.Ordinal).Select(f => $"--- {Path.GetFileName(f)}\n{Tail(File.ReadAllText(f), 2000)}\n"));
    }

    private static string Tail(string text, int length) => text.Length <= length ? text : "..." + text[^length..];

    private static (int Code, string Out, string Error) Exec(string file, IEnumerable<string> args, TimeSpan timeout, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo(file, args)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory ?? Regsim.Root,
        };
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return (-1, "", $"{file}: {e.Message}");
        }
        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(timeout))
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
                return (-1, output.Result, error.Result + $"\n{file} did not finish in {timeout}");
            }
            return (process.ExitCode, output.Result, error.Result);
        }
    }
}
