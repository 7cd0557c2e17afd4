using System.Globalization;
using System.Xml.Linq;
using Simulation.Output.Charts;

namespace Simulation.Output.Tests.Charts;

public class TileMapTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static List<TileMapRegion> Korea(Func<int, double>? value = null) =>
        [.. SmokeRun.Scenario.Model.Regions.Select((r, i) => new TileMapRegion(r.Id, r.Name, r.Tile, value?.Invoke(i) ?? (i + 1) * 100.0))];

    private static XElement Parse(string svg) => XDocument.Parse(svg).Root!;

    private static List<XElement> Tiles(XElement root) =>
        [.. root.Descendants(Svg + "g").Where(g => (string?)g.Attribute("class") == "tile")];

    private static XElement Tile(XElement root, string region) => Tiles(root).Single(t => (string?)t.Attribute("data-region") == region);

    private static (double X, double Y) Place(XElement tile)
    {
        var rect = tile.Element(Svg + "rect")!;
        return (double.Parse((string)rect.Attribute("x")!, CultureInfo.InvariantCulture), double.Parse((string)rect.Attribute("y")!, CultureInfo.InvariantCulture));
    }

    private static string Fill(XElement tile) => (string)tile.Element(Svg + "rect")!.Attribute("fill")!;

    private static List<string> Texts(XElement tile) => [.. tile.Elements(Svg + "text").Select(t => t.Value)];

    [Fact]
    public void EverySixteenRegions_IsDrawnOnce_OnItsOwnTile_InsideTheViewBox()
    {
        var root = Parse(TileMap.Svg(Korea(), "Roh regime", "₩ thousand per person"));

        var tiles = Tiles(root);
        Assert.Equal(16, tiles.Count);
        Assert.Equal(SmokeRun.Scenario.Model.Regions.Select(r => r.Id).Order(), tiles.Select(t => (string)t.Attribute("data-region")!).Order());
        Assert.Equal(16, tiles.Select(Place).Distinct().Count());
        var box = ((string)root.Attribute("viewBox")!).Split(' ').Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray();
        Assert.All(tiles.Select(Place), p => Assert.True(p.X >= 0 && p.Y >= 0 && p.X + 104 <= box[2] && p.Y + 104 <= box[3], $"{p} outside {string.Join(' ', box)}"));
    }

    [Fact]
    public void AMarkedRegion_IsOutlined_AndSaysWhy_OthersAreNot()
    {
        var regions = Korea();
        regions[2] = regions[2] with { Mark = "★ won" };

        var root = Parse(TileMap.Svg(regions, "2007", "₩ thousand per person"));

        var marked = Tiles(root).Where(t => (string?)t.Element(Svg + "rect")!.Attribute("class") == "marked").ToList();
        Assert.Equal(regions[2].Id, (string)Assert.Single(marked).Attribute("data-region")!);
        Assert.Contains("★ won", Texts(marked[0]));
        Assert.All(Tiles(root).Except(marked), t => Assert.Equal(2, Texts(t).Count));
    }

    [Fact]
    public void Tiles_AreRoughlyWhereTheRegionsLie()
    {
        var root = Parse(TileMap.Svg(Korea(), "Map", "unit"));
        var at = Tiles(root).ToDictionary(t => (string)t.Attribute("data-region")!, Place);

        Assert.True(at["seoul"].X < at["gangwon"].X, "Seoul is west of Gangwon");
        Assert.True(at["incheon"].X <= at["seoul"].X, "Incheon is west of Seoul");
        Assert.True(at["seoul"].Y < at["daejeon"].Y && at["daejeon"].Y < at["gwangju"].Y, "Seoul, Daejeon, Gwangju run north to south");
        Assert.True(at["jeonnam"].X < at["busan"].X, "Jeonnam is west of Busan");
        Assert.True(at["gyeongbuk"].X > at["chungnam"].X, "Gyeongbuk is east of Chungnam");
        Assert.Equal(at.Values.Max(p => p.Y), at["jeju"].Y);
        Assert.Equal(at.Values.Min(p => p.X), at["jeju"].X);
    }

    [Fact]
    public void UnknownRegion_IsStillDrawn_BelowTheMap_WithItsNameEscaped()
    {
        var regions = Korea();
        regions.Add(new TileMapRegion("sejong", "Sejong <City> & \"Co\"", null, 42));
        var svg = TileMap.Svg(regions, "With a new region", "unit");
        var root = Parse(svg);

        Assert.Equal(17, Tiles(root).Count);
        var sejong = Tile(root, "sejong");
        Assert.True(Place(sejong).Y > Place(Tile(root, "jeju")).Y);
        Assert.Contains("Sejong <City> & \"Co\"", sejong.Element(Svg + "title")!.Value);
        Assert.DoesNotContain("<City>", svg);
    }

    [Fact]
    public void Places_ComeFromTheScenario_NotFromTheIds()
    {
        var renamed = Korea().Select(r => r with { Id = "r-" + r.Id }).ToList();

        var before = Tiles(Parse(TileMap.Svg(Korea(), "Map", "unit"))).Select(Place);
        var after = Tiles(Parse(TileMap.Svg(renamed, "Map", "unit"))).Select(Place);

        Assert.Equal(before, after);
    }

    [Fact]
    public void ATileEastOfTheMap_WidensIt_AndEveryTileStaysInside()
    {
        var regions = Korea();
        regions[0] = regions[0] with { Tile = new Core.Regions.MapTile(6, 1) };
        var root = Parse(TileMap.Svg(regions, "Wider", "unit"));

        var width = double.Parse(((string)root.Attribute("viewBox")!).Split(' ')[2], CultureInfo.InvariantCulture);
        Assert.All(Tiles(root).Select(Place), p => Assert.True(p.X + 104 <= width, $"{p} outside {width}"));
        Assert.Equal(Tiles(root).Select(Place).Max(p => p.X), Place(Tile(root, regions[0].Id)).X);
    }

    [Fact]
    public void TwoRegionsOnOneSquare_OrATileOffTheMap_AreRefused()
    {
        var shared = Korea();
        shared[1] = shared[1] with { Tile = shared[0].Tile };
        var outside = Korea();
        outside[0] = outside[0] with { Tile = new Core.Regions.MapTile(-1, 0) };

        Assert.Contains("two regions", Assert.Throws<ArgumentException>(() => TileMap.Svg(shared, "Map", "unit")).Message);
        Assert.Contains("off the map", Assert.Throws<ArgumentException>(() => TileMap.Svg(outside, "Map", "unit")).Message);
    }

    [Fact]
    public void RegionsWithoutPlaces_FillRows_AndTheLegendGetsARowBelowThem()
    {
        var regions = Korea().Select(r => r with { Tile = null }).ToList();
        var root = Parse(TileMap.Svg(regions, "Unplaced", "unit"));

        var places = Tiles(root).Select(Place).ToList();
        Assert.Equal(16, places.Distinct().Count());
        var legendTop = root.Descendants(Svg + "g").Single(g => (string?)g.Attribute("class") == "legend").Elements(Svg + "rect")
            .Min(r => double.Parse((string)r.Attribute("y")!, CultureInfo.InvariantCulture));
        Assert.True(legendTop > places.Max(p => p.Y) + 104, $"the legend at {legendTop} overlaps a tile");
    }

    [Fact]
    public void Colours_GetLighterAsValuesRise_AndTextContrastsWithItsTile()
    {
        var root = Parse(TileMap.Svg(Korea(i => (i * 37 % 16) * 10.0), "Map", "unit"));

        var byValue = Tiles(root).OrderBy(t => double.Parse((string)t.Attribute("data-value")!, CultureInfo.InvariantCulture)).ToList();
        var lightness = byValue.Select(t => Luminance(Fill(t))).ToList();
        for (var i = 1; i < lightness.Count; i++)
        {
            Assert.True(lightness[i] > lightness[i - 1], $"tile {i} is not lighter than tile {i - 1}: {Fill(byValue[i])} after {Fill(byValue[i - 1])}");
        }
        foreach (var tile in byValue)
        {
            var ink = (string)tile.Elements(Svg + "text").First().Attribute("fill")!;
            Assert.True(Contrast(ink, Fill(tile)) >= 4.5, $"{ink} on {Fill(tile)}");
        }
    }

    [Fact]
    public void SharedScale_GivesEqualValuesEqualColours_AndTheLegendShowsItsEnds()
    {
        var scale = new TileMapScale(0, 2000);
        var low = Parse(TileMap.Svg(Korea(_ => 500), "Roh regime", "₩ thousand per person", scale));
        var high = Parse(TileMap.Svg(Korea(i => i == 0 ? 500 : 1500), "Lee regime", "₩ thousand per person", scale));

        Assert.Equal(Fill(Tile(low, "seoul")), Fill(Tile(high, "seoul")));
        Assert.NotEqual(Fill(Tile(low, "busan")), Fill(Tile(high, "busan")));
        var legend = low.Descendants(Svg + "g").Single(g => (string?)g.Attribute("class") == "legend");
        Assert.Equal(["₩ thousand per person", "0", "2,000"], legend.Elements(Svg + "text").Select(t => t.Value));
    }

    [Fact]
    public void Values_AreFormattedInvariantly_WithTheSameDecimalsOnEveryTile()
    {
        var large = Parse(TileMap.Svg(Korea(i => i == 0 ? 1234.6 : 80.25), "Large", "unit"));
        var small = Parse(TileMap.Svg(Korea(i => i == 0 ? 2.255 : 0.5), "Small", "unit"));

        Assert.Equal(["Seoul", "1,235"], Texts(Tile(large, "seoul")));
        Assert.Equal("80", Texts(Tile(large, "busan"))[1]);
        Assert.Equal("0.50", Texts(Tile(small, "busan"))[1]);
        Assert.Equal("Chungbuk", Texts(Tile(large, "chungbuk"))[0]);
        Assert.Contains("Chungbuk (North Chungcheong): 80 unit", Tile(large, "chungbuk").Element(Svg + "title")!.Value);
    }

    [Fact]
    public void MissingValue_IsAGreyTileSayingSo()
    {
        var root = Parse(TileMap.Svg(Korea(i => i == 2 ? double.NaN : i), "Gaps", "unit"));

        var daegu = Tile(root, "daegu");
        Assert.Equal("–", Texts(daegu)[1]);
        Assert.Contains("no value", daegu.Element(Svg + "title")!.Value);
        Assert.DoesNotContain(Tiles(root), t => Fill(t) == Fill(daegu) && t != daegu);
    }

    [Fact]
    public void Map_ScalesWithItsBox_AndNamesItselfForScreenReaders()
    {
        var root = Parse(TileMap.Svg(Korea(), "Lee regime", "₩ thousand per person"));

        Assert.NotNull(root.Attribute("viewBox"));
        Assert.Equal("img", (string?)root.Attribute("role"));
        var title = root.Element(Svg + "title")!.Value;
        Assert.StartsWith("Lee regime", title);
        Assert.Contains("highest Jeju (1,600)", title);
        Assert.Contains("lowest Seoul (100)", title);
        Assert.All(Tiles(root), t => Assert.NotNull(t.Element(Svg + "title")));
    }

    private static double Luminance(string colour)
    {
        var rgb = Convert.FromHexString(colour[1..]);
        static double Linear(byte c) => c / 255.0 <= 0.03928 ? c / 255.0 / 12.92 : Math.Pow(((c / 255.0) + 0.055) / 1.055, 2.4);
        return (0.2126 * Linear(rgb[0])) + (0.7152 * Linear(rgb[1])) + (0.0722 * Linear(rgb[2]));
    }

    private static double Contrast(string a, string b)
    {
        var (la, lb) = (Luminance(a), Luminance(b));
        return (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05);
    }
}
