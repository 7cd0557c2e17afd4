using Simulation.Core.Regimes;
using Simulation.Core.Signals;
using Simulation.Experiments.Scenarios;

namespace Simulation.Experiments.Tests.Scenarios;

public class ScenarioLoaderTests
{
    [Fact]
    public void Baseline_LoadsWithTheFiguresOfThePaper()
    {
        var scenario = ScenarioLoader.Load(Repository.Scenario("baseline.json")).Model;

        Assert.Equal(16, scenario.Regions.Count);
        Assert.Equal(["maglev", "robotLand", "medicalComplex"], scenario.Projects.Select(p => p.Id));
        Assert.Equal(["roh", "lee"], scenario.Regimes.Select(r => r.Id));
        Assert.Equal(5.5, scenario.Fund.InitialBillionUsd);
        Assert.Equal(0.085, scenario.Fund.GrowthRatePerYear);
        Assert.Equal(2004, scenario.Fund.StartYear);
        var daegu = scenario.Regions.Single(r => r.Id == "daegu");
        Assert.Equal(10.57, daegu.Values[scenario.GrdpPerCapitaAttribute]);
        Assert.False(daegu.CapitalRegion);
        Assert.True(scenario.Regions.Single(r => r.Id == "incheon").CapitalRegion);
        Assert.Equal(0, scenario.Timeline.RegimeAt(2007));
        Assert.Equal(1, scenario.Timeline.RegimeAt(2008));
        Assert.Equal(2, scenario.Projects.Single(p => p.Id == "medicalComplex").Winners);
        Assert.Equal(["timeline", "roh", "lee"], scenario.Modes().Select(m => m.Label));
    }

    public static TheoryData<string> ScenarioFiles() =>
        [.. Directory.GetFiles(Path.Combine(Repository.Root, "scenarios"), "*.json")
            .Where(f => !f.EndsWith(".schema.json", StringComparison.Ordinal)).Select(Path.GetFileName).OfType<string>()];

    [Theory]
    [MemberData(nameof(ScenarioFiles))]
    public void EveryScenarioOfTheRepository_Loads(string file) =>
        Assert.NotEmpty(ScenarioLoader.Load(Repository.Scenario(file)).Model.Regions);

    [Fact]
    public void Counterfactuals_RunOneRegimeOverTheWholeHorizon()
    {
        var roh = ScenarioLoader.Load(Repository.Scenario("roh-only.json")).Model;
        var lee = ScenarioLoader.Load(Repository.Scenario("lee-only.json")).Model;

        Assert.All(Enumerable.Range(2003, 13), y => Assert.Equal(0, roh.Timeline.RegimeAt(y)));
        Assert.All(Enumerable.Range(2003, 13), y => Assert.Equal(1, lee.Timeline.RegimeAt(y)));
        Assert.Empty(roh.Counterfactuals);
        Assert.Equal([RegimeMode.Timeline], roh.Modes());
    }

    [Fact]
    public void Extends_OverridesOnlyWhatItNames()
    {
        var baseline = ScenarioLoader.Load(Repository.Scenario("baseline.json"));
        var smoke = ScenarioLoader.Load(Repository.Scenario("smoke.json"));

        Assert.Equal(20, smoke.Model.Replications);
        Assert.Equal("smoke", smoke.Model.Name);
        var withoutChanged = (System.Text.Json.Nodes.JsonObject)smoke.Document.DeepClone();
        withoutChanged["replications"] = baseline.Document["replications"]!.DeepClone();
        withoutChanged["name"] = baseline.Document["name"]!.DeepClone();
        withoutChanged["description"] = baseline.Document["description"]!.DeepClone();
        Assert.True(System.Text.Json.Nodes.JsonNode.DeepEquals(baseline.Document, withoutChanged));
        Assert.Equal(2, smoke.Files.Count);
        Assert.Equal(64, smoke.File.Sha256.Length);
    }

