using System.Text.Json.Nodes;
using Simulation.Experiments.Scenarios;

namespace Simulation.Experiments.Tests.Scenarios;

public class JsonMergeTests
{
    [Fact]
    public void Objects_MergeFieldByField()
    {
        var merged = JsonMerge.Merge(Obj("""{ "a": 1, "b": { "c": 2, "d": 3 } }"""), Obj("""{ "b": { "d": 4 }, "e": 5 }"""));
        Assert.True(JsonNode.DeepEquals(Obj("""{ "a": 1, "b": { "c": 2, "d": 4 }, "e": 5 }"""), merged));
    }

    [Fact]
    public void ArraysWithIds_MergeById_AndAppendNewOnes()
    {
        var merged = JsonMerge.Merge(Obj("""{ "x": [ { "id": "a", "v": 1, "w": 1 }, { "id": "b", "v": 2 } ] }"""), Obj("""{ "x": [ { "id": "b", "v": 9 }, { "id": "c", "v": 3 } ] }"""));
        Assert.True(JsonNode.DeepEquals(Obj("""{ "x": [ { "id": "a", "v": 1, "w": 1 }, { "id": "b", "v": 9 }, { "id": "c", "v": 3 } ] }"""), merged));
    }

    [Fact]
    public void Null_RemovesTheField_AtAnyDepth()
    {
        var merged = JsonMerge.Merge(
            Obj("""{ "a": 1, "b": { "c": 2, "d": 3 }, "x": [ { "id": "p", "v": 1, "w": 2 } ], "t": [ { "s": 1 } ] }"""),
            Obj("""{ "a": null, "b": { "d": null }, "x": [ { "id": "p", "w": null }, { "id": "q", "v": null, "w": 4 } ], "t": [ { "s": null, "u": 5 } ] }"""));

        Assert.True(JsonNode.DeepEquals(Obj("""{ "b": { "c": 2 }, "x": [ { "id": "p", "v": 1 }, { "id": "q", "w": 4 } ], "t": [ { "u": 5 } ] }"""), merged));
    }

    [Fact]
    public void OtherArrays_AndEmptyOnes_Replace()
    {
        var merged = JsonMerge.Merge(Obj("""{ "x": [1, 2, 3], "y": [ { "id": "a" } ] }"""), Obj("""{ "x": [4], "y": [] }"""));
        Assert.True(JsonNode.DeepEquals(Obj("""{ "x": [4], "y": [] }"""), merged));
    }

    [Fact]
    public void RecordEntries_MergeByProject_SoAChildAddsACompetitionWithoutDroppingTheParents()
    {
        var merged = JsonMerge.Merge(
            Obj("""{ "record": [ { "project": "a", "year": 1 }, { "project": "b", "year": 2 } ] }"""),
            Obj("""{ "record": [ { "project": "b", "year": 5 }, { "project": "c", "year": 3 } ] }"""));
        Assert.True(JsonNode.DeepEquals(Obj("""{ "record": [ { "project": "a", "year": 1 }, { "project": "b", "year": 5 }, { "project": "c", "year": 3 } ] }"""), merged));
    }

    [Theory]
    [InlineData("""{ "projects": [ { "id": "a" }, { "id": "b" }, { "id": "a" } ] }""", "$.projects[2].id", "a")]
    [InlineData("""{ "projects": [ { "id": "a", "criteria": [ { "signal": "s" }, { "signal": "s" } ] } ] }""", "$.projects[0].criteria[1].signal", "s")]
    [InlineData("""{ "record": [ { "project": "p" }, { "project": "p" } ] }""", "$.record[1].project", "p")]
    public void RepeatedKey_FindsTheSecondElementNamedTheSame(string json, string path, string id)
    {
        Assert.Equal((path, path[(path.LastIndexOf('.') + 1)..], id), JsonMerge.RepeatedKey(Obj(json)));
    }

    [Fact]
    public void RepeatedKey_IsNullWhenEveryElementIsNamedOnce_OrTheArrayHasNoKey()
    {
        Assert.Null(JsonMerge.RepeatedKey(Obj("""{ "projects": [ { "id": "a" }, { "id": "b" } ], "timeline": [ { "regime": "x" }, { "regime": "x" } ], "n": [1, 1] }""")));
    }

    private static JsonObject Obj(string json) => JsonNode.Parse(json)!.AsObject();
}
