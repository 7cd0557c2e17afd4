using System.Text.Json.Nodes;
using Simulation.Experiments;
using Simulation.Experiments.Scenarios;
using Simulation.Tests.Shared;

namespace Simulation.Output.Tests.Renaming;

// The renamed baseline (RenamedRegimes) loaded and run once, beside the baseline itself, for the renaming tests.
internal static class RenamedBaseline
{
    public const string AlphaName = RenamedRegimes.AlphaName;

    public const string BetaName = RenamedRegimes.BetaName;

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
        var document = RenamedRegimes.Document(File.ReadAllText(BaselinePath));
        document["name"] = "renamed";
        return ScenarioLoader.Parse(document.ToJsonString(), "renamed.json");
    }
}
