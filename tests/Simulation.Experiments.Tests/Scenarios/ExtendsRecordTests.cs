using System.Text.Json.Nodes;
using Simulation.Experiments.Scenarios;

namespace Simulation.Experiments.Tests.Scenarios;

/// <summary>A what-if changes one recorded competition by its project, and one pattern by its id, naming only what changes
/// (docs/scenario-format.md, <c>record</c>): the parent's other fields, entries and patterns stay.</summary>
public class ExtendsRecordTests
{
    [Fact]
    public void ARecordEntry_ChangedByItsProject_KeepsTheParentsOtherFieldsAndEntries()
    {
        using var folder = new ScenarioFolder();
        var path = folder.Write("daegu-maglev.json", """
            { "extends": "baseline.json", "name": "daegu-maglev", "record": [ { "project": "maglev", "winners": ["daegu"] } ] }
            """);
        var parent = folder.Baseline()["record"]!.AsArray();

        var record = ScenarioLoader.Load(path).Document["record"]!.AsArray();

        Assert.Equal(parent.Select(e => (string?)e!["project"]), record.Select(e => (string?)e!["project"]));
        var maglev = record.Single(e => (string?)e!["project"] == "maglev")!;
        var before = parent.Single(e => (string?)e!["project"] == "maglev")!;
        Assert.Equal(["daegu"], maglev["winners"]!.AsArray().Select(w => (string?)w));
        Assert.Equal(((int)before["year"]!, (int)before["bids"]!, (string?)before["source"]), ((int)maglev["year"]!, (int)maglev["bids"]!, (string?)maglev["source"]));
        Assert.All(record.Where(e => (string?)e!["project"] != "maglev"),
            e => Assert.True(JsonNode.DeepEquals(e, parent.Single(p => (string?)p!["project"] == (string?)e!["project"]))));
    }

    [Fact]
    public void PatternEntries_ChangedByTheirId_KeepTheParentsOtherFields()
    {
        using var folder = new ScenarioFolder();
        var path = folder.Write("patterns.json", """
            { "extends": "baseline.json", "name": "patterns",
              "patterns": { "grades": [ { "id": "medicalComplexGrades", "project": "medicalComplex" } ],
                            "designationCounts": [ { "id": "specialDistrictsPerRegion", "counts": { "chungnam": 10 } } ] } }
            """);
        var parent = folder.Baseline()["patterns"]!;

        var patterns = ScenarioLoader.Load(path).Document["patterns"]!;

        var grades = patterns["grades"]!.AsArray().Single()!;
        Assert.True(JsonNode.DeepEquals(parent["grades"]![0], grades));
        var counts = patterns["designationCounts"]!.AsArray().Single()!["counts"]!.AsObject();
        var parentCounts = parent["designationCounts"]![0]!["counts"]!.AsObject();
        Assert.Equal(10, (int)counts["chungnam"]!); // a region the parent's pattern leaves out
        Assert.Equal(parentCounts.Count + 1, counts.Count);
        Assert.All(parentCounts, c => Assert.Equal((int)c.Value!, (int)counts[c.Key]!));
        Assert.True(JsonNode.DeepEquals(parent["noDesignation"], patterns["noDesignation"]));
    }

    [Theory]
    [InlineData("""{ "record": [ { "project": "maglevv", "winners": ["daegu"] } ] }""", "$.record[maglevv]", "\"year\"", "record")]
    [InlineData("""{ "patterns": { "grades": [ { "id": "maglevGrades", "project": "maglev" } ] } }""", "$.patterns.grades[maglevGrades]", "\"grades\"", "patterns.grades")]
    public void ANewEntryLackingFields_IsRefused_NamingTheExtendingFileAndTheEntry(string change, string jsonPath, string field, string list)
    {
        using var folder = new ScenarioFolder();
        var document = JsonNode.Parse(change)!.AsObject();
        document["extends"] = "baseline.json";
        document["name"] = "new-entry";
        var path = folder.Write("new-entry.json", document.ToJsonString());

        var problem = Assert.Single(Assert.Throws<ScenarioException>(() => ScenarioLoader.Load(path)).Problems);

        Assert.Equal((path, jsonPath), (problem.File, problem.JsonPath));
        Assert.StartsWith("missing required field(s)", problem.Message, StringComparison.Ordinal);
        Assert.Contains(field, problem.Message, StringComparison.Ordinal);
        Assert.Contains($"matches no element of {list} in the files it extends", problem.Message, StringComparison.Ordinal);
        var key = jsonPath[(jsonPath.LastIndexOf('[') + 1)..^1];
        // A key one or two edits from an element of the parent's list is offered as what was meant; another is taken for a new
        // element, whose missing fields alone are said.
        Assert.EndsWith(key == "maglevv" ? "which needs them (is 'maglevv' misspelt, for 'maglev'?)" : "which needs them", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ARecordEntryWithoutItsProject_IsRefusedInTheExtendingFile()
    {
        using var folder = new ScenarioFolder();
        var path = folder.Write("no-project.json", """
            { "extends": "baseline.json", "name": "no-project", "record": [ { "winners": ["daegu"] } ] }
            """);

        var problem = Assert.Single(Assert.Throws<ScenarioException>(() => ScenarioLoader.Load(path)).Problems);

        Assert.Equal((path, "$.record[0]"), (problem.File, problem.JsonPath));
        Assert.Contains("\"project\"", problem.Message, StringComparison.Ordinal);
    }
}
