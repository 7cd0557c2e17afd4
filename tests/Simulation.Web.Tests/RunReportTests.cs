using Simulation.Experiments;
using Simulation.Experiments.Narration;
using Simulation.Experiments.Scenarios;

namespace Simulation.Web.Tests;

/// <summary>The page's sentences come from the one sentence engine: under each chart, what report.html says of its subject;
/// a chart's title and legend are sent beside its picture, and the maps say the years they cover.</summary>
public sealed class RunReportTests
{
    private static readonly LoadedScenario Loaded = ScenarioLoader.Load(Path.Combine(ClassroomServerFixture.ScenariosFolder(), "baseline.json"));
    private static readonly Core.Scenario Baseline = Loaded.Model;
    private static readonly IReadOnlyList<Experiments.Validation.HistoricalCompetition> Record = Experiments.Validation.HistoricalRecord.AsStatedIfAny(Loaded);
    private static readonly RunResult Result = MonteCarlo.Run(Baseline, new RunOptions(200, 7, 1));

    [Fact]
    public void EveryChart_CarriesTheReportsSentencesAboutItsSubject()
    {
        var report = RunReport.From(Baseline, Result, Record);
        var findings = ResultNarrative.Describe(Baseline, Result, Record);

        foreach (var project in Baseline.Projects)
        {
            var chart = report.Charts.Single(c => c.Id == $"win_{project.Id}");
            Assert.NotEmpty(chart.Sentences);
            Assert.Equal(ResultNarrative.About(findings, project.Id), chart.Sentences);
            // What really happened stands beside the model's favourites, so that they are not read as a forecast.
            Assert.Single(chart.Sentences, s => s.StartsWith("What happened: ", StringComparison.Ordinal));
        }
        Assert.Equal(ResultNarrative.About(findings, ResourceNarrative.Subject), report.ResourceMaps.Sentences);
        Assert.NotEmpty(report.ResourceMaps.Sentences);
    }

    [Fact]
    public void EveryDistribution_CarriesTheReportsSentences_ThenItsRankingByTheMetricsDescription()
    {
        var report = RunReport.From(Baseline, Result, Record);
        var findings = ResultNarrative.Describe(Baseline, Result, Record);

        foreach (var figure in Output.Charts.RunFigures.Distributions)
        {
            var chart = report.Charts.Single(c => c.Id == figure.Metric);
            var expected = ResultNarrative.About(findings, figure.Metric).Concat(ResultNarrative.Ranking(Baseline, Result, figure.Metric).Select(s => s.Text));
            Assert.Equal(expected, chart.Sentences);
            Assert.Equal(2, chart.Sentences.Count);
        }
    }

    [Fact]
    public void EveryChart_SendsItsLegendBesideAPictureWithoutTitleOrLegend()
    {
        var report = RunReport.From(Baseline, Result, Record);
        var compared = Result.Catalogue.ComparedLabels.Select(m => m.Label).ToList();

        foreach (var chart in report.Charts)
        {
            var expected = chart.Id.StartsWith("win_", StringComparison.Ordinal) ? compared : [.. Result.Modes.Select(Result.Catalogue.Label)];
            Assert.Equal(expected, chart.Legend.Select(e => e.Label));
            Assert.All(chart.Legend, e => Assert.Matches("^#[0-9a-f]{6}([0-9a-f]{2})?$", e.Colour));
            Assert.Equal(chart.Legend.Count, chart.Legend.Select(e => e.Colour).Distinct().Count());
            // The page shows them above the picture; drawn inside it too, they would scroll out of view on a phone.
            Assert.All(expected, label => Assert.DoesNotContain(System.Net.WebUtility.HtmlEncode(label), chart.Svg, StringComparison.Ordinal));
        }
        var maglev = report.Charts.Single(c => c.Id == "win_maglev");
        Assert.DoesNotContain("who wins, by regime", maglev.Svg, StringComparison.Ordinal);
        // The same chart drawn for files and report.html keeps both in its picture.
        using var drawn = Output.Charts.RunFigures.WinProbability(Baseline, Result, Baseline.Projects.Single(p => p.Id == "maglev"));
        var svg = drawn.GetSvgXml(900, 520);
        Assert.Contains("who wins, by regime", svg, StringComparison.Ordinal);
        Assert.All(compared, label => Assert.Contains(System.Net.WebUtility.HtmlEncode(label), svg, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(2015)]
    [InlineData(2012)]
    public void TheMaps_NameTheScenariosHorizon_AndThatTheyShowItsTotalMeanOverReplications(int lastYear)
    {
        var document = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(ClassroomServerFixture.ScenariosFolder(), "baseline.json")))!.AsObject();
        document["horizon"]!["lastYear"] = lastYear;
        document["timeline"]![1]!["toYear"] = lastYear;
        var scenario = ScenarioLoader.Parse(document.ToJsonString(), "short").Model;
        var result = MonteCarlo.Run(scenario, new RunOptions(40, 7, 1));

        var maps = RunReport.From(scenario, result, []).ResourceMaps;

        Assert.Equal($"National resources received per person over 2003-{lastYear}, by region", maps.Title);
        Assert.Contains($"total over the scenario's horizon, 2003-{lastYear} ({lastYear - 2002} years)", maps.Caption, StringComparison.Ordinal);
        Assert.Contains("mean over the run's 40 replications", maps.Caption, StringComparison.Ordinal);
    }
}
