using System.Text.RegularExpressions;
using Simulation.Experiments.Scenarios;
using Simulation.Experiments.Sweeps;

namespace Simulation.Experiments.Tests.Scenarios;

/// <summary>A file of another kind given where a scenario or an experiment is read (an experiment, a scenario, a JSON
/// Schema, the manifest written beside a result) is refused in one problem saying what it is and which commands read it,
/// not field by field as if every field were misspelt; a file of the right kind with a misspelt field is still told that.</summary>
public sealed class MistakenFileTests : IDisposable
{
    private readonly ScenarioFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void AnExperimentGivenAsAScenario_IsSaidToBeOne_NamingTheCommandsThatReadIt_AndTheScenarioItVaries()
    {
        var path = Path.Combine(Repository.Root, "scenarios", "experiments", "lee-weights.json");

        var problem = Assert.Single(Assert.Throws<ScenarioException>(() => ScenarioLoader.Load(path)).Problems);

        Assert.Equal((path, "$"), (problem.File, problem.JsonPath));
        Assert.StartsWith("is an experiment", problem.Message, StringComparison.Ordinal);
        Assert.Contains("which regsim sweep, sensitivity and slurm read, not a scenario", problem.Message, StringComparison.Ordinal);
        var varied = Regex.Match(problem.Message, "the scenario it varies is '([^']+)'$");
        Assert.True(varied.Success, problem.Message);
        Assert.Equal(Repository.Scenario("baseline.json"), Path.GetFullPath(varied.Groups[1].Value));
    }

    [Theory]
    [InlineData("baseline.json")]
    [InlineData("lee-tilts-off.json")] // a what-if: extends, a name and the regimes it changes
    public void AScenarioGivenAsAnExperiment_IsSaidToBeOne_NamingTheCommandsThatReadIt(string file)
    {
        var path = Repository.Scenario(file);

        var e = Assert.Throws<ScenarioException>(() => ExperimentLoader.Load(path));

        var problem = Assert.Single(e.Problems);
        Assert.Equal((path, "$"), (problem.File, problem.JsonPath));
        Assert.StartsWith("is a scenario, which regsim run, compare, validate, calibrate", problem.Message, StringComparison.Ordinal);
        Assert.Contains("not an experiment", problem.Message, StringComparison.Ordinal);
        Assert.Equal(DocumentKind.Experiment, e.Kind);
    }

    [Theory]
    [InlineData("scenario.schema.json", DocumentKind.Scenario)]
    [InlineData("experiment.schema.json", DocumentKind.Scenario)]
    [InlineData("scenario.schema.json", DocumentKind.Experiment)]
    [InlineData("experiment.schema.json", DocumentKind.Experiment)]
    public void ASchemaGivenAsAnInput_IsSaidToBeOne(string file, DocumentKind kind)
    {
        var path = Repository.Scenario(file);

        var problem = Assert.Single(Load(path, kind).Problems);

        Assert.Equal("$", problem.JsonPath);
        Assert.StartsWith("is a JSON Schema", problem.Message, StringComparison.Ordinal);
        Assert.Contains(kind == DocumentKind.Scenario ? "not a scenario" : "not an experiment", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DocumentKind.Scenario, "the scenario it records is 'scenarios/smoke.json'")]
    [InlineData(DocumentKind.Experiment, "the experiment it records is 'scenarios/experiments/smoke-sweep.json'")]
    public void AResultsManifestGivenAsAnInput_IsSaidToBeOne_NamingTheInputItRecords(DocumentKind kind, string input)
    {
        var path = _folder.Write("manifest.json", """
            { "toolVersion": "0.1.0", "scenarioName": "smoke", "scenarioFile": "scenarios/smoke.json",
              "experimentFile": "scenarios/experiments/smoke-sweep.json", "seed": 1, "replications": 20, "files": ["manifest.json"] }
            """);

        var problem = Assert.Single(Load(path, kind).Problems);

        Assert.Equal("$", problem.JsonPath);
        Assert.StartsWith("is the manifest regsim writes beside a command's results", problem.Message, StringComparison.Ordinal);
        Assert.EndsWith(input, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnExperimentAScenarioExtends_IsNamedAsTheFileAtFault()
    {
        var experiment = Path.Combine(Repository.Root, "scenarios", "experiments", "smoke-sweep.json");
        var path = _folder.Write("what-if.json", $$"""{ "extends": "{{experiment.Replace("\\", "/")}}", "name": "what-if" }""");

        var problem = Assert.Single(Assert.Throws<ScenarioException>(() => ScenarioLoader.Load(path)).Problems);

        Assert.Equal((experiment, "$"), (Path.GetFullPath(problem.File), problem.JsonPath));
        Assert.StartsWith("is an experiment", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AScenarioWithAFieldOnlyExperimentsHave_IsStillToldTheFieldIsUnknown()
    {
        var path = _folder.Variant("plots.json", d => d["plots"] = new System.Text.Json.Nodes.JsonArray("rent_dissipation"));

        var problem = Assert.Single(Assert.Throws<ScenarioException>(() => ScenarioLoader.Load(path)).Problems);

        Assert.Equal(("$.plots", "unknown field 'plots' (check the spelling)"), (problem.JsonPath, problem.Message));
    }

    [Fact]
    public void AnExperimentWithAMisspeltField_IsStillToldTheFieldIsUnknown()
    {
        var text = File.ReadAllText(Path.Combine(Repository.Root, "scenarios", "experiments", "smoke-sweep.json"))
            .Replace("\"../baseline.json\"", $"\"{Repository.Scenario("baseline.json").Replace("\\", "/")}\"", StringComparison.Ordinal)
            .Replace("\"factors\"", "\"facotrs\"", StringComparison.Ordinal);
        var path = _folder.Write("misspelt.json", text);

        var e = Assert.Throws<ScenarioException>(() => ExperimentLoader.Load(path));

        Assert.Contains(e.Problems, p => p.JsonPath == "$.facotrs" && p.Message == "unknown field 'facotrs' (check the spelling)");
        Assert.DoesNotContain(e.Problems, p => p.Message.StartsWith("is a", StringComparison.Ordinal));
    }

    private static ScenarioException Load(string path, DocumentKind kind) => kind == DocumentKind.Scenario
        ? Assert.Throws<ScenarioException>(() => ScenarioLoader.Load(path))
        : Assert.Throws<ScenarioException>(() => ExperimentLoader.Load(path));
}
