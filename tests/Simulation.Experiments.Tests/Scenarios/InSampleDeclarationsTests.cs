using System.Text.Json.Nodes;
using Simulation.Experiments.Scenarios;

namespace Simulation.Experiments.Tests.Scenarios;

/// <summary>A parameter an in-sample declaration names must name a number in the file that declares it: anything else is a
/// mistake in that file, refused on loading with its JSON path, whatever the command.</summary>
public class InSampleDeclarationsTests
{
    [Theory]
    [InlineData("regimes[lee].tilt[alignmnt].weight", "no element of 'regimes[lee].tilt' is named 'alignmnt' (there are: equity, capacity, alignment, effort, jointBid)")]
    [InlineData("regimes[lee].name", "there is no number at 'regimes[lee].name' (it holds string)")]
    [InlineData("regimes[lee].tilt[alignment]", "is a list element, not a number")]
    [InlineData("regimes[lee]tilt", "should look like name[selector]")]
    [InlineData("seed", "name a number of the model sized from this outcome")]
    [InlineData("record[maglev].bids", "part of the historical record, which runs do not read")]
    public void APathThatNamesNoNumber_InAnExtendingFile_IsRefusedNamingThatFileAndThePath(string parameter, string fragment)
    {
        using var folder = new ScenarioFolder();
        var path = folder.Write("declares.json", $$"""
            { "extends": "baseline.json", "name": "declares",
              "record": [ { "project": "maglev", "year": 2007, "winners": ["incheon"], "bids": 4, "source": "what-if",
                "inSample": { "reason": "for the test", "parameters": ["regimes[roh].tilt[equity].weight", "{{parameter}}"] } } ] }
            """);

        var error = Assert.Throws<ScenarioException>(() => ScenarioLoader.Load(path));

        var problem = Assert.Single(error.Problems);
        Assert.Equal((path, "$.record[maglev].inSample.parameters[1]"), (problem.File, problem.JsonPath));
        Assert.Contains(fragment, problem.Message, StringComparison.Ordinal);
        Assert.Contains($"{path}: $.record[maglev].inSample.parameters[1]: '{parameter}'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void APathThatNamesNoNumber_InTheFileExtended_IsRefusedNamingThatFile()
    {
        using var folder = new ScenarioFolder();
        var parent = folder.Variant("baseline.json", d => d["patterns"]!["designationCounts"]![0]!["inSample"]!["parameters"]![0] = "programmes[specialDistricts].selection[equality].weight");
        var child = folder.Write("child.json", """{ "extends": "baseline.json", "name": "child" }""");

        var error = Assert.Throws<ScenarioException>(() => ScenarioLoader.Load(child));

        var problem = Assert.Single(error.Problems);
        Assert.Equal((parent, "$.patterns.designationCounts[specialDistrictsPerRegion].inSample.parameters[0]"), (problem.File, problem.JsonPath));
        Assert.Contains("no element of 'programmes[specialDistricts].selection' is named 'equality'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void APathThatNamesNoNumber_InAParsedDocument_IsRefused()
    {
        var document = (JsonObject)ScenarioLoader.Load(Repository.Scenario("baseline.json")).Document.DeepClone();
        document["record"]![2]!["inSample"]!["parameters"] = new JsonArray("behaviour.noSuchField");

        var error = Assert.Throws<ScenarioException>(() => ScenarioLoader.Parse(document.ToJsonString(), "edited"));

        Assert.Equal(("edited", "$.record[medicalComplex].inSample.parameters[0]"), (error.Problems[0].File, error.Problems[0].JsonPath));
    }

    [Theory]
    [InlineData("""{ "reason": "sized from it" }""", "$.record[2].inSample", "missing required field(s) [\"parameters\"]")]
    [InlineData("""{ "reason": "sized from it", "parameters": ["behaviour.damping"], "why": "typo" }""", "$.record[2].inSample.why", "unknown field 'why'")]
    [InlineData("""{ "reason": "sized from it", "parameters": ["behaviour.damping", "behaviour.damping"] }""", "$.record[2].inSample.parameters", "lists \"behaviour.damping\" twice")]
    [InlineData("3", "$.record[2].inSample", "an integer where an object or a string is expected")]
    public void AMalformedDeclaration_IsRefusedByTheSchema(string inSample, string jsonPath, string fragment)
    {
        using var folder = new ScenarioFolder();
        var path = folder.Variant("broken.json", d => d["record"]![2]!["inSample"] = JsonNode.Parse(inSample));

        var error = Assert.Throws<ScenarioException>(() => ScenarioLoader.Load(path));

        var problem = Assert.Single(error.Problems);
        Assert.Equal(jsonPath, problem.JsonPath);
        Assert.Contains(fragment, problem.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("sourced number", problem.Message, StringComparison.Ordinal);
    }
}
