using Simulation.Experiments.Scenarios;
using Simulation.Experiments.Sensitivity;
using Simulation.Experiments.Sweeps;

namespace Simulation.Experiments.Tests.Sweeps;

/// <summary>An index whose weights are all 0 has no composition (only its weights relative to one another count): a design
/// that would set every weight of an index to 0 at some point is refused before any point runs, naming the index and the
/// factors, while one that leaves some weight above 0 everywhere runs.</summary>
public sealed class WeightlessIndicesTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("regsim-weightless-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void AGridThatSetsEveryWeightOfAnIndexTo0_IsRefused_NamingTheIndexTheFactorsAndThePoints()
    {
        // The second factor names the same index by position: the index is found however a path spells it.
        var experiment = ExperimentLoader.Load(Write("grid", """
            { "name": "air", "parameter": "indices[gateway].components[0].weight", "min": 0, "max": 1 },
            { "name": "teu", "parameter": "indices[3].components[1].weight", "min": 0, "max": 1 }
            """));

        var e = Assert.Throws<ScenarioException>(() => SweepDesign.Points(experiment));

        Assert.Equal(DocumentKind.Experiment, e.Kind);
        var problem = Assert.Single(e.Problems);
        Assert.Equal((experiment.File.Path, "$.factors"), (problem.File, problem.JsonPath));
        Assert.Contains("every weight of index 'gateway' to 0 at once (factors 'air' and 'teu') at 1 of its 9 points, the first point 0", problem.Message);
    }

    [Fact]
    public void AMorrisStudyOfThoseFactors_IsRefusedTheSameWay()
    {
        var experiment = ExperimentLoader.Load(Write("grid", """
            { "name": "air", "parameter": "indices[gateway].components[0].weight", "min": 0, "max": 1 },
            { "name": "teu", "parameter": "indices[gateway].components[1].weight", "min": 0, "max": 1 }
            """));
        var settings = new SensitivitySettings(SensitivityMethod.Morris, ["gini_resources_per_capita"], "timeline", 10, 4, 8, 0, 1);

        var e = Assert.Throws<ScenarioException>(() => SensitivityStudy.Points(experiment, settings));

        Assert.Contains("index 'gateway'", e.Message);
    }

    [Theory]
    [InlineData("0.1")]
    [InlineData("0.0001")]
    public void AGridThatKeepsAWeightAbove0_Runs(string min)
    {
        var experiment = ExperimentLoader.Load(Write("grid", $$"""
            { "name": "air", "parameter": "indices[gateway].components[0].weight", "min": 0, "max": 1 },
            { "name": "teu", "parameter": "indices[gateway].components[1].weight", "min": {{min}}, "max": 1 }
            """));

        var points = SweepDesign.Points(experiment);

        Assert.Equal(9, points.Count);
        Assert.Contains(points, p => p.Values[0] == 0);
        Assert.All(points.Take(3), p => Assert.NotNull(Sweep.ScenarioAt(experiment, p)));
    }

    [Fact]
    public void AWeightAt0_IsHarmless_WhileAnotherComponentOfItsIndexKeepsItsWeight()
    {
        var experiment = ExperimentLoader.Load(Write("grid", """
            { "name": "air", "parameter": "indices[gateway].components[0].weight", "min": 0, "max": 1 }
            """));

        var points = SweepDesign.Points(experiment);

        Assert.Equal(0, points[0].Values[0]);
        Assert.NotNull(Sweep.ScenarioAt(experiment, points[0]));
    }

    [Fact]
    public void IsWeight_NamesTheParametersThatWeighAnIndexsComponents_AndAtTheIndexTheyLeaveWithoutWeight()
    {
        var scenario = ScenarioLoader.Load(Repository.Scenario("baseline.json"));
        string[] paths = ["indices[gateway].components[0].weight", "regimes[lee].tilt[equity].weight", "indices[gateway].components[1].weight",
            "indices[equity].components[0].weight"];

        var weightless = WeightlessIndices.Of(scenario.Document, [.. paths.Select(ParameterPath.Parse)]);

        Assert.Equal([true, false, true, true], paths.Select((_, i) => weightless.IsWeight(i)));
        Assert.Equal("gateway", weightless.At([0, 1, 0, 0]));
        Assert.Null(weightless.At([0, 0, 0.1, 0]));
        Assert.Null(weightless.At([0.3, 0, 0, 0]));
        // Equity's other two components keep their weights, so its first at 0 leaves it a composition.
        Assert.Null(weightless.At([1, 1, 1, 0]));
    }

    private string Write(string design, string factors)
    {
        var path = Path.Combine(_folder, "corner.json");
        File.WriteAllText(path, "{ \"name\": \"corner\", \"scenario\": \"" + Repository.Scenario("baseline.json").Replace("\\", "/")
            + "\", \"seed\": 1, \"replicationsPerPoint\": 2, \"design\": { \"kind\": \"" + design + "\" }, \"factors\": [ " + factors + " ] }");
        return path;
    }
}
