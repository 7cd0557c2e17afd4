using Simulation.Experiments.Scenarios;

namespace Simulation.Experiments.Tests.Scenarios;

/// <summary>An extending file that gives fewer of an index's components than its parent has is told so (they are replaced
/// whole, having no key), and the shipped scenarios drop nothing that way.</summary>
public sealed class DroppedElementsTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("regsim-dropped-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [Fact]
    public void OneComponentGiven_OfAnIndexOfThree_IsNoted_NamingTheArrayAndHowManyAreLeftOut()
    {
        var whatIf = Path.Combine(_temp, "rd-only.json");
        File.WriteAllText(whatIf, $$"""
            { "extends": "{{Repository.Scenario("baseline.json")}}", "name": "rd-only",
              "indices": [ { "id": "equity", "components": [ { "attribute": "rdShare2007", "weight": 0.6, "direction": "lower", "transform": "log1p" } ] } ] }
            """);

        var loaded = ScenarioLoader.Load(whatIf);

        var note = Assert.Single(loaded.Notes);
        Assert.Equal($"{whatIf}: $.indices[equity].components gives 1 of the 3 elements {Repository.Scenario("baseline.json")} has there; an array whose "
            + "elements have no key is replaced whole, so the other 2 are left out (give them all to keep them)", note);
        Assert.Single(loaded.Model.Indices.Single(i => i.Id == "equity").Components); // allowed: it may be meant
    }

    [Fact]
    public void AKeyedArrayGivenInPart_OrATimelineOfOnePeriod_IsNotNoted()
    {
        // Regimes merge by id (the others are kept), and a timeline's periods are meant to be given whole.
        var whatIf = Path.Combine(_temp, "fund.json");
        File.WriteAllText(whatIf, $$"""
            { "extends": "{{Repository.Scenario("baseline.json")}}", "name": "fund",
              "regimes": [ { "id": "lee", "fund": { "shareOfPath": { "value": 0.9, "source": "what-if" } } } ],
              "timeline": [ { "regime": "lee", "fromYear": 2003, "toYear": 2015, "source": "what-if" } ] }
            """);

        var notes = ScenarioLoader.Load(whatIf).Notes;

        Assert.DoesNotContain(notes, n => n.Contains("elements", StringComparison.Ordinal) || n.Contains("left out", StringComparison.Ordinal));
        // The notes it does get are of what the model reads: a Lee-only timeline runs neither of the Roh era's programmes.
        Assert.All(notes, n => Assert.StartsWith("in the timeline the programme", n, StringComparison.Ordinal));
    }

    [Fact]
    public void TheShippedScenarios_LeaveNothingOutOfAnArrayTheyReplace()
    {
        var noted = Directory.GetFiles(Path.Combine(Repository.Root, "scenarios"), "*.json")
            .Where(f => !f.EndsWith(".schema.json", StringComparison.Ordinal))
            .SelectMany(f => ScenarioLoader.Load(f).Notes.Select(n => (File: Path.GetFileName(f), Note: n)))
            // The single-regime files leave the other regime out on purpose, and are told so (InertElementsTests); nothing else is noted.
            .Where(x => !(x.File is "roh-only.json" or "lee-only.json" && x.Note.StartsWith("the regime '", StringComparison.Ordinal))).ToList();

        Assert.Empty(noted);
    }
}
