using System.Text.Json.Nodes;
using Simulation.Experiments.Scenarios;

namespace Simulation.Experiments.Tests.Scenarios;

public class MalformedScenarioTests
{
    [Fact]
    public void BadJson_IsRejectedWithItsLine()
    {
        using var folder = new ScenarioFolder();
        var path = folder.Write("bad.json", "{\n  \"name\": \"x\",\n  \"seed\": ,\n}");

        var problem = Reject(path);

        Assert.Equal(path, problem.File);
        Assert.Contains("line 3", problem.JsonPath);
        Assert.Contains("not valid JSON", problem.Message);
        Assert.DoesNotContain("LineNumber", problem.Message); // the parser's own 0-based position would contradict line 3
    }

    [Theory]
    [InlineData("")]
    [InlineData("  \n\t\n")]
    public void AnEmptyFile_IsCalledEmpty_WithoutTheParsersInnerWords(string text)
    {
        using var folder = new ScenarioFolder();
        var path = folder.Write("empty.json", text);

        var problem = Reject(path);

        Assert.Contains("the file is empty", problem.Message);
        Assert.DoesNotContain("isFinalBlock", problem.Message);
    }

    [Fact]
    public void AnEmptySource_IsCalledEmpty() =>
        AssertRejected(d => d["money"]!["wonPerUsd"]!["source"] = "", "$.money.wonPerUsd.source", "is empty; write what it should say");

    [Theory]
    [InlineData(" ")]
    [InlineData("\t\n ")]
    [InlineData("\u00a0")]
    public void ASourceOfOnlyWhiteSpace_IsRefusedLikeAnEmptyOne(string blank) =>
        AssertRejected(d => d["money"]!["wonPerUsd"]!["source"] = blank, "$.money.wonPerUsd.source", "is only white space; write what it should say");

    [Theory]
    [InlineData("description", "$.description")]
    [InlineData("regionName", "$.regions[0].name")]
    [InlineData("unit", "$.attributes[0].unit")]
    [InlineData("recordSource", "$.record[0].source")]
    [InlineData("inSampleReason", "$.record[2].inSample.reason")]
    public void OtherRequiredTextsOfOnlyWhiteSpace_AreRefused_WithTheirPath(string field, string jsonPath) =>
        AssertRejected(d =>
        {
            switch (field)
            {
                case "description": d["description"] = "  "; break;
                case "regionName": d["regions"]![0]!["name"] = " "; break;
                case "unit": d["attributes"]![0]!["unit"] = "\t"; break;
                case "recordSource": d["record"]![0]!["source"] = " "; break;
                default: d["record"]![2]!["inSample"]!["reason"] = " "; break;
            }
        }, jsonPath, "is only white space; write what it should say");

    [Fact]
    public void AnEmptySource_IsOneProblem_NotOnePerRuleItBreaks()
    {
        using var folder = new ScenarioFolder();
        var path = folder.Variant("broken.json", d => d["money"]!["wonPerUsd"]!["source"] = "");

        var exception = Assert.Throws<ScenarioException>(() => ScenarioLoader.Load(path));

        Assert.Equal("is empty; write what it should say", Assert.Single(exception.Problems, p => p.JsonPath == "$.money.wonPerUsd.source").Message);
    }

    [Fact]
    public void AFractionWhereAWholeNumberIsExpected_IsQuoted() =>
        AssertRejected(d => d["replications"] = 20.5, "$.replications", "20.5 is not a whole number; an integer is expected");

    [Fact]
    public void AFractionWhereASourcedCountIsExpected_IsCalledNoWholeNumber_NotAMultipleOfOne() =>
        AssertRejected(d => d["projects"]![2]!["fundingYears"]!["value"] = 2.5, "$.projects[2].fundingYears.value", "2.5 is not a whole number; a whole number is expected");

