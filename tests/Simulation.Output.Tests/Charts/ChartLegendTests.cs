using Simulation.Experiments;
using Simulation.Output.Charts;

namespace Simulation.Output.Tests.Charts;

/// <summary>A chart's title and legend taken out of its picture, for a page that shows them itself.</summary>
public class ChartLegendTests
{
    private static readonly IReadOnlyList<ModeLabel> Modes = [new("roh", "Roh regime"), new("lee", "Lee regime")];

    private static ScottPlot.Plot Chart()
    {
        WinProbability[] rows = [new("roh", "p", "a", 3, 10, 0.3, 0.1, 0.6), new("lee", "p", "a", 7, 10, 0.7, 0.4, 0.9)];
        return WinProbabilityChart.Create("The prize", rows, Modes, [("a", "Region A")], new HashSet<string> { "a" });
    }

    [Fact]
    public void TakeOut_ReturnsEachSeriesWithItsColour_InLegendOrder()
    {
        using var plot = Chart();

        var legend = ChartLegend.TakeOut(plot);

        Assert.Equal(["Roh regime", "Lee regime"], legend.Select(e => e.Label));
        Assert.All(legend, e => Assert.Matches("^#[0-9a-f]{6}$", e.Colour));
        Assert.NotEqual(legend[0].Colour, legend[1].Colour);
    }

    [Fact]
    public void ARegime_HasOneColour_InTheChartOfWhoWins_AsInTheDistributions()
    {
        // The distributions draw every mode run (timeline first); who wins draws only the compared two.
        WinProbability[] rows = [new("roh", "p", "a", 3, 10, 0.3, 0.1, 0.6), new("lee", "p", "a", 7, 10, 0.7, 0.4, 0.9)];
        string[] run = ["timeline", "roh", "lee"];
        using var wins = WinProbabilityChart.Create("The prize", rows, Modes, [("a", "Region A")], new HashSet<string> { "a" }, m => Array.IndexOf(run, m));
        using var spread = DistributionChart.Create("Spread", "Gini", new Dictionary<string, IReadOnlyList<double>>
        {
            ["Historical timeline"] = [0.1, 0.2],
            ["Roh regime"] = [0.2, 0.3],
            ["Lee regime"] = [0.3, 0.4],
        });

        var bars = ChartLegend.TakeOut(wins).ToDictionary(e => e.Label, e => e.Colour);
        var histograms = ChartLegend.TakeOut(spread).ToDictionary(e => e.Label, e => e.Colour[..7]); // without the see-through alpha

        Assert.Equal(histograms["Roh regime"], bars["Roh regime"]);
        Assert.Equal(histograms["Lee regime"], bars["Lee regime"]);
        Assert.NotEqual(histograms["Historical timeline"], bars["Roh regime"]);
    }

    [Fact]
    public void TakeOut_LeavesAPictureWithoutTitleOrLegend_ButWithItsAxes()
    {
        using var plot = Chart();
        var before = plot.GetSvgXml(900, 520);

        _ = ChartLegend.TakeOut(plot);
        var after = plot.GetSvgXml(900, 520);

        Assert.Contains("The prize: who wins, by regime", before);
        Assert.Contains("Lee regime", before);
        Assert.DoesNotContain("The prize: who wins, by regime", after);
        Assert.DoesNotContain("Roh regime", after);
        Assert.DoesNotContain("Lee regime", after);
        Assert.Contains("Region A", after);
        Assert.Contains("Win probability", after);
    }

    [Fact]
    public void TakeOut_GivesASeeThroughSeriesItsAlpha()
    {
        using var plot = DistributionChart.Create("Spread", "Gini", new Dictionary<string, IReadOnlyList<double>> { ["Roh regime"] = [0.1, 0.2, 0.3] });

        var legend = ChartLegend.TakeOut(plot);

        Assert.Matches("^#[0-9a-f]{8}$", Assert.Single(legend).Colour);
    }

    [Fact]
    public void ADifferenceChartsModeWithoutAnyChange_IsSaidToHaveNone_InItsLegendEntry()
    {
        Experiments.Comparison.OutcomeDifference[] rows =
        [
            new(Experiments.Comparison.DifferenceKind.Win, "p:a", "roh", 0.3, 0.3, 0, 0, 0, 100),
            new(Experiments.Comparison.DifferenceKind.Win, "p:a", "lee", 0.3, 0.5, 0.2, 0.1, 0.3, 100),
        ];
        using var plot = DifferenceChart.Create("The prize", rows, [("a", "Region A")], "A", "B",
            new ModeCatalogue(Modes, ["roh", "lee"]));

        var legend = ChartLegend.TakeOut(plot);

        Assert.Equal(["Roh regime (no change)", "Lee regime"], legend.Select(e => e.Label));
    }
}
