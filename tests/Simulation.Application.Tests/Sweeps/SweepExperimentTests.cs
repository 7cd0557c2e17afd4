using Simulation.Application.Sweeps;
using Simulation.Experiments.Tests;

namespace Simulation.Application.Tests.Sweeps;

/// <summary>A sweep's folder resumes only the sweep it holds: not after a file its scenario extends has changed, whose
/// finished points were computed from another scenario.</summary>
public sealed class SweepExperimentTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("regsim-sweep-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [Fact]
    public void ASweepOfAScenarioWhoseParentChanged_IsRefused_NotResumedFromTheOldPoints()
    {
        var parent = Path.Combine(_temp, "baseline.json");
        File.Copy(Path.Combine(Repository.Root, "scenarios", "baseline.json"), parent);
        File.WriteAllText(Path.Combine(_temp, "child.json"), """{ "extends": "baseline.json", "name": "child" }""");
        var experiment = Path.Combine(_temp, "sweep.json");
        File.WriteAllText(experiment, """
            { "name": "child-sweep", "scenario": "child.json", "seed": 3, "replicationsPerPoint": 4, "design": { "kind": "grid", "levelsPerFactor": 2 },
              "factors": [ { "name": "lee_equity", "parameter": "regimes[lee].tilt[equity].weight", "min": 0, "max": 1 } ] }
            """);
        var request = new SweepRequest(experiment, Path.Combine(_temp, "out"), 1, null);
        var first = new SweepExperiment().Run(request, SilentProgress.Instance, CancellationToken.None);
        var again = new SweepExperiment().Run(request, SilentProgress.Instance, CancellationToken.None);

        File.WriteAllText(parent, File.ReadAllText(parent).Replace("\"description\": \"", "\"description\": \"Edited. ", StringComparison.Ordinal));
        var e = Assert.Throws<InvalidDataException>(() => new SweepExperiment().Run(request, SilentProgress.Instance, CancellationToken.None));

        Assert.Equal(first.Points, again.Points);
        Assert.Contains("a file its scenario extends has changed since", e.Message);
    }
}
