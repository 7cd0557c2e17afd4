using Simulation.Experiments.Narration;
using Simulation.Experiments.Scenarios;
using Simulation.Experiments.Validation;

namespace Simulation.Experiments.Tests.Narration;

/// <summary>The record's winners beside the model's chances: each real winner's chance under the historical timeline,
/// against a draw by lot among the real bids, and a verdict that follows from the intervals.</summary>
public class RecordNarrativeTests
{
    private static readonly Core.Scenario Scenario = ScenarioLoader.Load(Repository.Scenario("smoke.json")).Model;

    private static RunResult Result(double incheon, double low, double high, string mode = "timeline")
    {
        var wins = new List<WinProbability>
        {
            new(mode, "maglev", "incheon", (long)(incheon * 1000), 1000, incheon, low, high),
            new(mode, "maglev", "daegu", 500, 1000, 0.5, 0.47, 0.53),
        };
        var catalogue = new ModeCatalogue([new ModeLabel(mode, ModeCatalogue.HistoricalTimeline)], [mode]);
        return new RunResult([mode], new RunOptions(1000, 1, 1), wins, [], new Dictionary<(string, string), IReadOnlyList<double>>(), catalogue);
    }

    private static readonly IReadOnlyList<HistoricalCompetition> Record = [new("maglev", ["incheon"], ["incheon"], 2007, 4, "a source")];

    [Fact]
    public void AWinnerTheModelRatesBelowALotteryAmongTheRealBids_IsSaidToBeRatedBelowChance()
    {
        var sentence = RecordNarrative.Describe(Scenario, Result(0.17, 0.15, 0.19), Record, "maglev");

        Assert.NotNull(sentence);
        Assert.Equal("maglev", sentence.Subject);
        Assert.Equal("What happened: Incheon won the Maglev demonstration line in 2007, among 4 bids. Under the historical timeline the model gives "
            + "Incheon 17 % (15–19 %, below chance), where a draw by lot among the 4 bids gives each 25 %: the model rates what really happened below chance. "
            + "The model's chances are what its assumptions imply, not a forecast.", sentence.Text);
    }

    [Theory]
    [InlineData(0.61, 0.58, 0.64, "(58–64 %, above chance)", "does not rate what really happened below chance")]
    [InlineData(0.25, 0.22, 0.28, "(22–28 %, about chance)", "does not rate what really happened below chance")]
    public void AWinnerRatedAboveOrAboutChance_IsSaidSo(double p, double low, double high, string side, string verdict)
    {
        var text = RecordNarrative.Describe(Scenario, Result(p, low, high), Record, "maglev")!.Text;

        Assert.Contains(side, text, StringComparison.Ordinal);
        Assert.Contains(verdict, text, StringComparison.Ordinal);
    }

    [Fact]
    public void WithoutARecordOrAHistoricalTimeline_NothingIsSaid()
    {
        Assert.Null(RecordNarrative.Describe(Scenario, Result(0.17, 0.15, 0.19), [], "maglev"));
        Assert.Null(RecordNarrative.Describe(Scenario, Result(0.17, 0.15, 0.19, mode: "roh"), Record, "maglev"));
        Assert.Null(RecordNarrative.Describe(Scenario, Result(0.17, 0.15, 0.19), Record, "robotLand"));
    }
}
