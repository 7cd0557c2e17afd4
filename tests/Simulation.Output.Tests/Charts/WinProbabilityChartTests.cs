using Simulation.Experiments;
using Simulation.Output.Charts;

namespace Simulation.Output.Tests.Charts;

public class WinProbabilityChartTests
{
    [Fact]
    public void RealRun_RendersPngAndSvgWithTitle()
    {
        var scenario = SmokeRun.Scenario.Model;
        var project = scenario.Projects[0];
        var rows = SmokeRun.Result.WinProbabilities.Where(w => w.Project == project.Id).ToList();
        using var temp = new TempFolder();

        using var plot = WinProbabilityChart.Create(project.Name, rows, SmokeRun.Result.Catalogue.Labels, [.. scenario.Regions.Select(r => (r.Id, r.Name))],
            project.Candidates.Select(i => scenario.Regions[i].Id).ToHashSet());
        ChartWriter.Save(plot, temp.File("chart"));

        Assert.True(new FileInfo(temp.File("chart.png")).Length > 0);
        Assert.Contains($"{project.Name}: who wins, by regime", File.ReadAllText(temp.File("chart.svg")));
    }

    [Fact]
    public void AllZero_StillRendersEveryRegion()
    {
        WinProbability[] rows = [new("roh", "p", "a", 0, 10, 0, 0, 0.3), new("roh", "p", "b", 0, 10, 0, 0, 0.3)];
        using var temp = new TempFolder();

        using var plot = WinProbabilityChart.Create("Nobody wins", rows, [new("roh", "Roh regime"), new("lee", "Lee regime")], [("a", "Region A"), ("b", "Region B")], new HashSet<string>());
        ChartWriter.Save(plot, temp.File("zero"));

        var svg = File.ReadAllText(temp.File("zero.svg"));
        Assert.Contains("Region A", svg);
        Assert.Contains("Region B", svg);
        Assert.Contains("Lee regime", svg);
    }

    [Fact]
    public void OfAnOpenProject_OnlyRegionsThatWin_AreShown()
    {
        WinProbability[] rows = [new("roh", "p", "a", 5, 10, 0.5, 0.2, 0.8), new("roh", "p", "b", 0, 10, 0, 0, 0.3)];
        using var temp = new TempFolder();

        using var plot = WinProbabilityChart.Create("One winner", rows, [new("roh", "Roh regime")], [("a", "Region A"), ("b", "Region B")], new HashSet<string>());
        ChartWriter.Save(plot, temp.File("one"));

        var svg = File.ReadAllText(temp.File("one.svg"));
        Assert.Contains("Region A", svg);
        Assert.DoesNotContain("Region B", svg);
    }

    [Fact]
    public void ANamedCandidateThatNeverWins_IsShown_ButNotARegionThatCouldNotBid()
    {
        WinProbability[] rows = [new("roh", "p", "a", 5, 10, 0.5, 0.2, 0.8), new("roh", "p", "b", 0, 10, 0, 0, 0.3), new("roh", "p", "c", 0, 10, 0, 0, 0.3)];
        using var temp = new TempFolder();

        using var plot = WinProbabilityChart.Create("Two candidates", rows, [new("roh", "Roh regime")], [("a", "Region A"), ("b", "Region B"), ("c", "Region C")],
            new HashSet<string> { "a", "b" });
        ChartWriter.Save(plot, temp.File("two"));

        var svg = File.ReadAllText(temp.File("two.svg"));
        Assert.Contains("Region A", svg);
        Assert.Contains("Region B", svg);
        Assert.DoesNotContain("Region C", svg);
    }
}
