using Simulation.Experiments;
using Simulation.Experiments.Scenarios;

namespace Simulation.Output.Tests;

// The smoke scenario and one small real run of it, shared by the tests (loaded once).
internal static class SmokeRun
{
    private static readonly Lazy<LoadedScenario> LoadedScenario = new(() => ScenarioLoader.Load(Path.Combine(RepoRoot(), "scenarios", "smoke.json")));
    private static readonly Lazy<RunResult> LazyResult = new(() => MonteCarlo.Run(Scenario.Model, new RunOptions(50, 1, 1)));

    public static LoadedScenario Scenario => LoadedScenario.Value;

    public static RunResult Result => LazyResult.Value;

    public static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Simulation.sln")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? throw new DirectoryNotFoundException("Simulation.sln not found above " + AppContext.BaseDirectory);
    }
}
