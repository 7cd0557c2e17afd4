using Simulation.Experiments.Scenarios;
using Simulation.Experiments.Sweeps;

namespace Simulation.Experiments.Tests.Sweeps;

/// <summary>A point's scenario is read without the schema only where the experiment's loading showed the schema admits every
/// value of the factor's range; the scenario is the one the schema path gives, and every other point is still checked.</summary>
public sealed class PointScenarioTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("regsim-point-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void NumberFactor_IsRangeChecked_WholeNumberFactor_IsNot()
    {
        var experiment = ExperimentLoader.Load(Write("grid", """
            { "name": "weight", "parameter": "regimes[lee].tilt[equity].weight", "min": 0, "max": 1 },
            { "name": "rounds", "parameter": "behaviour.adjustmentRounds", "min": 2, "max": 6 }
            """));

        Assert.True(experiment.Factors[0].RangeChecked);
        Assert.False(experiment.Factors[1].RangeChecked);
        Assert.True(experiment.Factors[0].Admits(0.5));
        Assert.False(experiment.Factors[0].Admits(1.5));
        Assert.False(experiment.Factors[1].Admits(4));
    }

    [Fact]
    public void PointRead_WithoutTheSchema_RunsAsThePointCheckedAgainstIt()
    {
        var experiment = ExperimentLoader.Load(Path.Combine(Repository.Root, "scenarios", "experiments", "lee-weights.json"));
        Assert.All(experiment.Factors, f => Assert.True(f.RangeChecked));
        var everyPointChecked = experiment with { Factors = [.. experiment.Factors.Select(f => f with { RangeChecked = false })] };

        foreach (var point in SweepDesign.Points(experiment).Take(3))
        {
            var read = MonteCarlo.Run(Sweep.ScenarioAt(experiment, point), new RunOptions(20, point.Seed, 1));
            var checkedRun = MonteCarlo.Run(Sweep.ScenarioAt(everyPointChecked, point), new RunOptions(20, point.Seed, 1));

            Assert.Equal(checkedRun.WinProbabilities, read.WinProbabilities);
            Assert.Equal(checkedRun.Summaries.Select(s => (s.Metric, s.Regime, s.Mean, s.Sd)), read.Summaries.Select(s => (s.Metric, s.Regime, s.Mean, s.Sd)));
        }
    }

    [Fact]
    public void FractionalPoint_OfAWholeNumberField_IsStillRejected_WithItsPath()
    {
        var experiment = ExperimentLoader.Load(Write("grid", """
            { "name": "rounds", "parameter": "behaviour.adjustmentRounds", "min": 2, "max": 6 }
            """));

        var e = Assert.Throws<ScenarioException>(() => Sweep.ScenarioAt(experiment, new DesignPoint(0, [3.5], 1)));

        Assert.Contains(e.Problems, p => p.JsonPath.Contains("adjustmentRounds", StringComparison.Ordinal));
        Assert.NotNull(Sweep.ScenarioAt(experiment, new DesignPoint(1, [3], 1)));
    }

    private string Write(string design, string factors)
    {
        var path = Path.Combine(_folder, "experiment.json");
        File.WriteAllText(path, "{ \"name\": \"point\", \"scenario\": \"" + Repository.Scenario("baseline.json").Replace("\\", "/")
            + "\", \"seed\": 1, \"replicationsPerPoint\": 5, \"design\": { \"kind\": \"" + design + "\" }, \"factors\": [ " + factors + " ] }");
        return path;
    }
}
