using Simulation.Experiments;
using Simulation.Experiments.Scenarios;
using Simulation.Experiments.Tests;

namespace Simulation.Application.Tests;

public sealed class OwnNameTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("regsim-own-name-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [Fact]
    public void AWhatIfThatKeepsItsParentsName_IsRefusedTheDefaultFolder_NamingTheFileItKeepsItFrom()
    {
        var smoke = Repository.Scenario("smoke.json");
        var whatIf = Path.Combine(_temp, "noname.json");
        File.WriteAllText(whatIf, $$"""{ "extends": "{{smoke}}", "description": "no name of its own" }""");
        var loaded = ScenarioLoader.Load(whatIf);

        var refused = Assert.Throws<InputConflictException>(() => OwnName.RefuseParentsFolder(loaded, "output/smoke-calibration"));

        Assert.False(loaded.NamesItself);
        Assert.Equal($"{whatIf} gives itself no \"name\", so it keeps 'smoke' from {smoke}, and its results would go to 'output/smoke-calibration', "
            + "the folder of that scenario's; give it a \"name\" of its own (its results then go to a folder named after it) or give --out", refused.Message);
    }

    [Theory]
    [InlineData("""{ "extends": "EXTENDS", "name": "mine" }""")]
    [InlineData("""{ "extends": "EXTENDS", "name": "smoke" }""")] // written in the file itself: the user's choice
    [InlineData(null)] // a scenario that extends nothing names itself
    public void AScenarioThatWritesItsOwnName_MayUseItsDefaultFolder(string? json)
    {
        var path = Repository.Scenario("smoke.json");
        if (json is not null)
        {
            path = Path.Combine(_temp, "named.json");
            File.WriteAllText(path, json.Replace("EXTENDS", Repository.Scenario("smoke.json"), StringComparison.Ordinal));
        }
        var loaded = ScenarioLoader.Load(path);

        Assert.True(loaded.NamesItself);
        OwnName.RefuseParentsFolder(loaded, "output/x");
    }
}
