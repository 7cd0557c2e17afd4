using System.Text.Json.Nodes;
using Simulation.Experiments;
using Simulation.Experiments.Scenarios;

namespace Simulation.Output.Tests.Renaming;

// The baseline with its regimes renamed, as a user's copy would be: every "roh"/"lee" id becomes "alpha"/"beta", every
// "Roh"/"Lee" in its text becomes "Alpha"/"Beta" (descriptions, sources, attribute ids), and the regimes are named
// "Alpha regime" and "Beta regime". Whatever Roh or Lee an output still shows then comes from code, not from the scenario.
internal static class RenamedBaseline
{
    public const string AlphaName = "Alpha regime";

    public const string BetaName = "Beta regime";

    public static readonly RunOptions Options = new(40, 11, 1);

    private static readonly Lazy<LoadedScenario> LazyScenario = new(Load);
    private static readonly Lazy<RunResult> LazyResult = new(() => MonteCarlo.Run(Scenario.Model, Options));
    private static readonly Lazy<LoadedScenario> LazyBaseline = new(() => ScenarioLoader.Load(BaselinePath));
    private static readonly Lazy<RunResult> LazyBaselineResult = new(() => MonteCarlo.Run(Baseline.Model, Options));

    public static LoadedScenario Scenario => LazyScenario.Value;

    public static RunResult Result => LazyResult.Value;

    public static LoadedScenario Baseline => LazyBaseline.Value;

    public static RunResult BaselineResult => LazyBaselineResult.Value;

    // The old regime ids and names, which no output of the renamed scenario may show.
    public static readonly string[] OldWords = ["roh", "lee", "Roh", "Lee"];

    private static string BaselinePath => Path.Combine(SmokeRun.RepoRoot(), "scenarios", "baseline.json");

    private static LoadedScenario Load()
    {
        var text = File.ReadAllText(BaselinePath)
            .Replace("\"roh\"", "\"alpha\"", StringComparison.Ordinal)
            .Replace("\"lee\"", "\"beta\"", StringComparison.Ordinal)
            .Replace("Roh", "Alpha", StringComparison.Ordinal)
            .Replace("Lee", "Beta", StringComparison.Ordinal);
        var document = JsonNode.Parse(text)!.AsObject();
        foreach (var regime in document["regimes"]!.AsArray().Select(r => r!.AsObject()))
        {
            regime["name"] = (string)regime["id"]! == "alpha" ? AlphaName : BetaName;
        }
        document["name"] = "renamed";
        return ScenarioLoader.Parse(document.ToJsonString(), "renamed.json");
    }
}
