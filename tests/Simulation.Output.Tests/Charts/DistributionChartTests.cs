using Simulation.Experiments.Outcomes;
using Simulation.Output.Charts;

namespace Simulation.Output.Tests.Charts;

public class DistributionChartTests
{
    [Fact]
    public void RealRun_RendersPngAndSvgWithTitle()
    {
        var result = SmokeRun.Result;
        var samples = result.Modes.ToDictionary(result.Catalogue.Label, m => result.Samples[(OutcomeMetrics.Gini, m)]);
        using var temp = new TempFolder();

        using var plot = DistributionChart.Create("Gini by regime", "Gini of national resources per capita across regions", samples);
        ChartWriter.Save(plot, temp.File("gini"));

        Assert.True(new FileInfo(temp.File("gini.png")).Length > 0);
        var svg = File.ReadAllText(temp.File("gini.svg"));
        Assert.Contains("Gini by regime", svg);
        Assert.Contains("Historical timeline", svg);
    }

    [Fact]
    public void ConstantSample_Renders()
    {
        var samples = new Dictionary<string, IReadOnlyList<double>> { ["roh"] = [0.25, 0.25, 0.25], ["lee"] = [0.25] };
        using var temp = new TempFolder();

        using var plot = DistributionChart.Create("Constant", "Value (unitless)", samples);
        ChartWriter.Save(plot, temp.File("constant"));

        Assert.True(new FileInfo(temp.File("constant.png")).Length > 0);
        Assert.Contains("Constant", File.ReadAllText(temp.File("constant.svg")));
    }

    [Fact]
    public void EmptyAndNaNSamples_Render()
    {
        var samples = new Dictionary<string, IReadOnlyList<double>> { ["timeline"] = [], ["roh"] = [double.NaN, 0, 0] };
        using var temp = new TempFolder();

        using var plot = DistributionChart.Create("Sparse", "Value (unitless)", samples);
        ChartWriter.Save(plot, temp.File("sparse"));

        Assert.True(new FileInfo(temp.File("sparse.png")).Length > 0);
    }
}
