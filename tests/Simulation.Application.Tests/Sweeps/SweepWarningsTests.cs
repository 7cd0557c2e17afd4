using Simulation.Application.Sweeps;
using Simulation.Experiments.Sweeps;
using Simulation.Experiments.Tests;
using Simulation.Output;

namespace Simulation.Application.Tests.Sweeps;

/// <summary>What a sweep says before its points run: a factor the model never reads (every level gives the same rows), and a
/// table too large for its disk or larger than a gigabyte.</summary>
public sealed class SweepWarningsTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("regsim-sweep-notes-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    private string Experiment(string name, string factors, string design = """{ "kind": "grid", "levelsPerFactor": 2 }""")
    {
        var path = Path.Combine(_temp, name + ".json");
        File.WriteAllText(path, $$"""
            { "name": "{{name}}", "scenario": "{{Repository.Scenario("baseline.json")}}", "seed": 3, "replicationsPerPoint": 2, "design": {{design}},
              "factors": [ {{factors}} ] }
            """);
        return path;
    }

    [Fact]
    public void AFactorTheModelNeverReads_IsNamedBeforeThePointsRun_AndItsLevelsGiveTheSameRows()
    {
        var path = Experiment("placebo", """
            { "name": "busan_teu", "parameter": "regions[busan].values.containerTeu2006", "min": 0, "max": 20 },
            { "name": "lee_equity", "parameter": "regimes[lee].tilt[equity].weight", "min": 0, "max": 1 }
            """);
        var progress = new RecordingProgress();

        new SweepExperiment().Run(new SweepRequest(path, Path.Combine(_temp, "out"), 1, null), progress, CancellationToken.None);

        var note = Assert.Single(progress.Notes);
        Assert.StartsWith($"{path}: factor 'busan_teu' sets regions[busan].values.containerTeu2006, which the model does not read", note, StringComparison.Ordinal);
        Assert.Contains("'gateway'", note, StringComparison.Ordinal); // why: only the gateway index reads it, and nothing weighs that
        // The note is true: the rows of the two busan_teu levels agree in everything but that column.
        var lines = File.ReadAllLines(Path.Combine(_temp, "out", "sweep.csv"));
        var header = lines[0].Split(',');
        var teu = Array.IndexOf(header, "busan_teu");
        var rows = lines.Skip(1).Select(l => l.Split(',')).GroupBy(r => string.Join(',', r.Where((_, i) => i != teu && i != 0))).ToList();
        Assert.Equal(lines.Length - 1, rows.Sum(g => g.Count()));
        Assert.All(rows, g => Assert.Equal(2, g.Count()));
    }

    [Fact]
    public void FactorsTheModelReads_GiveNoNote()
    {
        var experiment = ExperimentLoader.Load(Experiment("read", """{ "name": "lee_equity", "parameter": "regimes[lee].tilt[equity].weight", "min": 0, "max": 1 }"""));

        Assert.Empty(PlaceboFactors.Notes(experiment));
    }

    [Fact]
    public void TheTablesLowEstimate_IsBelowWhatASweepWrites_ButNotFarBelow()
    {
        var path = Experiment("sized", """{ "name": "lee_equity", "parameter": "regimes[lee].tilt[equity].weight", "min": 0, "max": 1 }""",
            """{ "kind": "grid", "levelsPerFactor": 4 }""");
        var folder = Path.Combine(_temp, "sized");
        var done = new SweepExperiment().Run(new SweepRequest(path, folder, 1, null), SilentProgress.Instance, CancellationToken.None);
        var lines = File.ReadAllLines(Path.Combine(folder, "sweep.csv"));
        var rows = lines.Skip(1).Sum(l => l.Length + 1L);

        var estimate = SweepSpace.LowEstimate(SweepColumns.For(done.Experiment), done.Points, done.Modes, OutputFormat.Csv);

        Assert.InRange(estimate, rows * 0.3, rows);
        // A Parquet sweep keeps its sweep.csv too (its part is written from it): the estimate counts both.
        Assert.True(SweepSpace.LowEstimate(SweepColumns.For(done.Experiment), done.Points, done.Modes, OutputFormat.Parquet) > estimate);
    }

    [Fact]
    public void AGridOfAMillionPoints_IsSaidToTakeGigabytes_ASmallOneIsNot()
    {
        var experiment = ExperimentLoader.Load(Experiment("huge", """
            { "name": "lee_equity", "parameter": "regimes[lee].tilt[equity].weight", "min": 0, "max": 1 },
            { "name": "roh_equity", "parameter": "regimes[roh].tilt[equity].weight", "min": 0, "max": 1 }
            """, """{ "kind": "grid", "levelsPerFactor": 1000 }"""));

        var note = SweepSpace.LargeTable(experiment, 1_000_000, OutputFormat.Csv);

        Assert.NotNull(note);
        Assert.Matches(@": 1,000,000 points × 3 regime modes × 2 replications; the sweep's table will take at least [0-9.]+ GB", note);
        Assert.Null(SweepSpace.LargeTable(experiment, 1_000, OutputFormat.Csv));
    }
}
