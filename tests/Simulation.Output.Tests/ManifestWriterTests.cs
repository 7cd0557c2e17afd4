using System.Text.Json;
using Simulation.Experiments.Scenarios;
using Simulation.Output.Sweeps;

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

    [Fact]
    public void Write_ReplacesTheManifestInOnePiece_AndAManifestCutShortIsAnErrorNamingIt()
    {
        using var temp = new TempFolder();
        var path = temp.File("manifest.json");
        var manifest = new RunManifest("0.1.0", "smoke", "scenarios/smoke.json", "abc", [], 1, 50, 4, ["timeline"], "2025-01-31T12:00:00+00:00", 1.5, []);
        ManifestWriter.Write(path, manifest);
        ManifestWriter.Write(path, manifest with { Replications = 60 });

        Assert.Equal(["manifest.json"], Directory.GetFiles(temp.Path).Select(Path.GetFileName)); // no temporary file left
        Assert.Equal(60, ManifestWriter.Read<RunManifest>(path, "start again.")!.Replications);
        File.WriteAllText(path, File.ReadAllText(path)[..40]);
        var e = Assert.Throws<InvalidDataException>(() => ManifestWriter.Read<RunManifest>(path, "start again."));
        Assert.StartsWith($"'{path}' cannot be read (", e.Message);
        Assert.EndsWith("; start again.", e.Message);
    }

    [Fact]
    public void AManifestMissingAFieldEveryManifestHas_IsAnErrorNamingIt_NotANullReadLater()
    {
        // A foreign or hand-edited sweep.manifest.json used to be read with nulls and fail later with a stack trace.
        using var temp = new TempFolder();
        var path = temp.File(SweepManifestFile.Name);
        File.WriteAllText(path, """{"toolVersion":"0.1.0"}""");

        var e = Assert.Throws<InvalidDataException>(() => ManifestWriter.Read<SweepManifest>(path, "start again."));

        Assert.StartsWith($"'{path}' cannot be read (", e.Message);
        Assert.Contains("experimentSha256", e.Message);
        Assert.DoesNotContain("Simulation.", e.Message); // no .NET type, which means nothing to whoever holds the file
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("""{"toolVersion":"0.1.0","points":"many"}""")]
    public void AManifestOfTheWrongShape_IsRefusedWithoutNamingDotNetTypes(string text)
    {
        using var temp = new TempFolder();
        var path = temp.File(SweepManifestFile.Name);
        File.WriteAllText(path, text);

        var e = Assert.Throws<InvalidDataException>(() => ManifestWriter.Read<SweepManifest>(path, "start again."));

        Assert.StartsWith($"'{path}' cannot be read (", e.Message);
        Assert.Contains("does not have the type the manifest needs", e.Message);
        Assert.DoesNotContain("Simulation.", e.Message);
        Assert.DoesNotContain("System.", e.Message);
    }
}
