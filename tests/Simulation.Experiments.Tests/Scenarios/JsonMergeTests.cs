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
    public void OtherArrays_AndEmptyOnes_Replace()
    {
        var merged = JsonMerge.Merge(Obj("""{ "x": [1, 2, 3], "y": [ { "id": "a" } ] }"""), Obj("""{ "x": [4], "y": [] }"""));
        Assert.True(JsonNode.DeepEquals(Obj("""{ "x": [4], "y": [] }"""), merged));
    }

    private static JsonObject Obj(string json) => JsonNode.Parse(json)!.AsObject();
}
