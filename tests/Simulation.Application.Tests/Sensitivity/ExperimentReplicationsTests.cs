using Simulation.Application.Sensitivity;
using Simulation.Experiments.Sensitivity;
using Simulation.Experiments.Tests;

namespace Simulation.Application.Tests.Sensitivity;

/// <summary>A study of an experiment takes --replications in place of the file's replications per point, as a sweep does,
/// into a folder of its own by default, so a quick trial does not take the full study's folder.</summary>
public sealed class ExperimentReplicationsTests
{
    private static SensitivityRequest Request(int? replications) => new(Path.Combine(Repository.Root, "scenarios", "experiments", "smoke-sweep.json"), null,
        SensitivityMethod.Morris, ["rent_dissipation"], null, 2, 4, 0, replications, null, 1, null, null);

    [Fact]
    public void Replications_ReplaceTheExperimentsOwn_AndNameTheDefaultFolder()
    {
        var own = AnalyseSensitivity.Plan(Request(null));
        var quick = AnalyseSensitivity.Plan(Request(3));

        Assert.NotEqual(3, own.Experiment.ReplicationsPerPoint);
        Assert.Equal(3, quick.Experiment.ReplicationsPerPoint);
        Assert.Equal(Path.Combine("output", "smoke-sweep-morris"), own.Folder);
        Assert.Equal(Path.Combine("output", "smoke-sweep-morris-n3"), quick.Folder);
        Assert.Contains("--replications", Request(3).ResultArguments()); // and the jobs of a sharded study are given them
    }
}
