using Simulation.Application.Calibration;
using Simulation.Application.Runs;
using Simulation.Application.Sweeps;
using Simulation.Experiments;
using Simulation.Experiments.Scenarios;
using Simulation.Experiments.Tests;

namespace Simulation.Application.Tests;

/// <summary>
/// The use cases called as the hosts call them: typed request in, typed result or typed error out, progress through
/// <see cref="IWorkProgress"/>, and nothing half-written when they fail.
/// </summary>
public sealed class UseCaseTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("regsim-app-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [Fact]
    public void RunScenario_WritesEveryFileItLists_AndReportsProgressToTheEnd()
    {
        var folder = Path.Combine(_temp, "run");
        var progress = new RecordingProgress();

        var run = new RunScenario().Run(new RunRequest(Repository.Scenario("smoke.json"), 300, 5, 2, folder), progress, CancellationToken.None);

        Assert.Equal(folder, run.Folder);
        Assert.Equal(300, run.Options.Replications);
        var written = Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/')).ToHashSet();
        Assert.All(run.Files, f => Assert.Contains(f, written));
        Assert.Contains("outcomes.csv", run.Files);
        Assert.Equal(300, Assert.Single(progress.Tracked).Total);
        Assert.Equal(300, progress.Reports.Max());
    }

    [Fact]
    public void RunScenario_InMemory_GivesTheSameResultAsTheWrittenRun()
    {
        var loaded = ScenarioLoader.Load(Repository.Scenario("smoke.json"));
        var options = new Experiments.RunOptions(200, 9, 1);

        var memory = new RunScenario().Simulate(loaded.Model, options, null, CancellationToken.None);
        var written = new RunScenario().Run(new RunRequest(Repository.Scenario("smoke.json"), 200, 9, 2, Path.Combine(_temp, "w"), NoOutcomes: true),
            SilentProgress.Instance, CancellationToken.None);

        Assert.Equal(memory.WinProbabilities, written.Result.WinProbabilities);
    }

    [Fact]
    public void RunScenario_ToAFolderThatCannotBeMade_ThrowsResultsNotWritten_NamingIt()
    {
        // A name longer than a file system takes (255 bytes): the folder cannot be made, whoever runs it.
        var folder = Path.Combine(_temp, new string('x', 300));

        var e = Assert.Throws<ResultsNotWrittenException>(() =>
            new RunScenario().Run(new RunRequest(Repository.Scenario("smoke.json"), 50, 1, 1, folder), SilentProgress.Instance, CancellationToken.None));

        Assert.Equal(folder, e.Destination);
        Assert.Contains(folder, e.Message);
        Assert.Empty(Directory.GetFileSystemEntries(_temp));
    }

    [Fact]
    public void RunScenario_ToAFolderInsideAFile_IsRefusedBeforeAnyWork_NamingTheFile()
    {
        var blocker = Path.Combine(_temp, "a-file");
        File.WriteAllText(blocker, "not a folder");
        var folder = Path.Combine(blocker, "run");

        // The user's mistake, as a results folder that is a file is, rather than a failure to write.
        var e = Assert.Throws<InvalidDataException>(() =>
            new RunScenario().Run(new RunRequest(Repository.Scenario("smoke.json"), 50, 1, 1, folder), SilentProgress.Instance, CancellationToken.None));

        Assert.Equal($"'{folder}' cannot be made: '{blocker}' is a file, not a folder; name a folder outside it", e.Message);
        Assert.Equal(["a-file"], Directory.GetFileSystemEntries(_temp).Select(Path.GetFileName));
    }

    [Fact]
    public void RunScenario_RejectedScenario_ThrowsScenarioException_AndWritesNothing()
    {
        var broken = Path.Combine(_temp, "broken.json");
        File.WriteAllText(broken, """{ "name": "broken" }""");
        var folder = Path.Combine(_temp, "out");

        var e = Assert.Throws<ScenarioException>(() =>
            new RunScenario().Run(new RunRequest(broken, 50, 1, 1, folder), SilentProgress.Instance, CancellationToken.None));

        Assert.NotEmpty(e.Problems);
        Assert.False(Directory.Exists(folder));
    }

    [Fact]
    public void RunScenario_Cancelled_LeavesNothingBehind()
    {
        var folder = Path.Combine(_temp, "cancelled");
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() =>
            new RunScenario().Run(new RunRequest(Repository.Scenario("smoke.json"), 5000, 1, 1, folder), SilentProgress.Instance, cancel.Token));

        Assert.False(Directory.Exists(folder));
    }

    [Fact]
    public void SweepExperiment_InterruptedBeforeAnyPointFinished_SaysNothingIsKept_NotToRunItAgainAsItIs()
    {
        using var cancel = new CancellationTokenSource();
        cancel.Cancel(); // as a time limit shorter than one point would

        var e = Assert.Throws<WorkKeptException>(() =>
            new SweepExperiment().Run(new SweepRequest(Path.Combine(Repository.Root, "scenarios", "experiments", "smoke-sweep.json"),
                Path.Combine(_temp, "none-finished"), 1, null), new CancellingProgress(cancel, after: 0), cancel.Token));

        Assert.StartsWith("Cancelled before any of its points finished, so nothing is kept", e.Message, StringComparison.Ordinal);
        Assert.Contains("give it more time (sbatch --time", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Run the same command again to resume", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SweepExperiment_Interrupted_SaysWhichFileKeepsTheFinishedPoints()
    {
        var folder = Path.Combine(_temp, "sweep");
        using var cancel = new CancellationTokenSource();
        var progress = new CancellingProgress(cancel, after: 2);

        var e = Assert.Throws<WorkKeptException>(() =>
            new SweepExperiment().Run(new SweepRequest(Path.Combine(Repository.Root, "scenarios", "experiments", "smoke-sweep.json"), folder, 1, null),
                progress, cancel.Token));

        Assert.Equal(Path.Combine(folder, "sweep.csv"), e.KeptFile);
        Assert.True(File.ReadAllLines(e.KeptFile).Length > 1, "finished points are kept");

        var resumed = new RecordingProgress();
        var done = new SweepExperiment().Run(new SweepRequest(Path.Combine(Repository.Root, "scenarios", "experiments", "smoke-sweep.json"), folder, 1, null),
            resumed, CancellationToken.None);
        Assert.Contains(resumed.Notes, n => n.StartsWith("Resuming", StringComparison.Ordinal));
        Assert.Equal(done.Points, resumed.Reports.Max());
    }

    [Fact]
    public async Task SweepExperiment_InterruptedWithoutAProgressBar_StillCountsThePointsItKept()
    {
        // Quiet (--quiet, a batch job's script): no bar to report to, yet the points finished must be counted, or the message
        // would say nothing was kept and advise a longer time limit while the file holds finished points.
        var experiment = Path.Combine(_temp, "long.json");
        File.WriteAllText(experiment, $$"""
            {"name": "long", "scenario": {{System.Text.Json.JsonSerializer.Serialize(Repository.Scenario("baseline.json"))}}, "seed": 3,
             "replicationsPerPoint": 400, "design": {"kind": "grid", "levelsPerFactor": 40},
             "factors": [{"name": "lee_equity", "parameter": "regimes[lee].tilt[equity].weight", "min": 0, "max": 1}]}
            """);
        var folder = Path.Combine(_temp, "quiet");
        var kept = Path.Combine(folder, "sweep.csv");
        using var cancel = new CancellationTokenSource();
        var watcher = Task.Run(async () =>
        {
            while (!cancel.IsCancellationRequested)
            {
                if (File.Exists(kept) && File.ReadLines(kept).Count() > 1)
                {
                    await cancel.CancelAsync();
                }
                await Task.Delay(5);
            }
        });

        var e = Assert.Throws<WorkKeptException>(() =>
            new SweepExperiment().Run(new SweepRequest(experiment, folder, 1, null), SilentProgress.Instance, cancel.Token));
        await watcher;

        var rows = File.ReadAllLines(kept).Length - 1;
        var message = System.Text.RegularExpressions.Regex.Match(e.Message, @"^Cancelled; the finished points \((\d+)\) are kept in ");
        Assert.True(message.Success, e.Message);
        var points = int.Parse(message.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(points, 1, 39);
        Assert.Equal(points * 3, rows); // a row per regime mode (the baseline's three) of each point kept
    }

    [Fact]
    public void CalibrateScenario_Shard_ReturnsItsParticles_WithoutAPosterior()
    {
        var folder = Path.Combine(_temp, "calibration");
        var request = new CalibrateRequest(Repository.Scenario("calibration.json"), 6, 2, 3, 10, 1, folder, null, 0, 0, new ShardSpec(1, 2),
            Sampler: Experiments.Calibration.CalibrationSampler.Importance);

        var shard = new CalibrateScenario().Run(request, SilentProgress.Instance, CancellationToken.None);

        Assert.Null(shard.Posterior);
        Assert.Equal(3, shard.Particles);
        Assert.Equal(folder, shard.ShardRoot);
        Assert.Equal(Path.Combine(folder, "shard-1-of-2"), shard.Folder);
    }
}
