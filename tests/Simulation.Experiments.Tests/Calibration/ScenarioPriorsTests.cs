using System.Text.Json.Nodes;
using Simulation.Experiments.Calibration;
using Simulation.Experiments.Scenarios;

namespace Simulation.Experiments.Tests.Calibration;

public class ScenarioPriorsTests
{
    [Fact]
    public void CalibrationScenario_MarksEveryDecisiveWeight_ByTheirPaths_NotTheNoiseScale_BesideTheBaselinesUncertainValues()
    {
        var scenario = ScenarioLoader.Load(Repository.Scenario("calibration.json"));

        var all = ScenarioPriors.Find(scenario);
        var priors = all.Where(p => p.Path.Text.StartsWith("regimes[", StringComparison.Ordinal) && !p.Path.Text.Contains(".fund.", StringComparison.Ordinal)
            || p.Path.Text.StartsWith("projects[", StringComparison.Ordinal)).ToList();

        // Every regime tilt and every criterion of the three recorded projects, in document order.
        var document = scenario.Document;
        var expected = document["regimes"]!.AsArray().SelectMany(r => r!["tilt"]!.AsArray().Select(t => $"regimes[{r["id"]}].tilt[{t!["signal"]}].weight"))
            .Concat(document["projects"]!.AsArray().Where(p => p!["id"]!.GetValue<string>() is "maglev" or "robotLand" or "medicalComplex")
                .SelectMany(p => p!["criteria"]!.AsArray().Select(c => $"projects[{p["id"]}].criteria[{c!["signal"]}].weight")))
            .ToList();
        Assert.Equal(20, expected.Count);
        Assert.Equal(expected, priors.Select(p => p.Path.Text));
        Assert.All(all, p => Assert.Equal(p.ScenarioValue, p.Path.Read(scenario.Document)));
        Assert.All(priors, p => Assert.InRange(p.ScenarioValue, p.Min, p.Max));
        Assert.Contains(all, p => p.Path.Text == "regions[gyeongnam].values.universities2003");
        Assert.Equal("regimes_roh_tilt_equity_weight", priors[0].Name);
        // The rule the file states holds for every weight, with no exception: no weight's size has a source, so each gets
        // uniform [0, max(2v, 1)], whatever the outcome it would favour.
        Assert.All(priors, p => Assert.Equal((PriorDistribution.Uniform, 0.0, Math.Max(2 * p.ScenarioValue, 1)), (p.Distribution, p.Min, p.Max)));
        // Only weight ÷ noise is identified, so the noise scale is the unit and has no prior.
        Assert.DoesNotContain(all, p => p.Path.Text.EndsWith(".selection.discretion", StringComparison.Ordinal));
    }