    [Fact]
    public void Extends_MergesCriteriaBySignal()
    {
        using var folder = new ScenarioFolder();
        var path = folder.Write("what-if.json", """
            { "extends": "baseline.json", "name": "what-if",
              "regimes": [ { "id": "lee", "tilt": [ { "signal": "equity", "weight": { "value": 2.5, "source": "assumption" } } ] } ] }
            """);

        var scenario = ScenarioLoader.Load(path).Model;
        var lee = scenario.Regimes.Single(r => r.Id == "lee");
        var equity = scenario.Indices.ToList().FindIndex(i => i.Id == "equity");

        Assert.Equal(2.5, lee.Tilt.Single(c => c.Signal == new Signal(SignalKind.Index, equity)).Weight);
        Assert.Contains(lee.Tilt, c => c.Signal.Kind == SignalKind.Alignment);
    }

    [Fact]
    public void Extends_MergesFundZonesByZone_SoOneShareChangesAndTheOtherZonesStay()
    {
        using var folder = new ScenarioFolder();
        var path = folder.Write("capital-zone-low.json", """
            { "extends": "baseline.json", "name": "capital-zone-low",
              "regimes": [ { "id": "lee", "fund": { "zones": [ { "zone": "capital", "share": { "value": 0.1, "source": "assumption" } } ] } } ] }
            """);
        var baseline = ScenarioLoader.Load(Repository.Scenario("baseline.json")).Model.Regimes.Single(r => r.Id == "lee").Fund.Zones;

        var zones = ScenarioLoader.Load(path).Model.Regimes.Single(r => r.Id == "lee").Fund.Zones;

        // Shares are scaled to add up to one when the scenario loads, so compare them by their ratios to one zone's.
        double Ratio(IReadOnlyList<FundZone> list, string id) => list.Single(z => z.Id == id).Share / list.Single(z => z.Id == "dongnam").Share;
        Assert.Equal(baseline.Select(z => z.Id), zones.Select(z => z.Id));
        Assert.Equal(0.1 / 0.1613, Ratio(zones, "capital"), 12); // dongnam's share as the baseline gives it
        Assert.All(baseline.Where(z => z.Id != "capital"), z => Assert.Equal(Ratio(baseline, z.Id), Ratio(zones, z.Id), 12));
    }

    [Fact]
    public void NewProjectAndAttribute_NeedOnlyAScenarioFile()
    {
        using var folder = new ScenarioFolder();
        var baseline = folder.Baseline();
        var regions = baseline["regions"]!.AsArray();
        baseline["attributes"]!.AsArray().Add(System.Text.Json.Nodes.JsonNode.Parse("""{ "id": "coastline", "unit": "km", "source": "assumption" }"""));
        foreach (var region in regions)
        {
            region!["values"]!["coastline"] = 100;
        }
        baseline["projects"]!.AsArray().Add(System.Text.Json.Nodes.JsonNode.Parse("""
            { "id": "port", "name": "New port", "year": 2010, "winners": 1,
              "prizeValuePerWinnerBillionWon": { "value": 500, "source": "assumption" },
              "nationalFundingPerWinnerBillionWon": { "value": 300, "source": "assumption" },
              "candidates": ["busan", "incheon", "jeonnam"], "jointBids": false,
              "criteria": [ { "signal": "coastline", "weight": { "value": 1, "source": "assumption" } } ],
              "source": "assumption" }
            """));
        var path = folder.Write("new-project.json", baseline.ToJsonString());

        var scenario = ScenarioLoader.Load(path).Model;

        Assert.Equal("port", scenario.Projects[^1].Id);
        Assert.Equal(scenario.AttributeIndex("coastline"), scenario.Projects[^1].Criteria[0].Signal.Index);
    }

    [Fact]
    public void AnExtendingFile_ThatNamesAnElementTwice_IsRejected_NotMergedIntoOne()
    {
        using var folder = new ScenarioFolder();
        var path = folder.Write("twice.json", """
            { "extends": "baseline.json", "name": "twice",
              "projects": [ { "id": "maglev", "year": 2008 }, { "id": "robotLand" }, { "id": "maglev", "year": 2012 } ] }
            """);

        var error = Assert.Throws<ScenarioException>(() => ScenarioLoader.Load(path));

        Assert.Contains("$.projects[2].id: duplicate id 'maglev'", error.Message);
        Assert.Contains("twice.json", error.Message);
    }

