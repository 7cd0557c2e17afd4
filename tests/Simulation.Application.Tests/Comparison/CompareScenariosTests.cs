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

    [Fact]
    public void TheSameFiles_EditedAndComparedAgainFromAnotherFolder_ReplaceTheEarlierComparison()
    {
        var mine = Path.Combine(_temp, "mine.json");
        File.WriteAllText(mine, $$"""{ "extends": "{{Repository.Scenario("smoke.json")}}", "name": "mine" }""");
        var folder = Path.Combine(_temp, "compare");
        var smoke = Repository.Scenario("smoke.json");
        Compare(smoke, mine, folder);
        var manifestPath = Path.Combine(folder, "manifest.json");
        var manifest = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(manifestPath))!.AsObject();
        Assert.Equal(mine, (string?)manifest["scenarioBFullPath"]);
        // As a comparison started in the what-if's own folder records it: a path that names another file from here.
        manifest["scenarioB"]![0]!["path"] = "mine.json";
        File.WriteAllText(manifestPath, manifest.ToJsonString());

        File.WriteAllText(mine, $$"""{ "extends": "{{Repository.Scenario("smoke.json")}}", "name": "mine", "description": "edited" }""");
        Compare(smoke, mine, folder);

        var replaced = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(manifestPath))!;
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(mine))), (string?)replaced["scenarioB"]![0]!["sha256"]);
    }

    [Fact]
    public void TwoScenariosOfOneName_AreLabelledByTheirFiles_InTheTablesAndTheDefaultFolder()
    {
        var noName = Path.Combine(_temp, "more-fund.json");
        File.WriteAllText(noName, $$"""{ "extends": "{{Repository.Scenario("smoke.json")}}", "description": "no name of its own" }""");
        var a = Experiments.Scenarios.ScenarioLoader.Load(Repository.Scenario("smoke.json"));
        var b = Experiments.Scenarios.ScenarioLoader.Load(noName);
        Assert.Equal(a.Model.Name, b.Model.Name);

        Assert.Equal(new ComparisonLabels("smoke", "more-fund"), ComparisonLabels.Of(a, b));
        Assert.Equal(new ComparisonLabels("smoke", "smoke"), ComparisonLabels.Of(a, a)); // the same file: nothing tells them apart
    }

    private static void Compare(string a, string b, string folder) =>
        new CompareScenarios().Run(new CompareRequest(a, b, 4, 1, 1, folder), SilentProgress.Instance, CancellationToken.None);
}