    [Fact]
    public void ATrailingComma_IsNamed_WithoutTheParsersAdviceToItsProgrammer()
    {
        using var folder = new ScenarioFolder();
        var path = folder.Write("comma.json", "{\n  \"name\": \"x\",\n}");

        var problem = Reject(path);

        Assert.Contains("line 3", problem.JsonPath);
        Assert.Contains("trailing comma", problem.Message);
        Assert.DoesNotContain("reader options", problem.Message);
        Assert.DoesNotContain("mode", problem.Message);
    }

    [Fact]
    public void APartnershipMemberThatIsNoRegion_IsNamed_EvenWhenAProjectListsThePartnershipAsAConsortium() =>
        AssertRejected(d => d["partnerships"]![2]!["members"]![1] = "text", "$.partnerships[2].members[1]", "'text'");

    [Fact]
    public void AValueOutsideAnEnum_IsNamed_WithTheValuesItCanTake() =>
        AssertRejected(d => d["regimes"]![0]!["selection"]!["rule"] = "scord", "$.regimes[0].selection.rule", "\"scord\" is not one of \"scored\", \"tullock\"");

    [Fact]
    public void AnEligibleRegionWithoutApplications_IsNamed() =>
        AssertRejected(d => d["programmes"]![1]!["applications"]!["counts"]!.AsObject().Remove("chungbuk"), "$.programmes[1].applications.counts",
            "gives no count for chungbuk, which 'eligible' lists; give every eligible region its applications, 0 for one that did not apply");

    [Fact]
    public void AWhatIfThatExtendsTheBaseline_NarrowsAProgrammeByItsEligibleListAlone()
    {
        using var folder = new ScenarioFolder();
        var path = folder.Write("narrower.json", $$"""
            { "extends": "{{Path.Combine(Repository.Root, "scenarios", "baseline.json").Replace("\\", "/")}}", "name": "narrower",
              "programmes": [ { "id": "enterpriseCities", "eligible": ["gangwon", "chungbuk", "chungnam", "jeonbuk", "jeonnam"] } ] }
            """);

        var programme = ScenarioLoader.Load(path).Model.Programmes.Single(p => p.Id == "enterpriseCities");

        var gyeongnam = ScenarioLoader.Load(path).Model.Regions.ToList().FindIndex(r => r.Id == "gyeongnam");
        Assert.Equal(0, programme.CapOf(gyeongnam));
        Assert.Equal(3, programme.CapOf(ScenarioLoader.Load(path).Model.Regions.ToList().FindIndex(r => r.Id == "jeonnam")));
    }

    [Fact]
    public void ApplicationsOfAnUnknownRegion_AreNamed() =>
        AssertRejected(d => d["programmes"]![1]!["applications"]!["counts"]!["mars"] = 1, "$.programmes[1].applications.counts.mars", "unknown region 'mars'");

    [Fact]
    public void ANegativeApplicationCount_IsRefused() =>
        AssertRejected(d => d["programmes"]![1]!["applications"]!["counts"]!["gangwon"] = -1, "$.programmes[1].applications.counts.gangwon", "-1 should be at least 0");

    [Fact]
    public void MissingField_IsNamed() =>
        AssertRejected(d => d.Remove("seed"), "$", "seed");

    [Fact]
    public void AScenarioWithoutThePopulationAttribute_IsToldWhichAttributeItLacks() =>
        AssertRejected(d => d["attributes"]!.AsArray().Remove(d["attributes"]!.AsArray().Single(a => (string?)a!["id"] == "population")),
            "$.attributes", "lists no element with id 'population', which every scenario needs");

    [Fact]
    public void UnknownField_IsNamed() =>
        AssertRejected(d => d["behaviour"]!["dampning"] = 1, "$.behaviour.dampning", "unknown field 'dampning'");

    [Fact]
    public void WrongType_IsNamed() =>
        AssertRejected(d => d["replications"] = "many", "$.replications", "a string where an integer is expected");

