using System.Text.Json.Nodes;
using Simulation.Experiments.Comparison;
using Simulation.Experiments.Scenarios;

namespace Simulation.Experiments.Tests.Comparison;

public class MetricChangesTests
{
    private static OutcomeDifference Metric(string name, double a, double b, double low, double high, string regime = "timeline") =>
        new(DifferenceKind.Metric, name, regime, a, b, b - a, low, high, 100);

    [Fact]
    public void Clear_KeepsOnlyMetricsWhoseIntervalExcludesZero()
    {
        var differences = new[]
        {
            Metric("rises", 1.0, 1.5, 0.4, 0.6),
            Metric("falls", 2.0, 1.0, -1.2, -0.8),
            Metric("noisy", 1.0, 1.1, -0.05, 0.25),
            Metric("unchanged", 3.0, 3.0, 0, 0),
            Metric("undefined", double.NaN, double.NaN, double.NaN, double.NaN),
            new OutcomeDifference(DifferenceKind.Win, "maglev:incheon", "timeline", 0.2, 0.6, 0.4, 0.3, 0.5, 100),
        };

        var clear = MetricChanges.Clear(differences);

        Assert.Equal(["falls", "rises"], clear.Select(d => d.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Clear_RanksChangesForTheirMetricsSize_NotTheirUnits()
    {
        // ₩ 300 bn on 10,000 is a 3 % change; 0.1 on a share of 0.2 is a third of it.
        var differences = new[]
        {
            Metric("total_effort_bn_krw", 10_000, 10_300, 290, 310),
            Metric("capital_region_share", 0.2, 0.3, 0.09, 0.11),
            Metric("capacity_sd_change", -0.05, 0.05, 0.09, 0.11),
        };

        var clear = MetricChanges.Clear(differences);

        Assert.Equal(["capacity_sd_change", "capital_region_share", "total_effort_bn_krw"], clear.Select(d => d.Name));
        Assert.Equal(2.0, MetricChanges.RelativeSize(clear[0]), 12);
        Assert.Equal(0.03 / 1.03, MetricChanges.RelativeSize(clear[2]), 12);
    }

    [Fact]
    public void AProjectAddedLater_ChangesNoComparedWinProbability_ButTheMetricsItPays()
    {
        var baseline = ScenarioLoader.Load(Repository.Scenario("baseline.json"));
        var document = baseline.Document.DeepClone().AsObject();
        document["projects"]!.AsArray().Add(JsonNode.Parse("""
            { "id": "laterHub", "name": "A later hub", "year": 2011, "winners": 1,
              "prizeValuePerWinnerBillionWon": { "value": 800, "source": "test" }, "nationalFundingPerWinnerBillionWon": { "value": 400, "source": "test" },
              "candidates": [], "jointBids": false, "criteria": [ { "signal": "capacity", "weight": { "value": 0.5, "source": "test" } } ], "source": "test" }
            """));
        var later = ScenarioLoader.Parse(document.ToJsonString(), "later-project");

        var result = ScenarioComparison.Run(baseline, later, new RunOptions(300, 5, 2));

        Assert.DoesNotContain(result.Differences, d => d.Kind == DifferenceKind.Win && d.Difference != 0);
        var clear = MetricChanges.Clear(result.Differences);
        Assert.NotEmpty(clear);
        var prizes = clear.Where(d => d.Name == "prize_awarded_bn_krw").ToList();
        Assert.Equal(result.Modes.Count, prizes.Count);
        Assert.All(prizes, d => Assert.Equal(800, d.Difference, 9));
        Assert.Equal(clear.Select(MetricChanges.RelativeSize).OrderDescending(), clear.Select(MetricChanges.RelativeSize));
    }
}
