using System.Text.Json;

namespace Simulation.Web.Tests;

/// <summary>The model page speaks to a teacher in words: the scenario by its description, a tilt slider by what the regime
/// weighs (an index by its description, a built-in signal as what it is), not by the identifiers a scenario file uses.</summary>
public sealed class ParameterWordsTests(ClassroomServerFixture server) : IClassFixture<ClassroomServerFixture>
{
    [Fact]
    public async Task TheScenario_AndItsTiltSliders_AreDescribedInWords()
    {
        using var client = server.Client();
        using var doc = JsonDocument.Parse(await client.GetStringAsync("api/scenarios/baseline/parameters"));
        string Label(string path) => doc.RootElement.GetProperty("parameters").EnumerateArray()
            .Single(p => p.GetProperty("path").GetString() == path).GetProperty("label").GetString()!;

        Assert.StartsWith("Historical scenario: ", doc.RootElement.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("Weight on equity (need: ", Label("regimes[lee].tilt[equity].weight"), StringComparison.Ordinal);
        Assert.Equal("Weight on bidding jointly with other regions", Label("regimes[lee].tilt[jointBid].weight"));
        Assert.Equal("Weight on political alignment with the government", Label("regimes[roh].tilt[alignment].weight"));
    }
}
