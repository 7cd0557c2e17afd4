using Simulation.Experiments.Scenarios;
using Simulation.Experiments.Sweeps;

namespace Simulation.Experiments.Tests.Scenarios;

/// <summary>A field written twice in one object is rejected with the file and the JSON path of the second one; it used to
/// escape as an ArgumentException from System.Text.Json, with a stack trace.</summary>
public class DuplicatePropertyTests
{
    [Fact]
    public void Scenario_WithAFieldTwice_IsRejectedByPath()
    {
        using var folder = new ScenarioFolder();
        var text = File.ReadAllText(Repository.Scenario("baseline.json"))
            .Replace("\"behaviour\": {", "\"behaviour\": { \"damping\": { \"value\": 1, \"source\": \"x\" },", StringComparison.Ordinal);
        var path = folder.Write("twice.json", text);

        var problem = Assert.Single(Assert.Throws<ScenarioException>(() => ScenarioLoader.Load(path)).Problems);

        Assert.Equal(path, problem.File);
        Assert.Equal("$.behaviour.damping", problem.JsonPath);
        // The second is the file's own damping, after the one written in front of it.
        var first = text.IndexOf("\"damping\": { \"value\": 1, \"source\": \"x\" }", StringComparison.Ordinal);
        var line = text[..text.IndexOf("\"damping\"", first + 1, StringComparison.Ordinal)].Count(c => c == '\n') + 1;
        Assert.Matches($"^is written twice in one object \\(the second at line {line}, column [0-9]+\\); a JSON object names each field once, so keep one$", problem.Message);
    }

    [Fact]
    public void Experiment_WithAFieldTwice_IsRejectedByPath()
    {
        using var folder = new ScenarioFolder();
        var path = folder.Write("twice-sweep.json", """
            { "name": "twice", "scenario": "baseline.json", "seed": 1, "seed": 2, "replicationsPerPoint": 5,
              "design": { "kind": "grid" }, "factors": [ { "name": "f", "parameter": "seed", "min": 0, "max": 1 } ] }
            """);

        var problem = Assert.Single(Assert.Throws<ScenarioException>(() => ExperimentLoader.Load(path)).Problems);

        Assert.Equal(path, problem.File);
        Assert.Equal("$.seed", problem.JsonPath);
        Assert.Equal("is written twice in one object (the second at line 1, column 60); a JSON object names each field once, so keep one", problem.Message);
    }
}
