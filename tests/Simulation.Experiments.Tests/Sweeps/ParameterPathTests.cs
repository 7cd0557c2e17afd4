using System.Text.Json.Nodes;
using Simulation.Experiments.Sweeps;

namespace Simulation.Experiments.Tests.Sweeps;

public class ParameterPathTests
{
    private static JsonObject Baseline() => JsonNode.Parse(File.ReadAllText(Repository.Scenario("baseline.json")))!.AsObject();

    [Theory]
    [InlineData("nationalFund.growthRatePerYear", 0.085)]
    [InlineData("regions[daegu].values.grdpPerCapita", 10.57)]
    [InlineData("regimes[0].selection.discretion", 1.0)]
    [InlineData("projects[medicalComplex].winners", 2.0)]
    public void Read_FindsNumbersByNameIdSignalOrPosition(string path, double expected) =>
        Assert.Equal(expected, ParameterPath.Parse(path).Read(Baseline()));

    [Fact]
    public void Write_SetsTheValueOfASourcedNumber_AndKeepsItsSource()
    {
        var document = Baseline();
        var path = ParameterPath.Parse("regimes[lee].tilt[equity].weight");

        path.Write(document, 0.9);

        Assert.Equal(0.9, path.Read(document));
        var weight = document["regimes"]![1]!["tilt"]!.AsArray().Single(c => c!["signal"]!.GetValue<string>() == "equity")!["weight"]!;
        Assert.False(string.IsNullOrEmpty(weight["source"]!.GetValue<string>()));
    }

    [Fact]
    public void AFundZone_IsNamedByItsZone()
    {
        var document = Baseline();
        var path = ParameterPath.Parse("regimes[lee].fund.zones[capital].share");

        path.Write(document, 0.1);

        var zones = document["regimes"]![1]!["fund"]!["zones"]!.AsArray();
        Assert.Equal(0.1, zones.Single(z => z!["zone"]!.GetValue<string>() == "capital")!["share"]!["value"]!.GetValue<double>());
        Assert.Equal(0.1, path.Read(document));
    }

    [Theory]
    [InlineData("regimes[park].selection.discretion", "no element of 'regimes' is named 'park' (there are: roh, lee)")]
    [InlineData("regimes[lee].tilt[equality].weight", "(there are: equity")]
    [InlineData("nationalFund.size", "no number at 'nationalFund.size'")]
    [InlineData("regimes[lee]", "not a number")]
    public void MissingTarget_IsNamed(string path, string fragment)
    {
        var e = Assert.Throws<KeyNotFoundException>(() => ParameterPath.Parse(path).Read(Baseline()));
        Assert.Contains(fragment, e.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("regimes[].x")]
    [InlineData("regimes[lee.x")]
    [InlineData("a..b")]
    public void MalformedPath_IsRejected(string path) =>
        Assert.Throws<FormatException>(() => ParameterPath.Parse(path));
}
