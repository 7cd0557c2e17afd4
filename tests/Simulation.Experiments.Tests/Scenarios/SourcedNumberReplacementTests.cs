using Simulation.Experiments.Scenarios;

namespace Simulation.Experiments.Tests.Scenarios;

/// <summary>A what-if's bare number where the file it extends has a sourced one would drop that number's source and prior
/// without a word, so it is refused with the path and the way to write it; a sourced override, or a bare number where the
/// parent's is bare too, loads as before.</summary>
public sealed class SourcedNumberReplacementTests : IDisposable
{
    private readonly ScenarioFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void ABareRegionValueOverAMeasuredOneWithAPrior_IsRefused_NamingTheSourceAndThePriorItWouldDrop()
    {
        var path = _folder.Write("bare.json", """
            { "extends": "baseline.json", "name": "bare", "regions": [ { "id": "incheon", "values": { "fiscalSelfReliance": 90 } } ] }
            """);

        var problem = Assert.Single(Assert.Throws<ScenarioException>(() => ScenarioLoader.Load(path)).Problems);

        Assert.Equal(path, problem.File);
        Assert.Equal("$.regions[incheon].values.fiscalSelfReliance", problem.JsonPath);
        Assert.StartsWith("the bare number 90 would replace the sourced value", problem.Message, StringComparison.Ordinal);
        Assert.Contains("dropping its source and its prior (60–80", problem.Message, StringComparison.Ordinal);
        Assert.Contains("write {\"value\": 90, \"source\": \"…\"}", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ABareNumberOverASourcedOneWithoutAPrior_IsRefused_WithoutSpeakingOfAPrior()
    {
        _folder.Write("sourced.json", """
            { "extends": "baseline.json", "name": "sourced", "regions": [ { "id": "incheon", "values": { "fiscalSelfReliance": { "value": 85, "source": "a what-if", "prior": null } } } ] }
            """);
        var path = _folder.Write("bare.json", """
            { "extends": "sourced.json", "name": "bare", "regions": [ { "id": "incheon", "values": { "fiscalSelfReliance": 90 } } ] }
            """);

        var problem = Assert.Single(Assert.Throws<ScenarioException>(() => ScenarioLoader.Load(path)).Problems);

        Assert.Equal("$.regions[incheon].values.fiscalSelfReliance", problem.JsonPath);
        Assert.Contains("(source: \"a what-if\") whole, dropping its source:", problem.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("prior", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheSameValueWrittenWithASource_Loads()
    {
        var path = _folder.Write("sourced.json", """
            { "extends": "baseline.json", "name": "sourced", "regions": [ { "id": "incheon", "values": { "fiscalSelfReliance": { "value": 70, "source": "what-if" } } } ] }
            """);

        var loaded = ScenarioLoader.Load(path);

        Assert.Equal(70, loaded.Document["regions"]!.AsArray().Single(r => (string?)r!["id"] == "incheon")!["values"]!["fiscalSelfReliance"]!["value"]!.GetValue<double>());
    }

    [Fact]
    public void ABareNumberWhereTheParentsIsBareToo_Loads()
    {
        var path = _folder.Write("bare.json", """
            { "extends": "baseline.json", "name": "bare", "regions": [ { "id": "gyeonggi", "values": { "fiscalSelfReliance": 70 } } ] }
            """);

        var loaded = ScenarioLoader.Load(path);

        Assert.Equal(70, loaded.Document["regions"]!.AsArray().Single(r => (string?)r!["id"] == "gyeonggi")!["values"]!["fiscalSelfReliance"]!.GetValue<double>());
    }
}
