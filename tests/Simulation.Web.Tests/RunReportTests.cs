using Simulation.Experiments;
using Simulation.Experiments.Narration;
using Simulation.Experiments.Scenarios;

namespace Simulation.Web.Tests;

/// <summary>The page's sentences come from the one sentence engine: under each chart, what report.html says of its subject.</summary>
public sealed class RunReportTests
{
    private static readonly Core.Scenario Baseline = ScenarioLoader.Load(Path.Combine(ClassroomServerFixture.ScenariosFolder(), "baseline.json")).Model;
    private static readonly RunResult Result = MonteCarlo.Run(Baseline, new RunOptions(200, 7, 1));

    [Fact]
    public void EveryChart_CarriesTheReportsSentencesAboutItsSubject()
    {
        var report = RunReport.From(Baseline, Result);
        var findings = ResultNarrative.Describe(Baseline, Result);

        foreach (var project in Baseline.Projects)
        {
            var chart = report.Charts.Single(c => c.Id == $"win_{project.Id}");
            Assert.NotEmpty(chart.Sentences);
            Assert.Equal(ResultNarrative.About(findings, project.Id), chart.Sentences);
        }
        Assert.Equal(ResultNarrative.About(findings, ResourceNarrative.Subject), report.ResourceMaps.Sentences);
        Assert.NotEmpty(report.ResourceMaps.Sentences);
    }

    [Fact]
    public void EveryDistribution_CarriesTheReportsSentences_ThenItsRankingByTheMetricsDescription()
    {
        var report = RunReport.From(Baseline, Result);
        var findings = ResultNarrative.Describe(Baseline, Result);

        foreach (var figure in Output.Charts.RunFigures.Distributions)
        {
            var chart = report.Charts.Single(c => c.Id == figure.Metric);
            var expected = ResultNarrative.About(findings, figure.Metric).Concat(ResultNarrative.Ranking(Baseline, Result, figure.Metric).Select(s => s.Text));
            Assert.Equal(expected, chart.Sentences);
            Assert.Equal(2, chart.Sentences.Count);
        }
    }
}
