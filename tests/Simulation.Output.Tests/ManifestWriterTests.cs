using System.Text.Json;
using Simulation.Experiments.Scenarios;

namespace Simulation.Output.Tests;

public class ManifestWriterTests
{
    [Fact]
    public void Write_IsIndentedCamelCaseJsonWithLfLineEnds()
    {
        using var temp = new TempFolder();
        var path = temp.File("manifest.json");
        var manifest = new RunManifest("0.1.0", "smoke", "scenarios/smoke.json", "abc", [new ScenarioFile("baseline.json", "def")],
            ulong.MaxValue, 50, 4, ["timeline", "roh", "lee"], "2025-01-31T12:00:00+00:00", 1.5, ["summary.csv"]);

        ManifestWriter.Write(path, manifest);

        var text = File.ReadAllText(path);
        Assert.DoesNotContain("\r", text);
        Assert.Contains("\n  \"toolVersion\": \"0.1.0\"", text);
        Assert.Contains("\"startedUtc\": \"2025-01-31T12:00:00+00:00\"", text);
        using var json = JsonDocument.Parse(text);
        var root = json.RootElement;
        Assert.Equal(ulong.MaxValue, root.GetProperty("seed").GetUInt64());
        Assert.Equal("def", root.GetProperty("extendsFiles")[0].GetProperty("sha256").GetString());
        Assert.Equal("baseline.json", root.GetProperty("extendsFiles")[0].GetProperty("path").GetString());
        Assert.Equal(1.5, root.GetProperty("wallTimeSeconds").GetDouble());
        Assert.Equal(3, root.GetProperty("modes").GetArrayLength());
    }
}
