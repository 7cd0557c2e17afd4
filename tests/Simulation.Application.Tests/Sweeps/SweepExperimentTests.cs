using Simulation.Application.Sweeps;
using Simulation.Experiments.Tests;

namespace Simulation.Application.Tests.Sweeps;

/// <summary>A sweep's folder resumes only the sweep it holds: not after a file its scenario extends has changed (by any
/// edit, as the scenario's own file), whose finished points were computed from another scenario; and a point deleted by hand is run again into its place.</summary>
public sealed class SweepExperimentTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("regsim-sweep-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [Theory]
    [InlineData(false)]
    [InlineData(true)] // the merged scenario is the same, but the manifest's record of the parent file would be untrue
    public void ASweepOfAScenarioWhoseParentChanged_IsRefused_NotResumedFromTheOldPoints(bool spacingOnly)
    {
        var parent = Path.Combine(_temp, "baseline.json");
        File.Copy(Path.Combine(Repository.Root, "scenarios", "baseline.json"), parent);
        File.WriteAllText(Path.Combine(_temp, "child.json"), """{ "extends": "baseline.json", "name": "child" }""");
        var experiment = Path.Combine(_temp, "sweep.json");
        File.WriteAllText(experiment, """
            { "name": "child-sweep", "scenario": "child.json", "seed": 3, "replicationsPerPoint": 4, "design": { "kind": "grid", "levelsPerFactor": 2 },
              "factors": [ { "name": "lee_equity", "parameter": "regimes[lee].tilt[equity].weight", "min": 0, "max": 1 } ] }
            """);
        var request = new SweepRequest(experiment, Path.Combine(_temp, "out"), 1, null);
        var first = new SweepExperiment().Run(request, SilentProgress.Instance, CancellationToken.None);
        var again = new SweepExperiment().Run(request, SilentProgress.Instance, CancellationToken.None);

        File.WriteAllText(parent, spacingOnly
            ? File.ReadAllText(parent) + "\n"
            : File.ReadAllText(parent).Replace("\"description\": \"", "\"description\": \"Edited. ", StringComparison.Ordinal));
        var e = Assert.Throws<InvalidDataException>(() => new SweepExperiment().Run(request, SilentProgress.Instance, CancellationToken.None));

        Assert.Equal(first.Points, again.Points);
        Assert.Matches(@"a file its scenario extends, \S*baseline\.json, has changed since \(SHA-256 \w{12}… there, \w{12}… here; any edit counts\)", e.Message);
    }

    [Fact]
    public void AFinishedSweepWhoseExperimentWasEdited_IsRefused_AndToldHowToDrawOtherPlotsFromItsRows()
    {
        var experiment = Path.Combine(_temp, "plotted.json");
        string Experiment(string plots) => $$"""
            { "name": "plotted", "scenario": "{{Repository.Scenario("smoke.json").Replace("\\", "/", StringComparison.Ordinal)}}", "seed": 3, "replicationsPerPoint": 2,
              "design": { "kind": "grid", "levelsPerFactor": 2 }, "plots": [{{plots}}],
              "factors": [ { "name": "lee_equity", "parameter": "regimes[lee].tilt[equity].weight", "min": 0, "max": 1 } ] }
            """;
        File.WriteAllText(experiment, Experiment("\"gini_resources_per_capita\""));
        var request = new SweepRequest(experiment, Path.Combine(_temp, "plotted"), 1, null);
        new SweepExperiment().Run(request, SilentProgress.Instance, CancellationToken.None);

        File.WriteAllText(experiment, Experiment("\"gini_resources_per_capita\", \"rent_dissipation\""));
        var refused = Assert.Throws<InvalidDataException>(() => new SweepExperiment().Run(request, SilentProgress.Instance, CancellationToken.None));

        Assert.Contains("it was run from a different experiment file", refused.Message, StringComparison.Ordinal);
        Assert.EndsWith("read the folder with the analysis kits (main_effects() in Python, regsim_main_effects() in R: docs/analysis.md).", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AFolderHoldingAUsersFiles_IsRefusedBeforeAnyPointRuns_AndKept()
    {
        var folder = Path.Combine(_temp, "home");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "notes.txt"), "mine");
        var request = new SweepRequest(Path.Combine(Repository.Root, "scenarios", "experiments", "smoke-sweep.json"), folder, 1, null);

        var refused = Assert.Throws<Output.ForeignFilesException>(() => new SweepExperiment().Run(request, SilentProgress.Instance, CancellationToken.None));

        Assert.Equal(["notes.txt"], refused.Files);
        Assert.Equal(["notes.txt"], Directory.GetFileSystemEntries(folder).Select(Path.GetFileName));
    }

    [Fact]
    public void ASweepsManifest_SaysHowItWasMade_SeedReplicationsAndDesign_AndWhatTheFileSaysOfIt()
    {
        var experiment = Path.Combine(_temp, "sweep.json");
        File.WriteAllText(experiment, $$"""
            { "name": "said", "description": "Does equity pay under Lee?", "scenario": "{{Repository.Scenario("smoke.json")}}", "seed": 17, "replicationsPerPoint": 3,
              "design": { "kind": "latinHypercube", "points": 2 },
              "factors": [ { "name": "lee_equity", "parameter": "regimes[lee].tilt[equity].weight", "min": 0, "max": 1, "source": "the whole weight range" } ] }
            """);
        var folder = Path.Combine(_temp, "said");
        new SweepExperiment().Run(new SweepRequest(experiment, folder, 1, null), SilentProgress.Instance, CancellationToken.None);

        using var manifest = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "sweep.manifest.json")));
        var root = manifest.RootElement;
        Assert.Equal("latinHypercube", root.GetProperty("design").GetString());
        Assert.Equal(3, root.GetProperty("replicationsPerPoint").GetInt32());
        Assert.Equal(17UL, root.GetProperty("seed").GetUInt64());
        Assert.True(root.GetProperty("commonRandomNumbers").GetBoolean()); // the default
        // What the file says of the experiment and of why each factor has its range, so the folder says it without the file.
        Assert.Equal("Does equity pay under Lee?", root.GetProperty("description").GetString());
        Assert.Equal("the whole weight range", root.GetProperty("factors")[0].GetProperty("source").GetString());
    }

    [Fact]
    public void ASweepOrACalibrationIntoAnotherCommandsResults_IsRefused_AndLeavesThem()
    {
        var folder = Path.Combine(_temp, "run");
        new Runs.RunScenario().Run(new Runs.RunRequest(Repository.Scenario("smoke.json"), 20, 1, 1, folder, NoOutcomes: true), SilentProgress.Instance, CancellationToken.None);
        var before = Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();

        var sweep = Assert.Throws<InvalidDataException>(() => new SweepExperiment().Run(
            new SweepRequest(Path.Combine(Repository.Root, "scenarios", "experiments", "smoke-sweep.json"), folder, 1, null), SilentProgress.Instance, CancellationToken.None));
        var calibration = Assert.Throws<InvalidDataException>(() => new Application.Calibration.CalibrateScenario().Run(
            new Application.Calibration.CalibrateRequest(Repository.Scenario("calibration.json"), 4, 1, 1, 10, 1, folder, null, 0, 4), SilentProgress.Instance, CancellationToken.None));

        Assert.Contains("holds the results of another command", sweep.Message);
        Assert.Contains("is not a calibration's", calibration.Message);
        Assert.Equal(before, Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void APointWhoseRowsWereDeleted_IsRunAgain_AndTheFileEndsAsAWholeSweepWritesIt()
    {
        var experiment = Path.Combine(Repository.Root, "scenarios", "experiments", "smoke-sweep.json");
        var whole = Path.Combine(_temp, "whole");
        var edited = Path.Combine(_temp, "edited");
        new SweepExperiment().Run(new SweepRequest(experiment, whole, 1, null), SilentProgress.Instance, CancellationToken.None);
        new SweepExperiment().Run(new SweepRequest(experiment, edited, 1, null), SilentProgress.Instance, CancellationToken.None);
        var file = Path.Combine(edited, "sweep.csv");
        var lines = File.ReadAllLines(file);
        var kept = lines.Where(l => !l.StartsWith("1,", StringComparison.Ordinal)).ToList(); // point 1, the second
        File.WriteAllLines(file, kept);

        var resumed = new SweepExperiment().Run(new SweepRequest(experiment, edited, 1, null), SilentProgress.Instance, CancellationToken.None);

        Assert.True(kept.Count < lines.Length, "the edit removed rows");
        Assert.Equal(File.ReadAllText(Path.Combine(whole, "sweep.csv")), File.ReadAllText(file));
        Assert.Equal(6, resumed.Points);
    }
}
