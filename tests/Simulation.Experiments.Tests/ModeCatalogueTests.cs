using System.Text.Json.Nodes;
using Simulation.Experiments.Scenarios;

namespace Simulation.Experiments.Tests;

public class ModeCatalogueTests
{
    private static readonly LoadedScenario Baseline = ScenarioLoader.Load(Repository.Scenario("baseline.json"));

    private static Core.Scenario WithCounterfactuals(params string[] ids)
    {
        var document = (JsonObject)Baseline.Document.DeepClone();
        document["counterfactuals"] = new JsonArray([.. ids.Select(id => JsonValue.Create(id))]);
        return ScenarioLoader.Parse(document.ToJsonString(), "counterfactuals changed").Model;
    }

    [Fact]
    public void From_LabelsTheTimelineAndEachCounterfactualByTheRegimesName()
    {
        var scenario = Baseline.Model;

        var catalogue = ModeCatalogue.From(scenario);

        Assert.Equal(scenario.Modes().Select(m => m.Label), catalogue.Labels.Select(l => l.Mode));
        Assert.Equal([ModeCatalogue.HistoricalTimeline, .. scenario.Counterfactuals.Select(r => scenario.Regimes[r].Name)], catalogue.Labels.Select(l => l.Label));
        Assert.Equal("the historical timeline", catalogue.Phrase("timeline"));
        Assert.Equal(scenario.Regimes[scenario.Counterfactuals[0]].Name, catalogue.Phrase(scenario.Regimes[scenario.Counterfactuals[0]].Id));
        Assert.Equal("unknown", catalogue.Label("unknown"));
    }

    [Fact]
    public void ATimelineHoldingOneRegime_IsNamedForIt_NotCalledHistory()
    {
        var scenario = ScenarioLoader.Load(Repository.Scenario("roh-only.json")).Model;
        var held = scenario.Regimes[scenario.Timeline.RegimeAt(scenario.Timeline.FirstYear)].Name;

        var catalogue = ModeCatalogue.From(scenario);

        Assert.Equal($"{held} throughout", catalogue.Label("timeline"));
        Assert.Equal($"{held} throughout", catalogue.Phrase("timeline"));
    }

    [Fact]
    public void ATimelineName_NamesAnInventedEra_InLabelsAndSentences()
    {
        var document = (JsonObject)Baseline.Document.DeepClone();
        document["timelineName"] = "Invented era (2003-2015)";
        var scenario = ScenarioLoader.Parse(document.ToJsonString(), "timeline named").Model;

        var catalogue = ModeCatalogue.From(scenario);

        Assert.Equal("Invented era (2003-2015)", catalogue.Label("timeline"));
        Assert.Equal("Invented era (2003-2015)", catalogue.Phrase("timeline"));
        Assert.DoesNotContain(catalogue.Labels, l => l.Label == ModeCatalogue.HistoricalTimeline);
    }

    [Fact]
    public void TheComparedPair_ChoosesTheRegimesSetSideBySide_ButNotTheCounterfactualsOrder()
    {
        var document = (JsonObject)Baseline.Document.DeepClone();
        document["compared"] = new JsonArray("lee", "roh");
        var scenario = ScenarioLoader.Parse(document.ToJsonString(), "compared named").Model;

        var catalogue = ModeCatalogue.From(scenario);

        Assert.Equal(["lee", "roh"], catalogue.Compared);
        Assert.Equal(("lee", "roh"), catalogue.RegimePair);
        Assert.Equal(["roh", "lee"], scenario.Counterfactuals.Select(r => scenario.Regimes[r].Id)); // what validation reads
        Assert.Equal(["roh", "lee"], ModeCatalogue.From(Baseline.Model).Compared); // without it: the first two counterfactuals
    }

