using Simulation.Experiments.Narration;
using Simulation.Experiments.Scenarios;

namespace Simulation.Experiments.Tests.Narration;

public class ResourceNarrativeTests
{
    private static readonly Core.Scenario Scenario = ScenarioLoader.Load(Repository.Scenario("smoke.json")).Model;

    // Every region gets 1,000 per person, except one favourite per mode.
    private static RunResult Result(params (string Mode, string Favourite, double Amount)[] modes)
    {
        var summaries = modes.SelectMany(m => Scenario.Regions.Select(r =>
            new MetricSummary($"resources_per_capita_{r.Id}", m.Mode, 100, r.Id == m.Favourite ? m.Amount : 1000, 1, 0, 0, 0))).ToList();
        string[] names = [.. modes.Select(m => m.Mode)];
        return new RunResult(names, new RunOptions(100, 1, 1), [], summaries, new Dictionary<(string, string), IReadOnlyList<double>>(), Catalogue(names));
    }

    // Labels as a scenario would give them: the timeline, then each regime by a name that is not its id; the first two
    // regimes run are compared, as with a scenario's first two counterfactuals.
    private static ModeCatalogue Catalogue(IReadOnlyList<string> modes)
    {
        var labels = modes.Select(m => new ModeLabel(m, m == "timeline" ? ModeCatalogue.HistoricalTimeline : $"{char.ToUpperInvariant(m[0])}{m[1..]} regime")).ToList();
        var regimes = modes.Where(m => m != "timeline").ToList();
        return new ModeCatalogue(labels, regimes.Count >= 2 ? regimes.Take(2).ToList() : modes);
    }

    [Fact]
    public void Means_AreInScenarioOrder_NaNWhereTheRunHasNone()
    {
        var result = Result(("roh", "gangwon", 4000));

        var means = ResourceNarrative.Means(Scenario, result, "roh");
        Assert.Equal(16, means.Count);
        Assert.Equal(4000, means[Scenario.Regions.ToList().FindIndex(r => r.Id == "gangwon")]);
        Assert.All(ResourceNarrative.Means(Scenario, result, "lee"), m => Assert.True(double.IsNaN(m)));
    }

    [Fact]
    public void Describe_NamesTheTopRegionPerMode_AndWhereTheSpreadIsWidest()
    {
        var result = Result(("roh", "gangwon", 4000), ("lee", "gyeonggi", 2500));

        var sentences = ResourceNarrative.Describe(Scenario, result, ["roh", "lee"]);

        Assert.Equal(2, sentences.Count);
        Assert.All(sentences, s => Assert.Equal(ResourceNarrative.Subject, s.Subject));
        Assert.Equal("The region receiving the most national resources per person is Gangwon under Roh regime (₩4,000 thousand on average) "
            + "and Gyeonggi under Lee regime (₩2,500 thousand on average).", sentences[0].Text);
        // Averages: (15 × 1,000 + 4,000) / 16 = 1,187.5 and (15 × 1,000 + 2,500) / 16 = 1,093.75.
        Assert.Equal("On the maps, the means over replications, resources per person are spread most unevenly under Roh regime: the best-funded region "
            + "receives 3.4 times the average region's, against 2.3 times under Lee regime. Within one replication the spread can rank the regimes "
            + "otherwise (the Gini), since who wins changes from one replication to the next.", sentences[1].Text);
    }

    [Fact]
    public void Describe_SaysNothingOfAModeWithoutValues()
    {
        var sentences = ResourceNarrative.Describe(Scenario, Result(("lee", "seoul", 3000)), ["roh", "lee"]);

        var only = Assert.Single(sentences);
        Assert.DoesNotContain("Roh", only.Text);
        Assert.Contains("Seoul under Lee regime", only.Text);
        Assert.Empty(ResourceNarrative.Describe(Scenario, Result(), ["roh", "lee"]));
    }
}
