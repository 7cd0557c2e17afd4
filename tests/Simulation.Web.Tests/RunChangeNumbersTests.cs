using System.Text.Json;
using System.Text.RegularExpressions;
using Simulation.Experiments;
using Simulation.Experiments.Narration;
using Simulation.Experiments.Outcomes;
using Simulation.Experiments.Scenarios;

namespace Simulation.Web.Tests;

/// <summary>"What changed since the last run" writes both sides of a change to the same number of decimals: "0.253 to
/// 0.270", "from 40.0 % to 99.2 %", not "0.253 to 0.27" or "from 40 % to 99.2 %".</summary>
public sealed partial class RunChangeNumbersTests(ClassroomServerFixture server) : IClassFixture<ClassroomServerFixture>
{
    private static readonly Core.Scenario Baseline = ScenarioLoader.Load(Path.Combine(ClassroomServerFixture.ScenariosFolder(), "baseline.json")).Model;

    private static RunSnapshot Snapshot(double gini, double chance) => new("baseline", 1000, 7, [],
        [new WinProbability("lee", Baseline.Projects[0].Id, Baseline.Regions[0].Id, 0, 1000, chance, 0, 1)],
        [new MetricSummary(OutcomeMetrics.Gini, "lee", 1000, gini, 0.01, gini, gini, gini)]);

    [Theory]
    [InlineData(0.253, 0.27, "went from 0.253 to 0.270", 0.40, 0.992, "from 40.0 % to 99.2 %")]
    [InlineData(0.27, 0.253, "went from 0.270 to 0.253", 0.992, 0.40, "from 99.2 % to 40.0 %")]
    [InlineData(0.1, 0.0999, "went from 0.1000 to 0.0999", 0.05, 0.5, "from 5.0 % to 50.0 %")]
    [InlineData(1.5, 12, "went from 1.5 to 12.0", 0, 0.25, "from 0 % to 25 %")]
    [InlineData(0.21, 0.25, "went from 0.21 to 0.25", 0, 0.003, "from 0.0 % to 0.3 %")]
    public void BothSidesOfAChange_HaveTheSameDecimals(double giniBefore, double giniAfter, string gini, double chanceBefore, double chanceAfter, string chance)
    {
        var sentences = RunChangeNarrative.Describe(Baseline, ModeCatalogue.From(Baseline), Snapshot(giniBefore, chanceBefore), Snapshot(giniAfter, chanceAfter));

        Assert.Contains(sentences, s => s.Contains(gini, StringComparison.Ordinal));
        Assert.Contains(sentences, s => s.Contains(chance, StringComparison.Ordinal));
    }

    [Fact]
    public void AMetric_IsNamedAsTheLessonCallsIt_ThenWhatItMeasures()
    {
        RunSnapshot Rent(double value) => new("baseline", 1000, 7, [], [],
            [new MetricSummary(OutcomeMetrics.RentDissipation, "lee", 1000, value, 0.01, value, value, value)]);

        var sentences = RunChangeNarrative.Describe(Baseline, ModeCatalogue.From(Baseline), Rent(0.322), Rent(0.346));

        Assert.Contains(sentences, s => s.StartsWith("On average, the rent dissipation (total bid effort / total prize value awarded) went from 0.322 to 0.346", StringComparison.Ordinal));
        // A description that starts with the metric's name is not named twice.
        Assert.Contains(RunChangeNarrative.Describe(Baseline, ModeCatalogue.From(Baseline), Snapshot(0.2, 0.1), Snapshot(0.3, 0.1)),
            s => s.StartsWith("On average, the Gini of national resources per capita", StringComparison.Ordinal));
    }

    [Fact]
    public async Task EveryChangeTheServerSends_HasTheSameDecimalsOnBothSides()
    {
        using var client = server.Client();
        const string equity = "regimes[lee].tilt[equity].weight";
        var first = await ApiTests.Start(client, """{"scenario":"smoke","replications":200,"seed":11}""");
        Assert.Equal("result", (await ApiTests.ReadEvents(client, first))[^1].Name);
        var second = await ApiTests.Start(client, $$"""{"scenario":"smoke","replications":200,"seed":11,"parameters":{"{{equity}}":10},"previous":"{{first}}"}""");
        var events = await ApiTests.ReadEvents(client, second);

        var changes = JsonDocument.Parse(events[^1].Data).RootElement.GetProperty("changes").EnumerateArray().Select(c => c.GetString()!).ToList();
        var pairs = changes.SelectMany(c => Change().Matches(c)).ToList();
        Assert.NotEmpty(pairs);
        Assert.All(pairs, m => Assert.Equal(Decimals(m.Groups["from"].Value), Decimals(m.Groups["to"].Value)));
    }

    private static int Decimals(string number) => number.Contains('.', StringComparison.Ordinal) ? number.Length - number.IndexOf('.', StringComparison.Ordinal) - 1 : 0;

    [GeneratedRegex(@"from (?<from>[0-9][0-9,]*(\.[0-9]+)?)( %)? to (?<to>[0-9][0-9,]*(\.[0-9]+)?)")]
    private static partial Regex Change();
}