    [Fact]
    public void AnAttributeNamedLikeABuiltInSignal_IsRejected_SinceCriteriaWouldReadTheBuiltIn()
    {
        using var folder = new ScenarioFolder();
        var path = folder.Variant("clash.json", d =>
        {
            d["attributes"]!.AsArray().Add(System.Text.Json.Nodes.JsonNode.Parse("""{ "id": "capitalRegion", "unit": "flag", "source": "assumption" }"""));
            foreach (var region in d["regions"]!.AsArray())
            {
                region!["values"]!["capitalRegion"] = 0;
            }
        });

        var error = Assert.Throws<ScenarioException>(() => ScenarioLoader.Load(path));

        Assert.Contains("$.attributes[12].id: the attribute id 'capitalRegion' is a built-in signal's name", error.Message);
    }

    [Fact]
    public void Comments_AreIgnored_AsScenarioFormatSays_ButATrailingCommaIsRefused()
    {
        using var folder = new ScenarioFolder();
        var commented = folder.Write("commented.json", """
            { "extends": "baseline.json", "name": "commented", // a what-if
              /* the seed only */ "seed": 7 }
            """);

        Assert.Equal(7UL, ScenarioLoader.Load(commented).Model.Seed);
        var trailing = folder.Write("trailing.json", """{ "extends": "baseline.json", "name": "trailing", "seed": 7, }""");
        Assert.Contains("not valid JSON", Assert.Throws<ScenarioException>(() => ScenarioLoader.Load(trailing)).Message);
    }

    [Fact]
    public void AMisspeltRegionIdInAnExtendingFile_IsSaidToMatchNoRegion_NotOnlyToLackFields()
    {
        using var folder = new ScenarioFolder();
        var path = folder.Write("typo.json", """
            { "extends": "baseline.json", "name": "typo", "regions": [ { "id": "seol", "values": { "population": 9800 } } ] }
            """);

        var error = Assert.Throws<ScenarioException>(() => ScenarioLoader.Load(path));

        Assert.Contains(error.Problems, p => p.JsonPath == "$.regions[seol]" && p.Message.Contains("missing required field(s)", StringComparison.Ordinal)
            && p.Message.Contains("'seol' matches no element of regions in the files it extends, so it is read as a new one", StringComparison.Ordinal));
        Assert.NotNull(ScenarioLoader.Load(folder.Write("right.json", File.ReadAllText(path).Replace("seol", "seoul"))));
        // A list with no key (the timeline) replaces the parent's whole: an entry lacking a field is not a new element.
        var timeline = folder.Write("timeline.json", """
            { "extends": "baseline.json", "name": "timeline", "timeline": [ { "regime": "roh", "fromYear": 2003, "toYear": 2015 } ] }
            """);
        var missing = Assert.Throws<ScenarioException>(() => ScenarioLoader.Load(timeline));
        Assert.Contains(missing.Problems, p => p.Message.Contains("missing required field(s)", StringComparison.Ordinal));
        Assert.DoesNotContain(missing.Problems, p => p.Message.Contains("matches no element", StringComparison.Ordinal));
    }

    [Fact]
    public void AValueOutsideItsOwnPrior_IsRejected_NamingItsPath()
    {
        using var folder = new ScenarioFolder();
        var path = folder.Write("outside.json", """
            { "extends": "baseline.json", "name": "outside",
              "behaviour": { "damping": { "value": 0.9, "source": "assumption", "prior": { "distribution": "uniform", "min": 0.2, "max": 0.8 } } } }
            """);

        var error = Assert.Throws<ScenarioException>(() => ScenarioLoader.Load(path));

        Assert.Contains("$.behaviour.damping.value: 0.9 lies outside its prior's range 0.2–0.8", error.Message);
        Assert.NotNull(ScenarioLoader.Load(folder.Write("inside.json", File.ReadAllText(path).Replace("0.9", "0.8"))));
    }

