using Simulation.Experiments.Narration;
using Simulation.Experiments.Outcomes;
using Simulation.Experiments.Scenarios;

namespace Simulation.Experiments.Tests.Narration;

public class ResultNarrativeTests
{
    private static readonly Core.Scenario Scenario = ScenarioLoader.Load(Repository.Scenario("smoke.json")).Model;

    private static RunResult Result(params string[] modes)
    {
        var wins = new List<WinProbability>();
        foreach (var mode in modes)
        {
            var incheon = mode == "lee" ? 0.87 : 0.12;
            wins.Add(new WinProbability(mode, "maglev", "incheon", (long)(incheon * 1000), 1000, incheon, incheon - 0.01, incheon + 0.01));
            wins.Add(new WinProbability(mode, "maglev", "daegu", 300, 1000, 0.30, 0.27, 0.33));
        }
        var summaries = modes.SelectMany(mode => new[]
        {
            new MetricSummary(OutcomeMetrics.Gini, mode, 1000, mode == "lee" ? 0.301 : 0.214, 0.02, mode == "lee" ? 0.262 : 0.181, 0.21, mode == "lee" ? 0.344 : 0.249),
            new MetricSummary(OutcomeMetrics.CapitalRegionShare, mode, 1000, 0.45, 0.02, 0.40, 0.45, 0.50),
            new MetricSummary(OutcomeMetrics.RentDissipation, mode, 1000, 0.42, 0.05, 0.31, 0.42, 0.55),
        }).ToList();
        return new RunResult(modes, new RunOptions(1000, 1, 1), wins, summaries, new Dictionary<(string, string), IReadOnlyList<double>>(), Catalogue(modes));
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
    public void LikelyWinners_NameTheMostFrequentWinnerWithItsInterval()
    {
        var sentences = ResultNarrative.LikelyWinners(Scenario, Result("roh", "lee"), "maglev");

        Assert.Equal(2, sentences.Count);
        Assert.All(sentences, s => Assert.Equal("maglev", s.Subject));
        Assert.Contains("Under Roh regime, Daegu wins the Maglev demonstration line competition most often: in 30 % of replications (95 % interval 27–33 %)", sentences[0].Text);
        Assert.Contains("Under Lee regime, Incheon wins the Maglev demonstration line competition most often: in 87 % of replications (95 % interval 86–88 %)", sentences[1].Text);
    }

    [Fact]
    public void LargestChange_GivesBothProbabilitiesWithTheirIntervalsAndTheChange()
    {
        var sentence = ResultNarrative.LargestChange(Scenario, Result("timeline", "roh", "lee"), "maglev");

        Assert.NotNull(sentence);
        Assert.StartsWith("Incheon's chance of winning the Maglev demonstration line", sentence.Text);
        Assert.Contains("rises from 12 % (95 % interval 11–13 %) under Roh regime to 87 % (95 % interval 86–88 %) under Lee regime", sentence.Text);
        Assert.Contains("+75 percentage points", sentence.Text);
    }

    [Fact]
    public void LargestChange_IsLeftOutWhenAModeIsMissing()
    {
        Assert.Null(ResultNarrative.LargestChange(Scenario, Result("timeline", "roh"), "maglev"));
        Assert.DoesNotContain(ResultNarrative.Describe(Scenario, Result("roh")), s => s.Text.Contains("changes most"));
    }

    [Fact]
    public void Inequality_GivesMeanAndMiddleNinetyPercentPerMode()
    {
        var sentences = ResultNarrative.Inequality(Scenario, Result("roh", "lee"));

        var gini = Assert.Single(sentences, s => s.Subject == OutcomeMetrics.Gini);
        Assert.Contains("averages 0.214 under Roh regime (0.181–0.249) and 0.301 under Lee regime (0.262–0.344)", gini.Text);
        var capital = Assert.Single(sentences, s => s.Subject == OutcomeMetrics.CapitalRegionShare);
        Assert.Contains("Seoul", capital.Text);
        Assert.Contains("45 % under Roh regime (40–50 %)", capital.Text);
    }

    [Fact]
    public void Describe_HasNoSentenceForAModeThatWasNotRun()
    {
        var sentences = ResultNarrative.Describe(Scenario, Result("lee"));

        Assert.DoesNotContain(sentences, s => s.Text.Contains("Roh regime"));
        Assert.Contains(sentences, s => s.Subject == OutcomeMetrics.RentDissipation && s.Text.Contains("in won of effort, on average 0.42 under Lee regime (0.31–0.55); in brackets"));
    }

    [Fact]
    public void LikelyWinners_OfTheComparedRegimesComeFirst_AndAModeTheChartDoesNotDraw_IsSaidNotToBeDrawn()
    {
        var sentences = ResultNarrative.LikelyWinners(Scenario, Result("timeline", "roh", "lee"), "maglev");

        Assert.StartsWith("Under Roh regime, ", sentences[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("Under Lee regime, ", sentences[1].Text, StringComparison.Ordinal);
        Assert.StartsWith("Under the historical timeline (not drawn in the chart), ", sentences[2].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ARange_GivesBothEndsTheSameDecimals()
    {
        var result = Result("roh");
        var summaries = result.Summaries.Select(s => s.Metric == OutcomeMetrics.RentDissipation ? s with { P05 = 0.31, P95 = 0.334 } : s).ToList();

        var rent = Assert.Single(ResultNarrative.RentDissipation(result with { Summaries = summaries }));

        Assert.Contains("(0.310–0.334)", rent.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Ranking_NamesTheMetricByItsOwnDescription_AndTheModesWhereItIsHighestAndLowest()
    {
        var description = OutcomeMetrics.For(Scenario).Single(m => m.Name == OutcomeMetrics.Gini).Description;

        var ranking = Assert.Single(ResultNarrative.Ranking(Scenario, Result("roh", "lee"), OutcomeMetrics.Gini));

        Assert.Equal(OutcomeMetrics.Gini, ranking.Subject);
        Assert.Equal($"Under Lee regime, the {description} is highest; under Roh regime, it is lowest.", ranking.Text);
    }

    [Fact]
    public void Ranking_IsLeftOutWithOneModeOrEqualMeans()
    {
        Assert.Empty(ResultNarrative.Ranking(Scenario, Result("lee"), OutcomeMetrics.Gini));
        Assert.Empty(ResultNarrative.Ranking(Scenario, Result("roh", "lee"), OutcomeMetrics.RentDissipation)); // 0.42 under both
        Assert.Empty(ResultNarrative.Ranking(Scenario, Result("roh", "lee"), "no_such_metric"));
    }

    [Fact]
    public void About_KeepsTheSentencesOfOneSubjectInOrder()
    {
        var sentences = ResultNarrative.Describe(Scenario, Result("timeline", "roh", "lee"));

        var maglev = ResultNarrative.About(sentences, "maglev");

        Assert.Equal(sentences.Where(s => s.Subject == "maglev").Select(s => s.Text), maglev);
        Assert.Equal(4, maglev.Count); // the likely winner under each of three modes, then the largest change
        Assert.Contains("changes most", maglev[^1]);
    }

    [Fact]
    public void Percent_KeepsADecimalNearZeroAndOneHundred()
    {
        Assert.Equal("0", ResultNarrative.Percent(0));
        Assert.Equal("0.3", ResultNarrative.Percent(0.003));
        Assert.Equal("42", ResultNarrative.Percent(0.4204));
        Assert.Equal("99.6", ResultNarrative.Percent(0.996));
        Assert.Equal("100", ResultNarrative.Percent(1));
    }

    [Theory]
    [InlineData(0.40, 0.992, "40.0", "99.2")]
    [InlineData(0.42, 0.57, "42", "57")]
    [InlineData(0, 0.003, "0.0", "0.3")]
    [InlineData(0.996, 1, "99.6", "100.0")]
    public void Percents_WritesBothToTheSameDecimals(double first, double second, string shownFirst, string shownSecond) =>
        Assert.Equal((shownFirst, shownSecond), ResultNarrative.Percents(first, second));

    [Theory]
    [InlineData(0.253, 0.27, "0.253", "0.270")]
    [InlineData(0.21, 0.25, "0.21", "0.25")]
    [InlineData(1.5, 12, "1.5", "12.0")]
    [InlineData(950, 1234.6, "950", "1,235")]
    [InlineData(0, 0.0004, "0.0000", "0.0004")]
    public void Numbers_WritesBothToTheSameDecimals(double first, double second, string shownFirst, string shownSecond) =>
        Assert.Equal((shownFirst, shownSecond), ResultNarrative.Numbers(first, second));
}