    [Fact]
    public void ARegionValueOfTheWrongType_IsOneProblem_NamingBothForms()
    {
        using var folder = new ScenarioFolder();
        var path = folder.Variant("text.json", d => d["regions"]![0]!["values"]!["population"] = "21");

        var error = Assert.Throws<ScenarioException>(() => ScenarioLoader.Load(path));

        Assert.Equal("$.regions[0].values.population: a string where a number or an object is expected",
            Assert.Single(error.Problems) is var p ? $"{p.JsonPath}: {p.Message}" : null);
    }

    [Fact]
    public void APlainNumberWhereASourcedNumberIsExpected_SaysHowOneIsWritten() =>
        AssertRejected(d => d["regimes"]![0]!["tilt"]![0]!["weight"] = 0.6, "$.regimes[0].tilt[0].weight",
            "a number where an object is expected (a sourced number is written { \"value\": 0.5, \"source\": \"where it comes from\" })");

    [Fact]
    public void AnIndexWhoseEveryComponentWeighs0_IsRefused_NamingIt() =>
        AssertRejected(d =>
        {
            foreach (var component in d["indices"]!.AsArray().Single(x => (string?)x!["id"] == "gateway")!["components"]!.AsArray())
            {
                component!["weight"] = 0;
            }
        }, "$.indices[3].components", "every component of index 'gateway' weighs 0");

    [Fact]
    public void AnIndexWithOneComponentAt0_IsRead_ItsOtherComponentAlone()
    {
        using var folder = new ScenarioFolder();
        var path = folder.Variant("air-only.json", d => d["indices"]!.AsArray().Single(x => (string?)x!["id"] == "gateway")!["components"]![1]!["weight"] = 0);

        var gateway = ScenarioLoader.Load(path).Model.Indices.Single(x => x.Id == "gateway");

        Assert.True(gateway.HasWeight);
        Assert.Equal([0.5, 0.0], gateway.Components.Select(c => c.Weight));
    }

    [Fact]
    public void WeightOutOfRange_IsNamed() =>
        AssertRejected(d => d["regimes"]![0]!["tilt"]![0]!["weight"]!["value"] = 11, "$.regimes[0].tilt[0].weight.value", "10");

    [Fact]
    public void ParameterWithoutSource_IsRejected() =>
        AssertRejected(d => d["nationalFund"]!["growthRatePerYear"]!.AsObject().Remove("source"), "$.nationalFund.growthRatePerYear", "source");

    [Fact]
    public void UnknownRegion_IsNamed() =>
        AssertRejected(d => d["projects"]![0]!["candidates"]!.AsArray().Add("pyongyang"), "$.projects[0].candidates[4]", "unknown region 'pyongyang'");

    [Fact]
    public void UnknownSignal_IsNamed() =>
        AssertRejected(d => d["projects"]![1]!["criteria"]![0]!["signal"] = "charisma", "$.projects[1].criteria[0].signal", "unknown signal 'charisma'");

    [Fact]
    public void TimelineWithAGap_IsRejected() =>
        AssertRejected(d => d["timeline"]![1]!["fromYear"] = 2009, "$.timeline", "no regime is in force in 2008");

    [Fact]
    public void TimelineWithAnOverlap_IsRejected_AsAnOverlapOnly_NotAsGapsInTheYearsAfterIt()
    {
        using var folder = new ScenarioFolder();
        var path = folder.Variant("broken.json", d => d["timeline"]![1]!["fromYear"] = 2007);

        var problems = Assert.Throws<ScenarioException>(() => ScenarioLoader.Load(path)).Problems;

        var problem = Assert.Single(problems);
        Assert.Equal("$.timeline[1]", problem.JsonPath);
        Assert.Equal("year 2007 is covered twice (overlapping timeline entries)", problem.Message);
    }

    [Fact]
    public void TimelineEntryReachingBeforeTheHorizon_IsRejected_WithoutGapsInTheYearsItCovers()
    {
        using var folder = new ScenarioFolder();
        var path = folder.Variant("broken.json", d => d["timeline"]![0]!["fromYear"] = 2001);

        var problems = Assert.Throws<ScenarioException>(() => ScenarioLoader.Load(path)).Problems;

        var problem = Assert.Single(problems);
        Assert.Equal("$.timeline[0]", problem.JsonPath);
        Assert.Equal("years 2001–2002 are outside the horizon 2003–2015", problem.Message);
    }