    [Theory]
    [InlineData("""["roh", "nobody"]""", "$.compared[1]", "unknown regime 'nobody'")]
    [InlineData("""["roh"]""", "$.compared", "at least 2")]
    [InlineData("""["roh", "roh"]""", "$.compared", "lists \"roh\" twice")]
    public void AComparedPairThatIsNotTwoRegimes_IsRefusedNamingTheField(string pair, string path, string fragment)
    {
        var document = (JsonObject)Baseline.Document.DeepClone();
        document["compared"] = JsonNode.Parse(pair);

        var refusal = Assert.Throws<ScenarioException>(() => ScenarioLoader.Parse(document.ToJsonString(), "bad pair"));

        Assert.Contains(refusal.Problems, p => p.JsonPath == path && p.Message.Contains(fragment, StringComparison.Ordinal));
    }

    [Fact]
    public void AComparedRegimeThatIsNoCounterfactual_IsRefused_SayingToAddIt()
    {
        var document = (JsonObject)Baseline.Document.DeepClone();
        document["counterfactuals"] = new JsonArray("roh");
        document["compared"] = new JsonArray("roh", "lee");

        var refusal = Assert.Throws<ScenarioException>(() => ScenarioLoader.Parse(document.ToJsonString(), "bad pair"));

        var problem = Assert.Single(refusal.Problems);
        Assert.Equal("$.compared[1]", problem.JsonPath);
        Assert.Equal("'lee' is not among the counterfactuals (roh): a compared regime must also run alone over the horizon; add it to 'counterfactuals', "
            + "or drop 'compared' (a file that extends one setting it writes \"compared\": null, and the outputs compare the first two counterfactuals)", problem.Message);
    }

    [Fact]
    public void ATimelineNameThatIsNotText_IsRefusedNamingTheField()
    {
        var document = (JsonObject)Baseline.Document.DeepClone();
        document["timelineName"] = 3;

        var error = Assert.Throws<ScenarioException>(() => ScenarioLoader.Parse(document.ToJsonString(), "timeline named"));

        Assert.Contains("timelineName", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compared_AreTheFirstTwoCounterfactuals_InScenarioOrder()
    {
        var forward = Baseline.Model;
        var backward = WithCounterfactuals([.. forward.Counterfactuals.Reverse().Select(r => forward.Regimes[r].Id)]);

        var ids = forward.Counterfactuals.Select(r => forward.Regimes[r].Id).ToList();
        Assert.Equal(ids, ModeCatalogue.From(forward).Compared);
        Assert.Equal((ids[0], ids[1]), ModeCatalogue.From(forward).RegimePair);
        Assert.Equal([ids[1], ids[0]], ModeCatalogue.From(backward).Compared);
        Assert.Equal((ids[1], ids[0]), ModeCatalogue.From(backward).RegimePair);
    }

    [Fact]
    public void Compared_IsEveryModeWithFewerThanTwoCounterfactuals()
    {
        var first = Baseline.Model.Regimes[Baseline.Model.Counterfactuals[0]].Id;

        var one = ModeCatalogue.From(WithCounterfactuals(first));
        var none = ModeCatalogue.From(WithCounterfactuals());

        Assert.Equal(["timeline", first], one.Compared);
        Assert.Null(one.RegimePair);
        Assert.Equal(["timeline"], none.Compared);
        Assert.Null(none.RegimePair);
    }

    [Fact]
    public void From_TellsApartRegimesThatShareAName()
    {
        var document = (JsonObject)Baseline.Document.DeepClone();
        foreach (var regime in document["regimes"]!.AsArray().Select(r => r!.AsObject()))
        {
            regime["name"] = "Same";
        }
        var scenario = ScenarioLoader.Parse(document.ToJsonString(), "same names").Model;

        var labels = ModeCatalogue.From(scenario).Labels.Select(l => l.Label).ToList();

        Assert.Equal(labels.Count, labels.Distinct().Count());
        Assert.All(labels.Skip(1), l => Assert.StartsWith("Same (", l));
    }
}