    [Fact]
    public void APriorWhoseMaxIsBelowItsMin_IsRejectedForEveryCommand_NamingItsMax()
    {
        using var folder = new ScenarioFolder();
        var path = folder.Write("upside-down.json", """
            { "extends": "baseline.json", "name": "upside-down",
              "behaviour": { "damping": { "value": 0.5, "source": "assumption", "prior": { "distribution": "uniform", "min": 0.8, "max": 0.2 } } } }
            """);

        var error = Assert.Throws<ScenarioException>(() => ScenarioLoader.Load(path));

        Assert.Contains("$.behaviour.damping.prior.max: 0.2 is below the prior's min 0.8", error.Message);
    }

    [Fact]
    public void APriorOfNoWidth_IsRejected_SayingHowToFixTheValueInstead()
    {
        using var folder = new ScenarioFolder();
        var path = folder.Write("pinned.json", """
            { "extends": "baseline.json", "name": "pinned",
              "behaviour": { "damping": { "value": 0.5, "source": "assumption", "prior": { "distribution": "uniform", "min": 0.5, "max": 0.5 } } } }
            """);

        var error = Assert.Throws<ScenarioException>(() => ScenarioLoader.Load(path));

        Assert.Contains("$.behaviour.damping.prior.max: 0.5 equals the prior's min: a prior of no width leaves nothing uncertain; remove the prior", error.Message);
    }

    [Theory]
    [InlineData("log1p", -50, "index 'gateway' through 'log1p', which needs a value at least 0")]
    [InlineData("log", 0, "index 'gateway' through 'log', which needs a value above 0")]
    public void ARegionValueOutsideItsTransformsDomain_IsRejected_NamingTheValueAndTheIndex(string transform, double value, string fragment)
    {
        using var folder = new ScenarioFolder();
        var path = folder.Variant("domain.json", d =>
        {
            var gateway = d["indices"]!.AsArray().Single(x => x!["id"]!.GetValue<string>() == "gateway")!;
            var airports = gateway["components"]!.AsArray().Single(c => c!["attribute"]!.GetValue<string>() == "intlAirPassengers2006")!;
            airports["transform"] = transform;
            d["regions"]![0]!["values"]!["intlAirPassengers2006"] = value;
        });

        var error = Assert.Throws<ScenarioException>(() => ScenarioLoader.Load(path));

        Assert.Contains(error.Problems, p => p.JsonPath == "$.regions[0].values.intlAirPassengers2006" && p.Message.Contains(fragment, StringComparison.Ordinal));
    }

    [Fact]
    public void AProblemFoundAfterMerging_NamesListElementsByKey_SinceTheirPositionsMatchNoFile()
    {
        using var folder = new ScenarioFolder();
        var path = folder.Write("late.json", """
            { "extends": "baseline.json", "name": "late",
              "projects": [ { "id": "robotLand", "year": 2030 } ] }
            """);

        var error = Assert.Throws<ScenarioException>(() => ScenarioLoader.Load(path));

        Assert.Contains("$.projects[robotLand].year: year 2030 is outside the horizon", error.Message);
        Assert.DoesNotContain("$.projects[1]", error.Message);
    }

    [Theory]
    [InlineData("$.regions[2].values.x", "$.regions[c].values.x")]
    [InlineData("$.projects[0].criteria[1].weight", "$.projects[p].criteria[s2].weight")]
    [InlineData("$.timeline[1].regime", "$.timeline[1].regime")]
    [InlineData("$.regions[9].values", "$.regions[9].values")]
    [InlineData("$.same[1]", "$.same[1]")]
    [InlineData("$", "$")]
    public void KeyedPaths_NameAnElementByItsUniqueKey_AndKeepTheRestAsItWas(string path, string keyed)
    {
        var root = System.Text.Json.Nodes.JsonNode.Parse("""
            { "regions": [ { "id": "a" }, { "id": "b" }, { "id": "c", "values": { "x": 1 } } ],
              "projects": [ { "id": "p", "criteria": [ { "signal": "s1" }, { "signal": "s2" } ] } ],
              "timeline": [ { "regime": "r" }, { "regime": "r" } ],
              "same": [ { "id": "d" }, { "id": "d" } ] }
            """)!;

        Assert.Equal(keyed, KeyedPaths.Rewrite(path, root));
    }

