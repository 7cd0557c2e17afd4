using Simulation.Experiments;

namespace Simulation.Output.Tests;

public class RunWriterTests
{
    [Fact]
    public void WriteResults_WritesTablesAndChartsAndListsThemSorted()
    {
        var scenario = SmokeRun.Scenario.Model;
        using var temp = new TempFolder();

        var files = RunWriter.WriteResults(temp.Path, scenario, SmokeRun.Result);

        var expected = new List<string> { "summary.csv", "win_probabilities.csv" };
        foreach (var name in scenario.Projects.Select(p => $"win_probability_{p.Id}").Append("distribution_gini").Append("distribution_rent_dissipation"))
        {
            expected.Add($"plots/{name}.png");
            expected.Add($"plots/{name}.svg");
        }
        expected.Sort(StringComparer.Ordinal);
        Assert.Equal(expected, files);
        Assert.All(files, f => Assert.True(new FileInfo(Path.Combine(temp.Path, f)).Length > 0, f));
    }

    [Fact]
    public void WriteResults_ShowsTheTwoComparedRegimesByName()
    {
        var scenario = SmokeRun.Scenario.Model;
        Assert.Equal([scenario.Regimes[scenario.Counterfactuals[0]].Id, scenario.Regimes[scenario.Counterfactuals[1]].Id], SmokeRun.Result.Catalogue.Compared);
        using var temp = new TempFolder();

        RunWriter.WriteResults(temp.Path, scenario, SmokeRun.Result);

        var svg = File.ReadAllText(Path.Combine(temp.Path, "plots", $"win_probability_{scenario.Projects[0].Id}.svg"));
        Assert.Contains(scenario.Regimes[scenario.Counterfactuals[0]].Name, svg);
        Assert.Contains(scenario.Regimes[scenario.Counterfactuals[1]].Name, svg);
        Assert.DoesNotContain(ModeCatalogue.HistoricalTimeline, svg);
    }
}
