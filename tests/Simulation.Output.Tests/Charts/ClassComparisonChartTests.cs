using System.Globalization;
using System.Xml.Linq;
using Simulation.Experiments.Games;
using Simulation.Output.Charts;

namespace Simulation.Output.Tests.Charts;

public class ClassComparisonChartTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static PlayerComparison Player(string region, double classGain, double p05, double mean, double p95) =>
        new(region, region, 0, classGain, 0, 0, 0, mean, p05, p95, 0.5);

    [Fact]
    public void EachPlayedRegion_GetsARangeAMeanAndADiamond_PlacedOnOneAxis()
    {
        var players = new[] { Player("daegu", -150, -200, 100, 2500), Player("incheon", 900, 150, 800, 1000) };

        var doc = XDocument.Parse(ClassComparisonChart.Svg(players, ["Daegu (Jun)", "Incheon <Minji>"]));

        var diamonds = doc.Descendants(Svg + "path").Skip(1).ToList(); // the first is the legend's
        Assert.Equal(2, diamonds.Count);
        var x = diamonds.Select(d => double.Parse(d.Attribute("d")!.Value.Split(' ')[0][1..], CultureInfo.InvariantCulture)).ToList();
        Assert.True(x[0] < x[1], "a lower net gain sits further left");
        var bars = doc.Descendants(Svg + "rect").Skip(1).Select(r => double.Parse(r.Attribute("width")!.Value, CultureInfo.InvariantCulture)).ToList();
        Assert.True(bars[0] > bars[1], "Daegu's wider range draws a wider bar");
        Assert.Contains(doc.Descendants(Svg + "text"), t => t.Value == "Incheon <Minji>"); // escaped in the markup, intact when read
    }

    [Fact]
    public void LongLabels_WidenTheirColumn_AndPastItsLimitAreCutToFit_KeepingTheWholeLabelInATooltip()
    {
        var players = new[] { Player("chungbuk", 10, -100, 0, 100), Player("daejeon", 20, -100, 0, 100) };
        var team = "Chungbuk (Seo-yeon Park, Ji-hoon Kim-Lee, Alexandra Montgomery-Whitfield)";

        var doc = XDocument.Parse(ClassComparisonChart.Svg(players, [team, "Daejeon (Jun)"]));

        var labels = doc.Descendants(Svg + "g").Where(g => (string?)g.Attribute("class") == "label").ToList();
        Assert.Equal([team, "Daejeon (Jun)"], labels.Select(g => g.Element(Svg + "title")!.Value));
        var texts = labels.Select(g => g.Element(Svg + "text")!).ToList();
        Assert.Equal("Daejeon (Jun)", texts[1].Value);
        Assert.EndsWith("…", texts[0].Value);
        Assert.StartsWith("Chungbuk (Seo-yeon", texts[0].Value);
        // Set right-aligned at x, a label of n characters at 16 px needs about 0.6 × 16 × n px to its left: all inside the chart.
        Assert.All(texts, t => Assert.True(double.Parse(t.Attribute("x")!.Value, CultureInfo.InvariantCulture) - (t.Value.Length * 0.6 * 16) >= 0,
            $"'{t.Value}' runs off the left edge"));
        var bars = doc.Descendants(Svg + "rect").Skip(1).Select(r => double.Parse(r.Attribute("x")!.Value, CultureInfo.InvariantCulture));
        Assert.All(bars, x => Assert.True(x > double.Parse(texts[0].Attribute("x")!.Value, CultureInfo.InvariantCulture), "a bar overlaps the labels"));
    }

    [Fact]
    public void ARegionTheModelPlayedThroughout_OrThatOnlyWatched_GetsNoClassDiamond_ButSaysWhy()
    {
        var players = new[]
        {
            Player("daegu", 150, -200, 100, 2500),
            Player("chungbuk", -5000, -200, 0, 300) with { Decided = false }, // far off the axis: it must not widen it
            Player("jeju", 0, 0, 0, 0) with { Watched = true },
        };

        var doc = XDocument.Parse(ClassComparisonChart.Svg(players, ["Daegu (Jun)", "Chungbuk (Jiwoo)", "Jeju (Mina)"]));

        var diamonds = doc.Descendants(Svg + "path").Skip(1).ToList();
        Assert.Equal(["Daegu (Jun): the class 150.0, beating 50 % of the model's games (a tie counting half)"],
            diamonds.Select(d => d.Element(Svg + "title")!.Value));
        var texts = doc.Descendants(Svg + "text").Select(t => t.Value).ToList();
        Assert.Contains("no class result: the model played it", texts);
        Assert.Contains("no class result: a candidate in no round", texts);
        Assert.DoesNotContain(texts, t => t.Contains("5,000", StringComparison.Ordinal)); // the axis runs from the ranges, not the model's play
        Assert.Contains("Chungbuk (Jiwoo): no class result: the model played it, model mean 0.0", doc.Descendants(Svg + "desc").Single().Value);
    }

    [Theory]
    [InlineData(-222, 2583, -1000, 3000, 1000)]
    [InlineData(0, 0, -1, 1, 0.5)]
    [InlineData(3.2, 7.9, 3, 8, 1)]
    public void TheAxis_IsRoundAndCoversEveryValue(double min, double max, double low, double high, double step)
    {
        Assert.Equal((low, high, step), ClassComparisonChart.Axis(min, max));
    }
}