    [Fact]
    public void ARecordNamingAnUnknownRegion_IsRefusedOnLoading_NotOnlyWhenScored()
    {
        using var folder = new ScenarioFolder();
        var path = folder.Variant("atlantis.json", s => s["record"]![1]!["winners"]![1] = "atlantis");

        var error = Assert.Throws<ScenarioException>(() => ScenarioLoader.Load(path));

        Assert.Contains("$.record[robotLand].winners[1]: no region 'atlantis' in the scenario", error.Message);
    }

    [Fact]
    public void AFileSavedWithAByteOrderMark_Loads_AndKeepsTheHashOfItsBytes()
    {
        using var folder = new ScenarioFolder();
        var bytes = System.Text.Encoding.UTF8.Preamble.ToArray().Concat(File.ReadAllBytes(Repository.Scenario("baseline.json"))).ToArray();
        var path = System.IO.Path.Combine(folder.Path, "bom.json");
        File.WriteAllBytes(path, bytes);

        var scenario = ScenarioLoader.Load(path);

        Assert.Equal(16, scenario.Model.Regions.Count);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)), scenario.File.Sha256);
    }

    [Fact]
    public void AFolderGivenAsTheScenario_IsNamedAsAFolder()
    {
        using var folder = new ScenarioFolder();

        var error = Assert.Throws<ScenarioException>(() => ScenarioLoader.Load(folder.Path));

        Assert.Contains("is a folder", error.Message);
    }

    [Fact]
    public void AFileThatIsNotUtf8_IsRefusedSayingSo_NotReadAsReplacementCharacters()
    {
        using var folder = new ScenarioFolder();
        var text = File.ReadAllBytes(Repository.Scenario("smoke.json"));
        var at = Array.IndexOf(text, (byte)'s', Array.IndexOf(text, (byte)'"', Array.IndexOf(text, (byte)'d'))); // inside a string value
        var bytes = text[..at].Concat(new byte[] { 0xFF, 0xFE }).Concat(text[at..]).ToArray();
        var path = System.IO.Path.Combine(folder.Path, "latin1.json");
        File.WriteAllBytes(path, bytes);

        var error = Assert.Throws<ScenarioException>(() => ScenarioLoader.Load(path));

        Assert.Contains($"latin1.json: $: is not UTF-8 text at byte {at}", error.Message);
    }

    [Theory]
    [InlineData("utf-16-le")]
    [InlineData("utf-16-le with mark")]
    [InlineData("utf-16-be with mark")]
    public void AFileSavedAsUtf16_IsSaidToBeUtf16_NotAParsersComplaintAboutAZeroByte(string encoding)
    {
        using var folder = new ScenarioFolder();
        var text = File.ReadAllText(Repository.Scenario("smoke.json"));
        var bytes = encoding switch
        {
            "utf-16-le" => System.Text.Encoding.Unicode.GetBytes(text),
            "utf-16-le with mark" => [.. System.Text.Encoding.Unicode.Preamble, .. System.Text.Encoding.Unicode.GetBytes(text)],
            _ => [.. System.Text.Encoding.BigEndianUnicode.Preamble, .. System.Text.Encoding.BigEndianUnicode.GetBytes(text)],
        };
        var path = System.IO.Path.Combine(folder.Path, "unicode.json");
        File.WriteAllBytes(path, bytes);

        var error = Assert.Throws<ScenarioException>(() => ScenarioLoader.Load(path));

        Assert.Contains("unicode.json: $: looks like UTF-16 text (it holds zero bytes, or starts with UTF-16's byte-order mark), not UTF-8: save it as UTF-8", error.Message);
    }

    [Fact]
    public void ExtendingAFolder_IsNamedAsAFolder_NotAsMissing()
    {
        using var folder = new ScenarioFolder();
        Directory.CreateDirectory(System.IO.Path.Combine(folder.Path, "parent.json"));
        var child = folder.Write("child.json", """{ "extends": "parent.json", "name": "child" }""");

        var error = Assert.Throws<ScenarioException>(() => ScenarioLoader.Load(child));

        Assert.Contains("$.extends: the file it extends", error.Message);
        Assert.Contains("is a folder, not a scenario file", error.Message);
    }
}
