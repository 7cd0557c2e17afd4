using Simulation.Experiments.Scenarios;

namespace Simulation.Experiments.Tests.Scenarios;

/// <summary>An attribute's declared bounds hold every region's value and prior: a negative count, a share above 100 % or a
/// prior reaching past them is refused, naming the region's value and the bounds, while the baseline itself loads.</summary>
public sealed class AttributeDomainTests
{
    // Jeju's vote share is a sourced number with a prior in the baseline, so the slip is written as one (a bare number there
    // would be refused for dropping the source first); its other two values here are bare numbers.
    [Theory]
    [InlineData("voteShareRoh2002", """{ "value": 156.05, "source": "a slip", "prior": null }""", "156.05 lies outside the values the attribute 'voteShareRoh2002' can take, 0 to 100")]
    [InlineData("fiscalSelfReliance", "-39.3", "-39.3 lies outside the values the attribute 'fiscalSelfReliance' can take, 0 to 100")]
    [InlineData("doctorsPerThousand2006", "-1.12", "-1.12 lies outside the values the attribute 'doctorsPerThousand2006' can take, at least 0")]
    public void AValueOutsideItsAttributesBounds_IsRefused(string attribute, string value, string message)
    {
        var error = Load(attribute, value);

        Assert.Contains(error.Problems, p => p.JsonPath.StartsWith($"$.regions[jeju].values.{attribute}", StringComparison.Ordinal) && p.Message == message);
    }

    [Fact]
    public void APriorReachingPastItsAttributesBounds_IsRefused_ThoughItsValueLiesWithin()
    {
        var error = Load("rdShare2007", """{ "value": 3.5, "source": "estimate", "prior": { "distribution": "uniform", "min": -2, "max": 12 } }""");

        var problem = Assert.Single(error.Problems);
        Assert.Equal("$.regions[jeju].values.rdShare2007.prior", problem.JsonPath);
        Assert.Contains("its range -2–12 reaches outside the values the attribute 'rdShare2007' can take, 0 to 100", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BoundsTheWrongWayRound_AreRefused()
    {
        using var folder = new ScenarioFolder();
        var path = folder.Variant("upside-down.json", d =>
        {
            var attribute = d["attributes"]!.AsArray().Single(a => a!["id"]!.GetValue<string>() == "universities2003")!;
            attribute["min"] = 10;
            attribute["max"] = 5;
        });

        var error = Assert.Throws<ScenarioException>(() => ScenarioLoader.Load(path));

        Assert.Contains(error.Problems, p => p.JsonPath.EndsWith(".max", StringComparison.Ordinal) && p.Message.Contains("is below the attribute's min 10", StringComparison.Ordinal));
    }

    [Fact]
    public void TheBaselinesValues_LieWithinTheirAttributesBounds_AndThePercentsAreBounded()
    {
        var loaded = ScenarioLoader.Load(Repository.Scenario("baseline.json"));

        var percents = loaded.Document["attributes"]!.AsArray()
            .Where(a => a!["unit"]!.GetValue<string>().StartsWith("percent", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(percents);
        Assert.All(percents, a => Assert.Equal((0.0, 100.0), (a!["min"]!.GetValue<double>(), a["max"]!.GetValue<double>())));
    }

    private static ScenarioException Load(string attribute, string value)
    {
        using var folder = new ScenarioFolder();
        var path = folder.Write("slip.json",
            $$"""{ "extends": "baseline.json", "name": "slip", "regions": [ { "id": "jeju", "values": { "{{attribute}}": {{value}} } } ] }""");
        return Assert.Throws<ScenarioException>(() => ScenarioLoader.Load(path));
    }
}
