using Simulation.Application.Comparison;
using Simulation.Experiments.Tests;

namespace Simulation.Application.Tests.Comparison;

/// <summary>A comparison replaces only an earlier comparison of the same two scenarios.</summary>
public sealed class CompareScenariosTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("regsim-compare-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [Fact]
    public void AComparisonOfAnotherScenario_IsRefused_AndOfTheSameOnes_Replaced()
    {
        var folder = Path.Combine(_temp, "compare");
        var roh = Repository.Scenario("roh-only.json");
        var lee = Repository.Scenario("lee-only.json");
        Compare(roh, lee, folder);
        Compare(roh, lee, folder);
        var manifest = File.ReadAllText(Path.Combine(folder, "manifest.json"));

        var refused = Assert.Throws<InvalidDataException>(() => Compare(roh, Repository.Scenario("smoke.json"), folder));

        Assert.StartsWith($"'{folder}' holds the results of {roh} and {lee}, another scenario than {roh} and {Repository.Scenario("smoke.json")}", refused.Message);
        Assert.Equal(manifest, File.ReadAllText(Path.Combine(folder, "manifest.json")));
    }

    private static void Compare(string a, string b, string folder) =>
        new CompareScenarios().Run(new CompareRequest(a, b, 4, 1, 1, folder), SilentProgress.Instance, CancellationToken.None);
}