    [Fact]
    public void Baseline_MarksOnlyRegionValuesAndMechanismParametersNoSourceGives()
    {
        var priors = ScenarioPriors.Find(ScenarioLoader.Load(Repository.Scenario("baseline.json")));

        Assert.NotEmpty(priors);
        Assert.All(priors, p => Assert.Matches(@"^(regions\[|regimes\[lee\]\.fund\.|programmes\[|behaviour\.capacityGain|money\.wonPerUsd)", p.Path.Text));
        // The census counts the source confirms are measured; the rows it gives from memory (±1 %) are uncertain.
        Assert.DoesNotContain(priors, p => p.Path.Text is "regions[seoul].values.population" or "regions[gyeonggi].values.population");
        Assert.Equal(14, priors.Count(p => p.Path.Text.EndsWith(".population", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("calibration.json")]
    [InlineData("assumptions.json")]
    public void ScenariosOfPriors_RunWithTheBaselinesValues(string file)
    {
        var calibration = ScenarioLoader.Load(Repository.Scenario(file));
        var baseline = ScenarioLoader.Load(Repository.Scenario("baseline.json"));

        Assert.Equal(baseline.Model.Regimes, calibration.Model.Regimes, new JsonEquality<Core.Regimes.PolicyRegime>());
        Assert.Equal(baseline.Model.Projects, calibration.Model.Projects, new JsonEquality<Core.Projects.NationalProject>());
        Assert.Equal(baseline.Model.Programmes, calibration.Model.Programmes, new JsonEquality<Core.Programmes.DesignationProgramme>());
        Assert.Equal(baseline.Model.OwnClusters, calibration.Model.OwnClusters, new JsonEquality<Core.Clusters.OwnClusterRules>());
        Assert.Equal(baseline.Model.Behaviour, calibration.Model.Behaviour);
    }

    [Fact]
    public void PriorReachingOutsideTheValidRange_IsRejectedWithItsPath()
    {
        var document = (JsonObject)ScenarioLoader.Load(Repository.Scenario("baseline.json")).Document.DeepClone();
        var weight = document["regimes"]![0]!["tilt"]![0]!["weight"]!.AsObject();
        weight["prior"] = new JsonObject { ["distribution"] = "uniform", ["min"] = 0, ["max"] = 12 };

        var e = Assert.Throws<ScenarioException>(() => ScenarioPriors.Find(ScenarioLoader.Parse(document.ToJsonString(), "wide.json")));

        Assert.Contains("regimes[roh].tilt[equity].weight.prior.max", e.Message);
    }

    [Fact]
    public void PriorOnAWholeNumberField_IsRejectedWithItsPath_SinceItsDrawsAreFractions()
    {
        var document = (JsonObject)ScenarioLoader.Load(Repository.Scenario("baseline.json")).Document.DeepClone();
        document["behaviour"]!["adjustmentRounds"]!["prior"] = new JsonObject { ["distribution"] = "uniform", ["min"] = 2, ["max"] = 6 };

        var e = Assert.Throws<ScenarioException>(() => ScenarioPriors.Find(ScenarioLoader.Parse(document.ToJsonString(), "rounds.json")));

        Assert.EndsWith("behaviour.adjustmentRounds.prior", e.Problems.Single().JsonPath, StringComparison.Ordinal);
        Assert.Contains("whole numbers", e.Problems.Single().Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MalformedPrior_IsRejectedByTheSchema()
    {
        var document = (JsonObject)ScenarioLoader.Load(Repository.Scenario("baseline.json")).Document.DeepClone();
        document["regimes"]![0]!["tilt"]![0]!["weight"]!["prior"] = new JsonObject { ["distribution"] = "normal", ["min"] = 0, ["max"] = 1 };

        var e = Assert.Throws<ScenarioException>(() => ScenarioLoader.Parse(document.ToJsonString(), "bad.json"));

        Assert.Contains("$.regimes[0].tilt[0].weight.prior", e.Message);
    }

    [Fact]
    public void PriorAnywhereInTheDocument_IsFound_WithAPathThatReadsIt()
    {
        var document = (JsonObject)ScenarioLoader.Load(Repository.Scenario("baseline.json")).Document.DeepClone();
        document["programmes"]![0]!["designationsPerYear"]!["prior"] = new JsonObject { ["distribution"] = "uniform", ["min"] = 8, ["max"] = 12 };
        document["behaviour"]!["damping"]!["prior"] = new JsonObject { ["distribution"] = "uniform", ["min"] = 0.2, ["max"] = 1 };
        var scenario = ScenarioLoader.Parse(document.ToJsonString(), "x.json");

        var priors = ScenarioPriors.Find(scenario);

        var added = priors.Where(p => p.Path.Text is "programmes[innovationCities].designationsPerYear" or "behaviour.damping").ToList();
        Assert.Equal(["programmes[innovationCities].designationsPerYear", "behaviour.damping"], added.Select(p => p.Path.Text));
        Assert.Equal([11.0, 0.6], added.Select(p => p.Path.Read(scenario.Document)));
        Assert.Contains(priors, p => p.Path.Text == "regions[busan].values.rdShare2007"); // an uncertain region value of the baseline
    }

    private sealed class JsonEquality<T> : IEqualityComparer<T>
    {
        private static readonly System.Text.Json.JsonSerializerOptions Options = new() { NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals };

        public bool Equals(T? x, T? y) => System.Text.Json.JsonSerializer.Serialize(x, Options) == System.Text.Json.JsonSerializer.Serialize(y, Options);

        public int GetHashCode(T obj) => 0;
    }
}
