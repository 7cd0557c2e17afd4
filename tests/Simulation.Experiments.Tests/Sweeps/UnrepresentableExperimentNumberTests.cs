using Simulation.Experiments.Scenarios;
using Simulation.Experiments.Sweeps;

namespace Simulation.Experiments.Tests.Sweeps;

/// <summary>Experiment numbers that are valid JSON but out of reach of any seed, count or factor range: rejected with the file
/// and JSON path, never with an exception of another type.</summary>
public sealed class UnrepresentableExperimentNumberTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("regsim-experiment-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("\"seed\": 1e308", "$.seed")]
    [InlineData("\"seed\": 18446744073709551615", "$.seed")]
    [InlineData("\"replicationsPerPoint\": 1e308", "$.replicationsPerPoint")]
    [InlineData("\"replicationsPerPoint\": 2.5", "$.replicationsPerPoint")]
    [InlineData("\"design\": { \"kind\": \"sobol\", \"points\": -1e308 }", "$.design.points")]
    [InlineData("\"design\": { \"kind\": \"grid\", \"levelsPerFactor\": 1e400 }", "$.design.levelsPerFactor")]
    [InlineData("\"factors\": [ { \"name\": \"f\", \"parameter\": \"regimes[lee].tilt[equity].weight\", \"min\": -1e308, \"max\": 1 } ]", "$.factors[0].min")]
    [InlineData("\"factors\": [ { \"name\": \"f\", \"parameter\": \"regimes[lee].tilt[equity].weight\", \"min\": 0, \"max\": 1e400 } ]", "$.factors[0].max")]
    [InlineData("\"factors\": [ { \"name\": \"f\", \"parameter\": \"regimes[lee].tilt[equity].weight\", \"min\": 0, \"max\": 1, \"levels\": [0, 1e308] } ]", "$.factors[0].levels[1]")]
    public void Number_IsRejectedWithItsPath(string field, string jsonPath)
    {
        var fields = new Dictionary<string, string>
        {
            ["\"name\""] = "\"name\": \"bad\"",
            ["\"scenario\""] = "\"scenario\": \"" + Repository.Scenario("baseline.json").Replace("\\", "/") + "\"",
            ["\"seed\""] = "\"seed\": 1",
            ["\"replicationsPerPoint\""] = "\"replicationsPerPoint\": 5",
            ["\"design\""] = "\"design\": { \"kind\": \"grid\" }",
            ["\"factors\""] = "\"factors\": [ { \"name\": \"f\", \"parameter\": \"regimes[lee].tilt[equity].weight\", \"min\": 0, \"max\": 1 } ]",
        };
        fields[field[..field.IndexOf(':', StringComparison.Ordinal)]] = field;
        var path = Path.Combine(_folder, "experiment.json");
        File.WriteAllText(path, "{ " + string.Join(", ", fields.Values) + " }");

        var e = Assert.Throws<ScenarioException>(() => ExperimentLoader.Load(path));

        Assert.Contains(e.Problems, p => p.File == path && p.JsonPath == jsonPath);
    }

    [Fact]
    public void HugeGrid_IsRejectedBeforeRunning()
    {
        var factors = string.Join(", ", new[] { "equity", "capacity", "alignment" }.Select(s =>
            $"{{ \"name\": \"{s}\", \"parameter\": \"regimes[lee].tilt[{s}].weight\", \"min\": 0, \"max\": 1 }}"));
        var path = Path.Combine(_folder, "grid.json");
        File.WriteAllText(path, "{ \"name\": \"grid\", \"scenario\": \"" + Repository.Scenario("baseline.json").Replace("\\", "/")
            + "\", \"seed\": 1, \"replicationsPerPoint\": 5, \"design\": { \"kind\": \"grid\", \"levelsPerFactor\": 1000 }, \"factors\": [ " + factors + " ] }");

        var e = Assert.Throws<ScenarioException>(() => ExperimentLoader.Load(path));

        Assert.Contains(e.Problems, p => p.JsonPath == "$.design" && p.Message.Contains("at most", StringComparison.Ordinal));
    }
}
