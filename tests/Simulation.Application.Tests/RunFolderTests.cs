using Simulation.Application.Runs;
using Simulation.Experiments;
using Simulation.Experiments.Scenarios;
using Simulation.Experiments.Tests;
using Simulation.Output;
using Simulation.Output.Tables;

namespace Simulation.Application.Tests;

/// <summary>
/// Where a run writes: never over the result of another scenario (a what-if that keeps its parent's name would otherwise
/// replace the parent's result in its default folder), not at all when its outcomes could not fit on the disk, and to the
/// end once the replications are done, even when interrupted then.
/// </summary>
public sealed class RunFolderTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("regsim-run-folder-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [Fact]
    public void AWhatIfWithoutANameOfItsOwn_RefusesTheFolderOfTheScenarioItExtends_AndLeavesItsResultAsItWas()
    {
        var folder = Path.Combine(_temp, "smoke");
        Run(Repository.Scenario("smoke.json"), folder, 30);
        var before = Snapshot(folder);
        var whatIf = Path.Combine(_temp, "noname.json");
        File.WriteAllText(whatIf, $$"""{ "extends": "{{Repository.Scenario("smoke.json")}}", "description": "no name of its own" }""");
        Assert.Equal("smoke", ScenarioLoader.Load(whatIf).Model.Name); // it inherits the name its default folder is named after

        var refused = Assert.Throws<InvalidDataException>(() => Run(whatIf, folder, 5));

        Assert.Equal($"'{folder}' holds the results of {Repository.Scenario("smoke.json")}, another scenario than {whatIf} (another file, with other contents), "
            + "which these results would replace; give them another folder with --out, or delete that folder first if its results are no longer wanted", refused.Message);
        Assert.Equal(before, Snapshot(folder));
        Assert.Equal([folder], Directory.GetDirectories(_temp)); // refused before staging anything
    }

    [Fact]
    public void TheSameScenario_RunAgain_FromAnEditedFile_OrACopy_ReplacesItsEarlierResult()
    {
        var scenario = Path.Combine(_temp, "mine.json");
        File.WriteAllText(scenario, $$"""{ "extends": "{{Repository.Scenario("smoke.json")}}", "name": "mine" }""");
        var folder = Path.Combine(_temp, "mine");
        Run(scenario, folder, 5);

        File.WriteAllText(scenario, $$"""{ "extends": "{{Repository.Scenario("smoke.json")}}", "name": "mine", "description": "edited" }""");
        Run(scenario, folder, 6);
        var copy = Path.Combine(_temp, "copy.json");
        File.Copy(scenario, copy);
        var again = Run(copy, folder, 7);

        Assert.Equal(7, again.Options.Replications);
        Assert.Equal(copy, (string?)ManifestWriter.ReadObject(Path.Combine(folder, ManifestWriter.FileName))!["scenarioFile"]);
    }

    [Fact]
    public void TheSameFile_EditedAndRunAgainFromAnotherFolder_ReplacesItsEarlierResult()
    {
        var scenario = Path.Combine(_temp, "mine.json");
        File.WriteAllText(scenario, $$"""{ "extends": "{{Repository.Scenario("smoke.json")}}", "name": "mine" }""");
        var folder = Path.Combine(_temp, "mine");
        Run(scenario, folder, 5);
        var manifestPath = Path.Combine(folder, ManifestWriter.FileName);
        var manifest = ManifestWriter.ReadObject(manifestPath)!;
        Assert.Equal(scenario, (string?)manifest["scenarioFullPath"]);
        // As a run started in the scenario's own folder records it: a path that names another file from here.
        manifest["scenarioFile"] = "mine.json";
        File.WriteAllText(manifestPath, manifest.ToJsonString());

        File.WriteAllText(scenario, $$"""{ "extends": "{{Repository.Scenario("smoke.json")}}", "name": "mine", "description": "edited" }""");
        var again = Run(scenario, folder, 6);

        Assert.Equal(6, again.Options.Replications);
    }

    [Fact]
    public void OutcomesThatCouldNotFitOnTheDisk_AreRefusedBeforeAnyReplicationRuns()
    {
        var scenario = ScenarioLoader.Load(Repository.Scenario("smoke.json")).Model;
        var free = new DriveInfo(_temp).AvailableFreeSpace;
        var perReplication = OutcomeFileSize.LowEstimate(scenario, 1, OutputFormat.Csv);
        var replications = (int)Math.Min(int.MaxValue, free / perReplication + 1000);
        Assert.True(OutcomeFileSize.LowEstimate(scenario, replications, OutputFormat.Csv) > free, "a disk this large cannot be filled by one run");
        var folder = Path.Combine(_temp, "huge");
        using var cancel = new CancellationTokenSource();
        var progress = new CancellingProgress(cancel, 0); // were it not refused, the run would stop at its first replication

        var refused = Assert.Throws<InputConflictException>(() =>
            new RunScenario().Run(new RunRequest(Repository.Scenario("smoke.json"), replications, 1, 1, folder), progress, cancel.Token));

        Assert.StartsWith($"outcomes.csv of {replications:N0} replications × 3 regime modes would take at least ", refused.Message);
        Assert.Contains($"free on the disk of '{folder}'; give --no-outcomes", refused.Message);
        Assert.False(cancel.IsCancellationRequested, "no replication ran");
        Assert.Empty(Directory.GetFileSystemEntries(_temp));
    }

    [Fact]
    public void AnInterruptionOnceTheReplicationsAreDone_LetsTheResultsBeWritten_AndMovedIntoPlace()
    {
        var folder = Path.Combine(_temp, "run");
        using var cancel = new CancellationTokenSource();

        var run = new RunScenario().Run(new RunRequest(Repository.Scenario("smoke.json"), 20, 1, 1, folder), new CancelledAfterTheWork(cancel), cancel.Token);

        Assert.True(cancel.IsCancellationRequested);
        Assert.All(run.Files, f => Assert.True(File.Exists(Path.Combine(folder, f)), f));
        Assert.Equal([folder], Directory.GetDirectories(_temp));
    }

    private static WrittenRun Run(string scenario, string folder, int replications) =>
        new RunScenario().Run(new RunRequest(scenario, replications, 1, 1, folder), SilentProgress.Instance, CancellationToken.None);

    private static Dictionary<string, string> Snapshot(string folder) =>
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories).ToDictionary(f => f, f => Convert.ToBase64String(File.ReadAllBytes(f)));

    // Ctrl-C arriving just after the work it tracks is done, while the results are being written.
    private sealed class CancelledAfterTheWork(CancellationTokenSource cancel) : IWorkProgress
    {
        public T Track<T>(string description, long total, Func<IProgress<long>?, T> work)
        {
            var done = work(null);
            cancel.Cancel();
            return done;
        }

        public void Note(string message)
        {
        }

        public void Step(string message)
        {
        }
    }
}
