using Simulation.Application.Sensitivity;
using Simulation.Experiments;
using Simulation.Experiments.Sensitivity;
using Simulation.Experiments.Tests;

namespace Simulation.Application.Tests.Sensitivity;

/// <summary>
/// A sensitivity study keeps its design points as they finish: interrupted, it resumes; run as shards and gathered, it gives
/// the indices of one whole run, byte for byte; a folder or shard holding another study is refused, not mixed in.
/// </summary>
public sealed class AnalyseSensitivityTests : IDisposable
{
    private static readonly string Experiment = Path.Combine(Repository.Root, "scenarios", "experiments", "smoke-sweep.json");

    private readonly string _temp = Directory.CreateTempSubdirectory("regsim-sensitivity-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [Theory]
    [InlineData(SensitivityMethod.Morris)]
    [InlineData(SensitivityMethod.Sobol)]
    public void Shards_GatheredByARunWithoutShard_GiveTheFilesOfOneWholeRun(SensitivityMethod method)
    {
        var whole = Path.Combine(_temp, "whole");
        var sharded = Path.Combine(_temp, "sharded");
        Run(Request(whole, method));

        var shards = Enumerable.Range(0, 3).Select(i => Run(Request(sharded, method) with { Shard = new ShardSpec(i, 3) })).ToList();
        var gathered = new RecordingProgress();
        var done = Run(Request(sharded, method), gathered);

        Assert.All(shards, s => Assert.Empty(s.Rows));
        Assert.Equal(done.Points, shards.Sum(s => s.Points));
        Assert.Equal(Path.Combine(sharded, "shard-2-of-3"), shards[2].Folder);
        Assert.Contains($"Gathered {done.Points} points from the shards in {sharded}: {done.Points} of {done.Points} points done.", gathered.Notes);
        Assert.Equal(File.ReadAllBytes(Path.Combine(whole, "sensitivity.csv")), File.ReadAllBytes(Path.Combine(sharded, "sensitivity.csv")));
        Assert.Equal(File.ReadAllBytes(Path.Combine(whole, "sweep.csv")), File.ReadAllBytes(Path.Combine(sharded, "sweep.csv")));
    }

    [Fact]
    public void AShardGivenItsOwnFolder_AsASweepsShardIs_IsWrittenThere_AndGathered()
    {
        var whole = Path.Combine(_temp, "whole");
        var sharded = Path.Combine(_temp, "sharded");
        Run(Request(whole, SensitivityMethod.Morris));

        // `--out sharded/shard-0-of-2`, the form a sweep's shard takes, and `--out sharded`: the same place.
        var first = Run(Request(Path.Combine(sharded, "shard-0-of-2"), SensitivityMethod.Morris) with { Shard = new ShardSpec(0, 2) });
        var second = Run(Request(sharded, SensitivityMethod.Morris) with { Shard = new ShardSpec(1, 2) });
        var gathered = new RecordingProgress();
        var done = Run(Request(sharded, SensitivityMethod.Morris), gathered);

        Assert.Equal(Path.Combine(sharded, "shard-0-of-2"), first.Folder);
        Assert.False(Directory.Exists(Path.Combine(sharded, "shard-0-of-2", "shard-0-of-2")));
        Assert.Contains($"Gathered {done.Points} points from the shards in {sharded}: {done.Points} of {done.Points} points done.", gathered.Notes);
        Assert.Equal(File.ReadAllBytes(Path.Combine(whole, "sensitivity.csv")), File.ReadAllBytes(Path.Combine(sharded, "sensitivity.csv")));
        Assert.Equal(done.Points, first.Points + second.Points);
    }

    [Fact]
    public void AShardLeftUnrun_HasItsPointsRunByTheGather()
    {
        var whole = Path.Combine(_temp, "whole");
        var sharded = Path.Combine(_temp, "sharded");
        Run(Request(whole, SensitivityMethod.Morris));

        Run(Request(sharded, SensitivityMethod.Morris) with { Shard = new ShardSpec(0, 2) });
        var progress = new RecordingProgress();
        var done = Run(Request(sharded, SensitivityMethod.Morris), progress);

        Assert.True(progress.Reports.Min() > 0 && progress.Reports.Max() == done.Points, "the gather starts from the shard's points and runs the rest");
        Assert.Equal(File.ReadAllBytes(Path.Combine(whole, "sensitivity.csv")), File.ReadAllBytes(Path.Combine(sharded, "sensitivity.csv")));
    }

    [Fact]
    public void AnInterruptedStudy_KeepsItsFinishedPoints_AndResumesToTheIndicesOfAnUninterruptedOne()
    {
        var whole = Path.Combine(_temp, "whole");
        var interrupted = Path.Combine(_temp, "interrupted");
        Run(Request(whole, SensitivityMethod.Morris));
        using var cancel = new CancellationTokenSource();

        var e = Assert.Throws<WorkKeptException>(() =>
            new AnalyseSensitivity().Run(Request(interrupted, SensitivityMethod.Morris), new CancellingProgress(cancel, after: 3), cancel.Token));
        var kept = File.ReadAllLines(e.KeptFile).Length - 1;
        Assert.False(File.Exists(Path.Combine(interrupted, "sensitivity.csv")));
        var resumed = new RecordingProgress();
        Run(Request(interrupted, SensitivityMethod.Morris), resumed);

        Assert.Equal(Path.Combine(interrupted, "sweep.csv"), e.KeptFile);
        Assert.InRange(kept, 1, 8);
        Assert.Contains(resumed.Notes, n => n.StartsWith($"Resuming {interrupted}: {kept} of ", StringComparison.Ordinal));
        Assert.Equal(File.ReadAllBytes(Path.Combine(whole, "sensitivity.csv")), File.ReadAllBytes(Path.Combine(interrupted, "sensitivity.csv")));
    }

    [Fact]
    public void AFolderHoldingAnotherStudysPoints_IsRefused_AndKeepsThem()
    {
        var folder = Path.Combine(_temp, "study");
        Run(Request(folder, SensitivityMethod.Morris));
        var points = File.ReadAllBytes(Path.Combine(folder, "sweep.csv"));

        var e = Assert.Throws<InvalidDataException>(() => Run(Request(folder, SensitivityMethod.Morris) with { Trajectories = 4 }));

        Assert.Contains("holds the points of another study", e.Message);
        Assert.Contains("has other settings: trajectories 3 there, 4 here.", e.Message);
        Assert.Equal(points, File.ReadAllBytes(Path.Combine(folder, "sweep.csv")));
    }

    [Fact]
    public void AStudyOfAScenarioWhoseParentChanged_IsRefused_NotResumedFromTheOldPoints()
    {
        var parent = Path.Combine(_temp, "baseline.json");
        File.Copy(Path.Combine(Repository.Root, "scenarios", "baseline.json"), parent);
        var child = Path.Combine(_temp, "child.json");
        File.WriteAllText(child, """{ "extends": "baseline.json", "name": "child" }""");
        var folder = Path.Combine(_temp, "study");
        var request = new SensitivityRequest(null, child, SensitivityMethod.Morris, ["rent_dissipation"], null, 2, 4, 10, 2, 5, 1, folder, null);
        Run(request);

        File.WriteAllText(parent, File.ReadAllText(parent).Replace("\"description\": \"", "\"description\": \"Edited. ", StringComparison.Ordinal));
        var e = Assert.Throws<InvalidDataException>(() => Run(request));

        Assert.Matches(@"a file its scenario extends, \S*baseline\.json, has changed since \(SHA-256 \w{12}… there, \w{12}… here; any edit counts\)", e.Message);
    }

    [Fact]
    public void TheManifests_GiveEachNamedFilesOwnHash_TheFilesTheScenarioExtends_AndTheSourceRevision()
    {
        var parent = Path.Combine(_temp, "baseline.json");
        File.Copy(Path.Combine(Repository.Root, "scenarios", "baseline.json"), parent);
        var child = Path.Combine(_temp, "child.json");
        File.WriteAllText(child, """{ "extends": "baseline.json", "name": "child" }""");
        var experiment = Path.Combine(_temp, "child-sens.json");
        File.WriteAllText(experiment, File.ReadAllText(Experiment).Replace("\"../baseline.json\"", "\"child.json\"", StringComparison.Ordinal));
        var folder = Path.Combine(_temp, "study");

        Run(Request(folder, SensitivityMethod.Morris) with { ExperimentPath = experiment });

        var results = Manifest(folder, "manifest.json");
        var points = Manifest(folder, "sweep.manifest.json");
        Assert.Equal(experiment, (string?)points["experimentFile"]);
        Assert.Equal(Sha256(experiment), (string?)points["experimentSha256"]); // the named file's, as sha256sum gives it
        Assert.Equal(Sha256(experiment), (string?)results["experimentSha256"]);
        Assert.Matches("^[0-9a-f]{64}$", (string?)points["studySettingsSha256"]);
        Assert.NotEqual(Sha256(experiment), (string?)points["studySettingsSha256"]);
        Assert.Equal(Sha256(child), (string?)results["scenarioSha256"]);
        foreach (var manifest in new[] { results, points })
        {
            var extended = Assert.Single(manifest["extendsFiles"]!.AsArray())!;
            Assert.Equal((parent, Sha256(parent)), ((string?)extended["path"], (string?)extended["sha256"]));
            // The commit regsim was built from, as a run records it (these tests are always built from a git checkout).
            Assert.Equal(ToolVersion.SourceRevision, (string?)manifest["sourceRevision"]);
        }
    }

    [Fact]
    public void AStudyWhoseExperimentFileWasEdited_IsRefused_NotResumedFromTheOldPoints()
    {
        var experiment = Path.Combine(_temp, "smoke-sweep.json");
        File.WriteAllText(experiment, File.ReadAllText(Experiment).Replace("\"../baseline.json\"", $"\"{Repository.Scenario("baseline.json")}\"", StringComparison.Ordinal));
        var folder = Path.Combine(_temp, "study");
        var request = Request(folder, SensitivityMethod.Morris) with { ExperimentPath = experiment };
        Run(request);
        var points = File.ReadAllBytes(Path.Combine(folder, "sweep.csv"));

        File.AppendAllText(experiment, "\n"); // any edit counts, even of spacing
        var e = Assert.Throws<InvalidDataException>(() => Run(request));

        Assert.Contains("has other settings: experiment file SHA-256 ", e.Message);
        Assert.Equal(points, File.ReadAllBytes(Path.Combine(folder, "sweep.csv")));
    }

    [Fact]
    public void AShardOfAnotherStudy_IsRefusedByTheGather()
    {
        var folder = Path.Combine(_temp, "study");
        Run(Request(folder, SensitivityMethod.Morris) with { Regime = "lee", Shard = new ShardSpec(1, 2) });

        var e = Assert.Throws<InvalidDataException>(() => Run(Request(folder, SensitivityMethod.Morris)));

        Assert.Contains($"'{Path.Combine(folder, "shard-1-of-2")}' holds the points of another study", e.Message);
    }

    [Fact]
    public void ARunAgain_RewritesTheResults_KeepingTheEarlierOutputs_AndTheOtherFilesOfTheFolder()
    {
        var folder = Path.Combine(_temp, "study");
        Run(Request(folder, SensitivityMethod.Morris) with { Outputs = ["rent_dissipation", "gini_resources_per_capita"] });
        var log = Path.Combine(folder, "slurm", "logs", "gather-7.out");
        Directory.CreateDirectory(Path.GetDirectoryName(log)!);
        File.WriteAllText(log, "a batch job's log\n");
        var plot = Path.Combine(folder, "plots", "sensitivity_gini_resources_per_capita.png");
        File.SetLastWriteTimeUtc(plot, DateTime.UtcNow.AddDays(-1));

        var again = Run(Request(folder + Path.DirectorySeparatorChar, SensitivityMethod.Morris) with { Outputs = ["rent_dissipation"] });

        Assert.Equal(["rent_dissipation", "gini_resources_per_capita"], again.Rows.Select(r => r.Output).Distinct());
        Assert.Equal(["gini_resources_per_capita"], again.KeptOutputs);
        Assert.True(File.GetLastWriteTimeUtc(plot) > DateTime.UtcNow.AddHours(-1), "the plot of an output analysed before is kept, drawn anew");
        Assert.True(File.Exists(Path.Combine(folder, "plots", "sensitivity_rent_dissipation.png")));
        Assert.Equal("a batch job's log\n", File.ReadAllText(log));
        Assert.DoesNotContain(Directory.GetDirectories(_temp), d => Path.GetFileName(d).Contains(".partial-", StringComparison.Ordinal));
    }

    [Fact]
    public void AFolderOfAnotherCommandsResults_IsRefused_AndKeepsThem()
    {
        var folder = Path.Combine(_temp, "a run");
        new Runs.RunScenario().Run(new Runs.RunRequest(Repository.Scenario("smoke.json"), 20, 1, 1, folder, NoOutcomes: true), SilentProgress.Instance, CancellationToken.None);
        var before = Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToList();

        var e = Assert.Throws<InvalidDataException>(() => Run(Request(folder, SensitivityMethod.Morris)));

        Assert.Contains("holds the results of another command", e.Message);
        Assert.Equal(before, Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(File.ReadAllBytes));
    }

    [Fact]
    public void AJournalHoldingAPointTwice_IsRefusedNamingIt()
    {
        var folder = Path.Combine(_temp, "study");
        Run(Request(folder, SensitivityMethod.Morris));
        var journal = Path.Combine(folder, "sweep.csv");
        File.AppendAllLines(journal, [File.ReadAllLines(journal)[1]]);
        var line = File.ReadAllLines(journal).Length;

        var e = Assert.Throws<InvalidDataException>(() => Run(Request(folder, SensitivityMethod.Morris)));

        Assert.Contains($"'{journal}' line {line}: point 0 is there already", e.Message);
    }

    [Fact]
    public void AShardsPointEditedAfterItFinished_IsRefusedByTheGatherAndNotResumed_NamingTheFile_AndRestoredGathersToTheWholeStudy()
    {
        var whole = Path.Combine(_temp, "whole");
        var sharded = Path.Combine(_temp, "sharded");
        Run(Request(whole, SensitivityMethod.Morris));
        for (var i = 0; i < 3; i++)
        {
            Run(Request(sharded, SensitivityMethod.Morris) with { Shard = new ShardSpec(i, 3) });
        }
        var folder = Path.Combine(sharded, "shard-1-of-3");
        var file = Path.Combine(folder, "sweep.csv");
        var written = File.ReadAllBytes(file);
        var recorded = (string?)Manifest(folder, "sweep.manifest.json")["sweepCsvSha256"];
        var lines = File.ReadAllLines(file);
        lines[1] += "1"; // one more digit in the last number of the shard's first point
        File.WriteAllLines(file, lines);

        var gather = Assert.Throws<InvalidDataException>(() => Run(Request(sharded, SensitivityMethod.Morris)));
        var resume = Assert.Throws<InvalidDataException>(() => Run(Request(sharded, SensitivityMethod.Morris) with { Shard = new ShardSpec(1, 3) }));

        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(written)), recorded);
        Assert.StartsWith($"'{file}' was changed after its shard finished writing it: its {lines.Length - 1} rows are all there, so values in them", gather.Message);
        Assert.Contains($"its SHA-256 is now {Sha256(file)[..12]}…, not the {recorded![..12]}… the shard recorded in its sweep.manifest.json", gather.Message);
        Assert.Equal(gather.Message, resume.Message);
        Assert.False(File.Exists(Path.Combine(sharded, "sweep.csv")), "nothing is gathered");
        Assert.False(File.Exists(Path.Combine(sharded, "sensitivity.csv")));

