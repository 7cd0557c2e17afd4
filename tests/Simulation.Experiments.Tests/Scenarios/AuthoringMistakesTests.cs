using System.Text.Json.Nodes;
using Simulation.Core.Regimes;
using Simulation.Experiments.Scenarios;
using Simulation.Experiments.Sweeps;

namespace Simulation.Experiments.Tests.Scenarios;

/// <summary>Mistakes and needs of an author who adds a regime or a project in a file that extends the baseline: names the
/// outputs already use, an inherited setting to drop, selection fields a rule does not read, a placeholder attribute, and a
/// problem that lies in the file extended rather than in the what-if.</summary>
public sealed class AuthoringMistakesTests : IDisposable
{
    private readonly ScenarioFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("timeline")]
    [InlineData("chance")]
    [InlineData("model")]
    public void ARegimeNamedLikeAModeOrANullModel_IsRefusedByName(string id)
    {
        var path = WhatIf("reserved-regime.json", $$"""
            "regimes": [ { "id": "{{id}}", "name": "Park", "selection": { "rule": "tullock", "exponent": { "value": 1, "source": "test" } },
              "tilt": [], "alignmentAttribute": "population",
              "fund": { "shareOfPath": { "value": 1, "source": "test" }, "discretion": { "value": 1, "source": "test" }, "allocation": [] },
              "programmes": [], "grantShareOfOwnClusters": { "value": 0, "source": "test" }, "selfHelpPressure": { "value": 0, "source": "test" } } ],
            "counterfactuals": ["roh", "lee", "{{id}}"]
            """);

        var problem = Assert.Single(Assert.Throws<ScenarioException>(() => ScenarioLoader.Load(path)).Problems);
        Assert.Equal($"$.regimes[{id}].id", problem.JsonPath);
        Assert.StartsWith($"'{id}' cannot name a regime: the outputs already use it", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("record")]
    [InlineData("all")]
    public void AProjectNamedLikeTheWholeRecordsRows_IsRefusedByName(string id)
    {
        var path = _folder.Variant($"reserved-{id}.json", d => d["projects"]![0]!["id"] = id);

        var problems = Assert.Throws<ScenarioException>(() => ScenarioLoader.Load(path)).Problems;
        Assert.Contains(problems, p => p.JsonPath == "$.projects[0].id" && p.Message.StartsWith($"'{id}' cannot name a project", StringComparison.Ordinal));
    }

    [Fact]
    public void AnExtendingFile_DropsAnInheritedSettingWithNull()
    {
        var parent = _folder.Variant("compares.json", d => d["compared"] = new JsonArray("lee", "roh"));
        var child = _folder.Write("lee-throughout.json", $$"""
            { "extends": "{{Path.GetFileName(parent)}}", "name": "lee-throughout", "compared": null, "counterfactuals": ["lee"] }
            """);

        var loaded = ScenarioLoader.Load(child);

        Assert.Null(loaded.Model.Compared);
        Assert.False(loaded.Document.ContainsKey("compared"));
        // Without null the inherited pair is refused, and the refusal says how to drop it.
        var kept = _folder.Write("keeps.json", $$"""{ "extends": "{{Path.GetFileName(parent)}}", "name": "keeps", "counterfactuals": ["lee"] }""");
        var problem = Assert.Throws<ScenarioException>(() => ScenarioLoader.Load(kept)).Problems.First(p => p.JsonPath.StartsWith("$.compared", StringComparison.Ordinal));
        Assert.Contains("\"compared\": null", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NullInAFileThatExtendsNothing_IsRefused()
    {
        var path = _folder.Variant("null-compared.json", d => d["compared"] = null);

        Assert.Contains(Assert.Throws<ScenarioException>(() => ScenarioLoader.Load(path)).Problems, p => p.JsonPath == "$.compared");
    }

    [Fact]
    public void EachSelectionRule_NeedsOnlyTheFieldsItReads_AndTheOthersAreNamedUnread()
    {
        var path = _folder.Variant("rules.json", d =>
        {
            d["regimes"]![0]!["selection"] = JsonNode.Parse("""{ "rule": "tullock", "exponent": { "value": 0.5, "source": "test" } }""");
            var lee = d["regimes"]![1]!["selection"]!.AsObject();
            lee.Remove("exponent");
        });

        var loaded = ScenarioLoader.Load(path);
        var reads = ModelReads.Of(loaded, loaded.Model.Modes());

        Assert.Equal(SelectionRuleKind.Tullock, loaded.Model.Regimes[0].Selection.Rule);
        Assert.Null(reads.Unread(ParameterPath.Parse("regimes[roh].selection.exponent")));
        Assert.Null(reads.Unread(ParameterPath.Parse("regimes[lee].selection.discretion")));
        // The baseline's scored regimes carry an exponent, which their rule does not read.
        var baseline = ScenarioLoader.Load(Repository.Scenario("baseline.json"));
        Assert.Equal("the regime 'roh' selects by the scored rule, which does not read selection.exponent",
            ModelReads.Of(baseline, baseline.Model.Modes()).Unread(ParameterPath.Parse("regimes[roh].selection.exponent")));
        // A rule still needs what it reads.
        var missing = _folder.Variant("no-exponent.json", d => d["regimes"]![0]!["selection"] = JsonNode.Parse("""{ "rule": "tullock" }"""));
        Assert.Contains(Assert.Throws<ScenarioException>(() => ScenarioLoader.Load(missing)).Problems,
            p => p.JsonPath.StartsWith("$.regimes[", StringComparison.Ordinal) && p.Message.Contains("exponent", StringComparison.Ordinal));
    }

    [Fact]
    public void AnAttributeTheSameInEveryRegion_IsNotedWhenSomethingWeighsIt()
    {
        var path = _folder.Variant("placeholder.json", d =>
        {
            var attribute = d["projects"]![0]!["criteria"]![0]!["signal"]!.GetValue<string>();
            foreach (var region in d["regions"]!.AsArray())
            {
                region!["values"]![attribute] = 1.0;
            }
        });

        var loaded = ScenarioLoader.Load(path);

        Assert.Contains(loaded.Notes, n => n.EndsWith("has the same value in every region, so its standard score is 0 everywhere (ODD §5) and the criteria and indices that weigh it change no result", StringComparison.Ordinal));
    }

    [Fact]
    public void AProblemInTheFileExtended_IsReportedAgainstThatFile()
    {
        var parent = _folder.Variant("bad-parent.json", d => d["projects"]![0]!["candidates"]!.AsArray().Insert(0, "seoull"));
        var child = _folder.Write("child.json", """{ "extends": "bad-parent.json", "name": "child" }""");

        var problem = Assert.Single(Assert.Throws<ScenarioException>(() => ScenarioLoader.Load(child)).Problems);

        Assert.Equal($"{parent} (as {child} extends it)", problem.File);
        Assert.StartsWith("unknown region 'seoull'", problem.Message, StringComparison.Ordinal);
        Assert.EndsWith("): did you mean 'seoul'?", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ANullInTheWhatIfsOwnList_IsReportedAgainstTheWhatIf_AsAMissingField()
    {
        var path = WhatIf("null-source.json", """
            "timeline": [ { "regime": "roh", "fromYear": 2003, "toYear": 2007, "source": null },
                          { "regime": "lee", "fromYear": 2008, "toYear": 2015, "source": "test" } ]
            """);

        var problem = Assert.Single(Assert.Throws<ScenarioException>(() => ScenarioLoader.Load(path)).Problems);

        Assert.Equal(path, problem.File);
        Assert.Equal("$.timeline[0]", problem.JsonPath);
        Assert.Contains("source", problem.Message, StringComparison.Ordinal);
    }

    private string WhatIf(string name, string fields) =>
        _folder.Write(name, $$"""{ "extends": "baseline.json", "name": "{{Path.GetFileNameWithoutExtension(name)}}", {{fields}} }""");
}