    [Fact]
    public void ARegimeListedTwiceAsACounterfactual_IsNamedWithItsValue_NotOnlyByPositions() =>
        AssertRejected(d => d["counterfactuals"] = new JsonArray("roh", "roh"), "$.counterfactuals",
            "lists \"roh\" twice (items 0 and 1, counting from 0); each may appear once");

    [Fact]
    public void AScenarioNameOfTheWrongForm_IsRejectedShowingTheFormRequired() =>
        AssertRejected(d => d["name"] = "../../etc/x", "$.name", "\"../../etc/x\" is not allowed: a name starts with a letter or digit");

    [Theory]
    [InlineData("scenario.schema.json")]
    [InlineData("experiment.schema.json")]
    public void EveryPatternOfTheSchemas_HasItsFormInWords(string schema)
    {
        var text = File.ReadAllText(Repository.Scenario(schema));
        var patterns = System.Text.RegularExpressions.Regex.Matches(text, "\"pattern\":\\s*\"((?:[^\"\\\\]|\\\\.)*)\"")
            .Select(m => System.Text.Json.JsonSerializer.Deserialize<string>($"\"{m.Groups[1].Value}\"")!).Distinct().ToList();

        Assert.NotEmpty(patterns);
        Assert.All(patterns, p => Assert.Contains(p, NamePatterns.Known));
    }

    [Fact]
    public void AFieldNameOfTheWrongForm_IsNamedAsTheName_NotItsValue() =>
        AssertRejected(d => d["regions"]![0]!["values"]!["Bad Key"] = 3, "$.regions[0].values.Bad Key", "the field name 'Bad Key' is not allowed: an id starts with a lower-case letter");

    [Fact]
    public void TimelineWithAnUnknownRegime_IsRejected() =>
        AssertRejected(d => d["timeline"]![1]!["regime"] = "park", "$.timeline[1].regime", "unknown regime 'park'");

    [Fact]
    public void DuplicateId_IsRejected() =>
        AssertRejected(d => d["regions"]![1]!["id"] = "seoul", "$.regions[1].id", "duplicate id 'seoul'");

    [Fact]
    public void MissingAttributeValue_IsNamed() =>
        AssertRejected(d => d["regions"]![2]!["values"]!.AsObject().Remove("rdShare2007"), "$.regions[2].values", "rdShare2007");

    [Fact]
    public void EffortInAnAllocation_IsRejected() =>
        AssertRejected(d => d["regimes"]![0]!["fund"]!["allocation"]![0]!["signal"] = "effort", "$.regimes[0].fund.allocation[0].signal", "cannot steer");

    [Fact]
    public void ACallsPointsGivenAsACriterionsWeight_AreRejected_SayingWhatAWeightMeasures() =>
        AssertRejected(d => d["projects"]![0]!["criteria"]![0]!["weight"]!["value"] = 40, "$.projects[0].criteria[0].weight.value",
            "40 should be at most 10 (a weight is in score units per standard deviation of its signal, not points of a call: the baseline's run from 0.1 to 1");

    [Fact]
    public void AMisspeltDistribution_IsNamed_WithoutAskingForTheFieldsOfAnotherShape()
    {
        using var folder = new ScenarioFolder();
        var path = folder.Variant("broken.json", d => d["behaviour"]!["damping"] = JsonNode.Parse("""
            { "value": 0.5, "source": "test", "prior": { "distrubution": "uniform", "min": 0.1, "max": 0.9 } }
            """));

        var problems = Assert.Throws<ScenarioException>(() => ScenarioLoader.Load(path)).Problems;

        Assert.Equal(["missing required field(s) [\"distribution\"]", "unknown field 'distrubution' (check the spelling)"], problems.Select(p => p.Message));
    }

