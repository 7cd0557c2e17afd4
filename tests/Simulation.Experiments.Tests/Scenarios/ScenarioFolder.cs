using System.Text.Json.Nodes;

namespace Simulation.Experiments.Tests.Scenarios;

/// <summary>A temporary folder holding a copy of the baseline scenario, for writing variants of it.</summary>
internal sealed class ScenarioFolder : IDisposable
{
    public ScenarioFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "regsim-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
        File.Copy(Repository.Scenario("baseline.json"), System.IO.Path.Combine(Path, "baseline.json"));
    }

    public string Path { get; }

    public JsonObject Baseline() => JsonNode.Parse(File.ReadAllText(Repository.Scenario("baseline.json")))!.AsObject();

    public string Write(string name, string text)
    {
        var path = System.IO.Path.Combine(Path, name);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>Writes the baseline with <paramref name="change"/> applied.</summary>
    public string Variant(string name, Action<JsonObject> change)
    {
        var document = Baseline();
        change(document);
        return Write(name, document.ToJsonString());
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
