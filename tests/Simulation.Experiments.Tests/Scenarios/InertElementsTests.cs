using Simulation.Experiments.Scenarios;

namespace Simulation.Experiments.Tests.Scenarios;

/// <summary>A regime no mode puts in force and a programme no regime in force runs change no result; loading a scenario
/// notes them, so that an element its author forgot to name in the timeline, the counterfactuals or a regime's programmes
/// does not silently do nothing.</summary>
public sealed class InertElementsTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("regsim-inert-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [Fact]
    public void ARegimeNeitherTheTimelineNorTheCounterfactualsName_IsNoted()
    {
        var loaded = ScenarioLoader.Load(WhatIf("lee-era.json", """
            "timeline": [ { "regime": "lee", "fromYear": 2003, "toYear": 2015, "source": "what-if" } ], "counterfactuals": ["lee"]
            """));

        var note = Assert.Single(loaded.Notes);
        Assert.Equal("the regime 'roh' is never in force (neither the timeline nor the counterfactuals name it), so its settings change no result", note);
    }

    [Fact]
    public void AProgrammeNoRegimeLists_IsNoted()
    {
        var loaded = ScenarioLoader.Load(WhatIf("no-cities.json", """
            "regimes": [ { "id": "roh", "programmes": ["specialDistricts"] } ]
            """));

        Assert.Contains("no regime lists the programme 'innovationCities' in its 'programmes', so it makes no designations", loaded.Notes);
        Assert.Contains("no regime lists the programme 'enterpriseCities' in its 'programmes', so it makes no designations", loaded.Notes);
    }

    [Fact]
    public void AProgrammeRunOnlyByARegimeNotInForceInItsYears_IsNoted()
    {
        // Innovation Cities designate in 2005, which only the Lee regime would now run; the Lee regime is in force from 2008
        // (the timeline) and nowhere throughout, as the only counterfactual is the Roh regime.
        var loaded = ScenarioLoader.Load(WhatIf("late-cities.json", """
            "regimes": [ { "id": "roh", "programmes": ["enterpriseCities", "specialDistricts"] },
                         { "id": "lee", "programmes": ["specialDistricts", "innovationCities"] } ],
            "counterfactuals": ["roh"]
            """));

        var note = Assert.Single(loaded.Notes);
        Assert.Equal("the programme 'innovationCities' makes no designations: the regimes that run it ('lee') are never in force in its years", note);
    }

    [Fact]
    public void EveryRegimeAndProgrammeOfTheBaseline_TakesEffect()
    {
        Assert.Empty(ScenarioLoader.Load(Repository.Scenario("baseline.json")).Notes);
    }

    [Theory]
    [InlineData("roh-only.json", "lee")]
    [InlineData("lee-only.json", "roh")]
    public void TheShippedSingleRegimeScenarios_NoteOnlyTheRegimeTheyLeaveOut(string file, string regime)
    {
        var note = Assert.Single(ScenarioLoader.Load(Repository.Scenario(file)).Notes);
        Assert.StartsWith($"the regime '{regime}' is never in force", note, StringComparison.Ordinal);
    }

    private string WhatIf(string name, string fields)
    {
        var path = Path.Combine(_temp, name);
        File.WriteAllText(path, $$"""{ "extends": "{{Repository.Scenario("baseline.json")}}", "name": "{{Path.GetFileNameWithoutExtension(name)}}", {{fields}} }""");
        return path;
    }
}
