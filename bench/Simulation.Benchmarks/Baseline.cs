using Simulation.Core;
using Simulation.Experiments.Scenarios;

namespace Simulation.Benchmarks;

/// <summary>The baseline scenario, loaded once from <c>scenarios/baseline.json</c> of the repository the benchmarks
/// were built in, so every benchmark measures the model people actually run.</summary>
public static class Baseline
{
    private static readonly Lazy<Scenario> Loaded = new(() => ScenarioLoader.Load(Path.Combine(RepositoryRoot(), "scenarios", "baseline.json")).Model);

    /// <summary>The baseline scenario.</summary>
    public static Scenario Scenario => Loaded.Value;

    // BenchmarkDotNet runs each benchmark from a generated project under bin/, so the repository is found by walking up
    // from the assembly, and from the working directory as a fallback.
    private static string RepositoryRoot()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Simulation.sln")))
                {
                    return dir.FullName;
                }
            }
        }
        throw new DirectoryNotFoundException("Simulation.sln not found above " + AppContext.BaseDirectory);
    }
}
