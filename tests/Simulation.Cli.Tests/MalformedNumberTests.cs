using System.Text.Json.Nodes;

namespace Simulation.Cli.Tests;

/// <summary>The reported bug: <c>regsim run</c> on a scenario whose first project's year is -1e308 ended in a stack trace.
/// A rejected scenario exits with 2, names the file and the JSON path, and writes nothing.</summary>
public sealed class MalformedNumberTests : IDisposable
{
    private readonly string _temp = Regsim.TempFolder();

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [Fact]
    public void Run_WithAYearOfMinusOneE308_IsRejectedCleanly()
    {
        var scenario = JsonNode.Parse(File.ReadAllText(Path.Combine(Regsim.Root, "scenarios", "baseline.json")))!;
        scenario["projects"]![0]!["year"] = JsonNode.Parse("-1e308");
        var path = Path.Combine(_temp, "bad.json");
        File.WriteAllText(path, scenario.ToJsonString());
        var outDir = Path.Combine(_temp, "out");

        var (code, _, stderr) = Regsim.Run("run", path, "--replications", "5", "--out", outDir);

        Assert.Equal(2, code);
        Assert.Contains(path, stderr);
        Assert.Contains("$.projects[0].year", stderr);
        Assert.DoesNotContain("   at ", stderr);
        Assert.DoesNotContain("Exception", stderr);
        Assert.False(Directory.Exists(outDir));
    }
}