        File.WriteAllBytes(file, written);
        Run(Request(sharded, SensitivityMethod.Morris));

        Assert.Equal(File.ReadAllBytes(Path.Combine(whole, "sensitivity.csv")), File.ReadAllBytes(Path.Combine(sharded, "sensitivity.csv")));
        Assert.Equal(File.ReadAllBytes(Path.Combine(whole, "sweep.csv")), File.ReadAllBytes(Path.Combine(sharded, "sweep.csv")));
    }

    [Fact]
    public void AShardsHalfWrittenRow_IsLeftOut_AndTheShardIsNotWritten()
    {
        var whole = Path.Combine(_temp, "whole");
        var sharded = Path.Combine(_temp, "sharded");
        Run(Request(whole, SensitivityMethod.Morris));
        Run(Request(sharded, SensitivityMethod.Morris) with { Shard = new ShardSpec(0, 1) });
        var shard = Path.Combine(sharded, "shard-0-of-1", "sweep.csv");
        var lines = File.ReadAllLines(shard);
        File.WriteAllText(shard, string.Join('\n', lines[..^1]) + "\n" + lines[^1][..20]); // a task killed while writing its last point
        var manifest = Manifest(Path.GetDirectoryName(shard)!, "sweep.manifest.json");
        Assert.True(manifest.Remove("sweepCsvSha256"), "a shard that finished records its digest");
        File.WriteAllText(Path.Combine(sharded, "shard-0-of-1", "sweep.manifest.json"), manifest.ToJsonString()); // ... so before it recorded one
        var cut = File.ReadAllBytes(shard);

        var progress = new RecordingProgress();
        var done = Run(Request(sharded, SensitivityMethod.Morris), progress);

        Assert.Contains($"Gathered {done.Points - 1} points from the shards in {sharded}: {done.Points - 1} of {done.Points} points done.", progress.Notes);
        Assert.Equal(cut, File.ReadAllBytes(shard));
        Assert.Equal(File.ReadAllBytes(Path.Combine(whole, "sensitivity.csv")), File.ReadAllBytes(Path.Combine(sharded, "sensitivity.csv")));
    }

    [Fact]
    public void AFactorOnAFieldOfWholeNumbers_IsRefusedBeforeAnyPointRuns()
    {
        var experiment = Path.Combine(_temp, "levels.json");
        File.WriteAllText(experiment, "{ \"name\": \"levels\", \"scenario\": \"" + Repository.Scenario("smoke.json").Replace("\\", "/")
            + "\", \"seed\": 1, \"replicationsPerPoint\": 5, \"design\": { \"kind\": \"grid\" }, "
            + "\"factors\": [ { \"name\": \"w\", \"parameter\": \"projects[maglev].winners\", \"min\": 1, \"max\": 3, \"levels\": [1, 2, 3] } ] }");
        var folder = Path.Combine(_temp, "study");
        var request = Request(folder, SensitivityMethod.Morris) with { ExperimentPath = experiment };

        var e = Assert.Throws<Simulation.Experiments.Scenarios.ScenarioException>(() => Run(request));

        // The experiment file's fault, named as a sweep names its own: the file and the factor's path.
        var problem = Assert.Single(e.Problems);
        Assert.Equal((experiment, "$.factors[0]"), (problem.File, problem.JsonPath));
        Assert.Contains("factor 'w' sets projects[maglev].winners", problem.Message);
        Assert.Equal(Simulation.Experiments.Scenarios.DocumentKind.Experiment, e.Kind);
        Assert.False(Directory.Exists(folder));
    }

    [Theory]
    [InlineData("sensitivity.csv")]
    [InlineData("plots/mine.svg")]
    public void AUsersFileNamedLikeTheIndices_IsRefusedBeforeAnyPointRuns_AndKept(string name)
    {
        var folder = Path.Combine(_temp, "study");
        var mine = Path.Combine(folder, name);
        Directory.CreateDirectory(Path.GetDirectoryName(mine)!);
        File.WriteAllText(mine, "my own table");

        var e = Assert.Throws<Output.ForeignFilesException>(() => Run(Request(folder, SensitivityMethod.Morris)));

        Assert.Equal([name], e.Files);
        Assert.Equal("my own table", File.ReadAllText(mine));
        Assert.False(File.Exists(Path.Combine(folder, "sweep.csv")), "no point ran");
    }

    [Fact]
    public void AnotherOutputOfAFinishedStudy_IsAddedToTheEarlierOnes_WhoseIndicesAndPlotsAreKept_NotDropped()
    {
        var folder = Path.Combine(_temp, "study");
        Run(Request(folder, SensitivityMethod.Morris));
        var earlier = File.ReadAllLines(Path.Combine(folder, "sensitivity.csv"));
        var points = File.ReadAllBytes(Path.Combine(folder, "sweep.csv"));

        var done = Run(Request(folder, SensitivityMethod.Morris) with { Outputs = ["capital_region_share"] });

        Assert.Equal(points, File.ReadAllBytes(Path.Combine(folder, "sweep.csv"))); // the same points, analysed for one more output
        Assert.Equal(["rent_dissipation", "win_medicalComplex_daegu"], done.KeptOutputs);
        var now = File.ReadAllLines(Path.Combine(folder, "sensitivity.csv"));
        Assert.Equal(earlier, now.Take(earlier.Length)); // the earlier outputs' rows, as they were, first
        Assert.Contains(now, l => l.Contains(",capital_region_share,", StringComparison.Ordinal));
        Assert.Equal(["rent_dissipation", "win_medicalComplex_daegu", "capital_region_share"],
            Manifest(folder, "manifest.json")["outputs"]!.AsArray().Select(o => o!.GetValue<string>()));
        foreach (var output in new[] { "rent_dissipation", "win_medicalComplex_daegu", "capital_region_share" })
        {
            Assert.True(File.Exists(Path.Combine(folder, "plots", $"sensitivity_{output}.png")), output);
            Assert.Contains($"plots/sensitivity_{output}.svg", Manifest(folder, "manifest.json")["files"]!.AsArray().Select(f => f!.GetValue<string>()));
        }

        var again = Run(Request(folder, SensitivityMethod.Morris) with { Outputs = ["capital_region_share", "rent_dissipation"] });
        Assert.Equal(["win_medicalComplex_daegu"], again.KeptOutputs); // an output asked for again is not said to be kept
        Assert.Equal(now, File.ReadAllLines(Path.Combine(folder, "sensitivity.csv")));
    }

    [Fact]
    public void AFolderHoldingAUsersFiles_IsRefusedBeforeAnyPointRuns_AndKept()
    {
        var folder = Path.Combine(_temp, "home");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "notes.txt"), "mine");

        var e = Assert.Throws<Output.ForeignFilesException>(() => Run(Request(folder, SensitivityMethod.Morris)));

        Assert.Equal(["notes.txt"], e.Files);
        Assert.Contains("the results would be written among them", e.Message);
        Assert.Equal(["notes.txt"], Directory.GetFileSystemEntries(folder).Select(Path.GetFileName));
    }

    [Fact]
    public void AMarkdownFileWhoseFolderIsAFile_IsRefusedBeforeAnyPointRuns()
    {
        var folder = Path.Combine(_temp, "study");
        var file = Path.Combine(_temp, "afile");
        File.WriteAllText(file, "mine");
        var request = new SensitivityRequest(null, Repository.Scenario("calibration.json"), SensitivityMethod.Morris, ["rent_dissipation"], null, 2, 4, 10, 2, 5, 1,
            folder, Path.Combine(file, "x.md"));

        var e = Assert.Throws<InvalidDataException>(() => Run(request));

        Assert.Contains($"'{file}' is a file, not a folder", e.Message);
        Assert.False(Directory.Exists(folder), "no point ran");
    }

    private static System.Text.Json.Nodes.JsonObject Manifest(string folder, string name) =>
        Output.ManifestWriter.ReadObject(Path.Combine(folder, name))!;

    private static string Sha256(string path) => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(path)));

    private static SensitivityOutcome Run(SensitivityRequest request, IWorkProgress? progress = null) =>
        new AnalyseSensitivity().Run(request, progress ?? SilentProgress.Instance, CancellationToken.None);

    private static SensitivityRequest Request(string folder, SensitivityMethod method) =>
        new(Experiment, null, method, ["rent_dissipation", "win_medicalComplex_daegu"], null, 3, 4, 50, null, null, 1, folder, null);
}