    [Fact]
    public void AFundStartedAfterTheHorizon_IsRejected_NotLeftToPayNothing() =>
        AssertRejected(d => d["nationalFund"]!["startYear"] = 2030, "$.nationalFund.startYear", "after the horizon 2003–2015, so the fund would never pay out");

    [Fact]
    public void APartnershipFromAfterTheHorizon_IsRejected_UnlessAProjectNamesItAConsortium()
    {
        // No project names it a consortium: it would never bid as one.
        AssertRejected(d =>
        {
            d["partnerships"]![0]!["fromYear"] = 2016;
            d["projects"]!.AsArray().Single(p => (string?)p!["id"] == "medicalComplex")!.AsObject().Remove("consortia");
        }, "$.partnerships[0].fromYear", "so the partnership would never bid jointly");
        // The Medical Complex names it: there it bids as one whatever its first year, so the year only shuts off other teaming.
        using var folder = new ScenarioFolder();
        Assert.NotNull(ScenarioLoader.Load(folder.Variant("consortium.json", d => d["partnerships"]![0]!["fromYear"] = 2016)));
    }

    [Theory]
    [InlineData(2020)]
    [InlineData(2002)]
    public void APlannedClusterStartingOutsideTheHorizon_IsRejected(int year) =>
        AssertRejected(d => d["ownClusters"]!["planned"]![0]!["startYear"] = year, "$.ownClusters.planned[0].startYear", $"year {year} is outside the horizon 2003–2015");

    [Fact]
    public void ProjectOutsideTheHorizon_IsRejected() =>
        AssertRejected(d => d["projects"]![0]!["year"] = 2030, "$.projects[0].year", "outside the horizon");

    [Fact]
    public void ZeroPrize_IsRejected() =>
        AssertRejected(d => d["projects"]![2]!["prizeValuePerWinnerBillionWon"]!["value"] = 0, "$.projects[2].prizeValuePerWinnerBillionWon.value", "must be positive");

    [Fact]
    public void ExtendsCycle_IsRejected()
    {
        using var folder = new ScenarioFolder();
        folder.Write("a.json", """{ "extends": "b.json", "name": "a" }""");
        var b = folder.Write("b.json", """{ "extends": "a.json", "name": "b" }""");

        var problem = Reject(b);

        Assert.Contains("cycle", problem.Message);
    }

    [Fact]
    public void ExtendsMissingFile_IsRejected()
    {
        using var folder = new ScenarioFolder();
        var path = folder.Write("orphan.json", """{ "extends": "nowhere.json", "name": "orphan" }""");

        var problem = Reject(path);

        Assert.Equal("$.extends", problem.JsonPath);
        Assert.Contains("nowhere.json", problem.Message);
        // A relative path is read from the extending file's folder, which the message names (not where regsim runs).
        Assert.EndsWith($"('nowhere.json' is read from the folder of the file that extends it, {Path.GetFullPath(folder.Path)})", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ErrorInAnExtendingFile_NamesThatFile()
    {
        using var folder = new ScenarioFolder();
        var path = folder.Write("child.json", """{ "extends": "baseline.json", "name": "child", "seeed": 3 }""");

        var problem = Reject(path);

        Assert.Equal(path, problem.File);
        Assert.Equal("$.seeed", problem.JsonPath);
    }

    private static void AssertRejected(Action<JsonObject> change, string jsonPath, string fragment)
    {
        using var folder = new ScenarioFolder();
        var path = folder.Variant("broken.json", change);

        var exception = Assert.Throws<ScenarioException>(() => ScenarioLoader.Load(path));

        Assert.Contains(exception.Problems, p => p.File.StartsWith(path, StringComparison.Ordinal) && p.JsonPath == jsonPath && p.Message.Contains(fragment, StringComparison.Ordinal));
        Assert.Contains(path, exception.Message);
    }

    private static ScenarioProblem Reject(string path) =>
        Assert.Throws<ScenarioException>(() => ScenarioLoader.Load(path)).Problems[0];
}
