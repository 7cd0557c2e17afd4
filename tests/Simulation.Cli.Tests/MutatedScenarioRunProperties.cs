using System.Text.Json.Nodes;
using CsCheck;
using Simulation.Experiments.Scenarios;
using Simulation.Tests.Shared;

namespace Simulation.Cli.Tests;

/// <summary>
/// Property, end to end: <c>regsim run</c> on a randomly broken copy of the baseline that the loader rejects exits with 2,
/// names the file and a <c>$.</c> JSON path on stderr, shows no stack trace and creates no output folder. Each case starts
/// the real executable, so there are few of them; the mutants come from a fixed seed so that CI sees the same ones.
/// </summary>
public sealed class MutatedScenarioRunProperties : IDisposable
{
    private const string Seed = "0N0XIzNsQ0O2";

    private readonly string _temp = Regsim.TempFolder();

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [Fact]
    public void RejectedMutant_ExitsWith2_NamesFileAndPath_AndWritesNothing()
    {
        var baseline = JsonNode.Parse(File.ReadAllText(Path.Combine(Regsim.Root, "scenarios", "baseline.json")))!;
        var runs = 0;

        JsonMutants.For(baseline).Sample(mutations =>
        {
            var path = Path.Combine(_temp, "mutant.json");
            File.WriteAllText(path, JsonMutants.Apply(baseline, mutations).ToJsonString());
            if (!IsRejected(path))
            {
                return; // a mutant the loader accepts would run a whole simulation; the loader property covers it
            }
            runs++;
            var outDir = Path.Combine(_temp, "out");

            var (code, _, stderr) = Regsim.Run("run", path, "--replications", "2", "--out", outDir, "--quiet");

            Assert.Equal(2, code);
            Assert.Contains(path, stderr);
            Assert.Matches(@": \$([.\[]|: )", stderr);
            Assert.DoesNotContain("   at ", stderr);
            Assert.DoesNotContain("Exception", stderr);
            Assert.False(Directory.Exists(outDir), "a rejected scenario left an output folder");
        }, seed: Seed, iter: 24, threads: 1, print: JsonMutants.Describe);

        Assert.True(runs >= 12, $"only {runs} of 24 mutants were rejected: the mutations no longer reach the checks");
    }

    private static bool IsRejected(string path)
    {
        try
        {
            ScenarioLoader.Load(path);
            return false;
        }
        catch (ScenarioException)
        {
            return true;
        }
    }
}
