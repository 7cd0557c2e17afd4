using MathNet.Numerics.Distributions;
using Simulation.Experiments.Calibration;
using Simulation.Experiments.Scenarios;
using Simulation.Experiments.Sensitivity;
using Simulation.Tests.Shared;

namespace Simulation.Experiments.Tests.Sensitivity;

public class PriorScreeningTests
{
    private static readonly LoadedScenario Baseline = ScenarioLoader.Load(Repository.Scenario("baseline.json"));

    [Fact]
    public void Factors_AreTheScenariosPriors_EachSpanningItsRange()
    {
        var priors = ScenarioPriors.Find(Baseline);

        var screening = PriorScreening.Create(Baseline, replicationsPerPoint: 10, seed: 3);

        Assert.True(priors.Count > 50, $"the baseline marks {priors.Count} priors");
        Assert.Contains(priors, p => p.Distribution == PriorDistribution.Normal);
        Assert.Equal(priors.Select(p => p.Path.Text), screening.Experiment.Factors.Select(f => f.Name));
        Assert.All(priors.Zip(screening.Experiment.Factors), pair =>
        {
            var (prior, factor) = pair;
            Assert.Equal(prior.Path.Text, factor.Parameter.Text);
            if (prior.Distribution == PriorDistribution.Uniform)
            {
                Assert.Equal((prior.Min, prior.Max), (factor.Min, factor.Max));
                Assert.Equal(prior.Min, factor.Scale(0), 12);
                Assert.Equal(prior.Max, factor.Scale(1), 12);
                Assert.Equal((prior.Min + prior.Max) / 2, factor.Scale(0.5), 9);
                return;
            }
            // A normal prior runs over its central 95 %, through its median, inside its truncation.
            Assert.Equal(prior.Quantile(PriorScreening.Tail), factor.Scale(0), 12);
            Assert.Equal(prior.Quantile(1 - PriorScreening.Tail), factor.Scale(1), 12);
            Assert.Equal(prior.Quantile(0.5), factor.Scale(0.5), 9);
            Assert.InRange(factor.Scale(0), prior.Min, prior.Mean);
            Assert.InRange(factor.Scale(1), prior.Mean, prior.Max);
        });
        Assert.Equal((10, 3UL, Baseline.File), (screening.Experiment.ReplicationsPerPoint, screening.Experiment.Seed, screening.Experiment.File));
    }

    [Fact]
    public void DesignPoints_WriteThePriorsLevelsIntoTheScenario()
    {
        var screening = PriorScreening.Create(Baseline, 10, 3);
        var settings = new SensitivitySettings(SensitivityMethod.Morris, [], "timeline", 2, 4, 8, 0, 3);

        var point = SensitivityStudy.Points(screening.Experiment, settings)[1];
        var scenario = Experiments.Sweeps.Sweep.ScenarioAt(screening.Experiment, point);

        var schools = screening.Priors.Select((p, i) => (p, i)).First(x => x.p.Path.Text == "regions[daejeon].values.medicalSchools");
        var attribute = scenario.Attributes.ToList().FindIndex(a => a.Id == "medicalSchools");
        var daejeon = scenario.Regions.Single(r => r.Id == "daejeon");
        var (min, max) = (schools.p.Min, schools.p.Max);
        Assert.Equal(PriorDistribution.Uniform, schools.p.Distribution);
        Assert.Contains(point.Values[schools.i], new[] { min, min + ((max - min) / 3), min + (2 * (max - min) / 3), max });
        Assert.Equal(point.Values[schools.i], daejeon.Values[attribute], 9);
    }

    [Fact]
    public void NormalPrior_MapsTheUnitLevelsThroughItsQuantiles_From2Point5To97Point5Percent()
    {
        var document = ChosenPriors.Only(Baseline.Document,
            ("regimes[roh].tilt[equity].weight", ChosenPriors.Normal(0.5, 0.1, 0, 1)),
            ("regions[seoul].values.grdpPerCapita", ChosenPriors.Uniform(16, 20)));

        var screening = PriorScreening.Create(ScenarioLoader.Parse(document.ToJsonString(), "normal.json"), 10, 3);

        var normal = screening.Experiment.Factors.Single(f => f.Name == "regimes[roh].tilt[equity].weight");
        var uniform = screening.Experiment.Factors.Single(f => f.Name == "regions[seoul].values.grdpPerCapita");
        // The truncation to [0, 1] lies five sd away, so the quantiles are the plain normal's to many digits.
        Assert.Equal(Normal.InvCDF(0.5, 0.1, 0.025), normal.Scale(0), 6);
        Assert.Equal(Normal.InvCDF(0.5, 0.1, 0.975), normal.Scale(1), 6);
        Assert.Equal(Normal.InvCDF(0.5, 0.1, 0.025 + (0.95 / 3)), normal.Scale(1.0 / 3), 6);
        Assert.Equal(0.5, normal.Scale(0.5), 9);
        Assert.Equal((normal.Scale(0), normal.Scale(1)), (normal.Min, normal.Max));
        Assert.Equal(screening.Priors.Single(p => p.Distribution == PriorDistribution.Normal).Quantile(0.975), normal.Scale(1), 12);
        Assert.Equal((16.0, 18.0, 20.0), (uniform.Scale(0), uniform.Scale(0.5), uniform.Scale(1)));
    }

    [Fact]
    public void IndexWeightsWithPriorsFrom0_AreScreenedOverTheirCentral95Percent_SoNoPointLeavesTheIndexWithoutWeight()
    {
        // The Maglev what-if reads the two-component gateway index, so its weights change a result.
        var gateway = ScenarioLoader.Load(Repository.Scenario("maglev-gateway.json"));
        var document = ChosenPriors.Only(gateway.Document,
            ("indices[gateway].components[0].weight", ChosenPriors.Uniform(0, 1)),
            ("indices[gateway].components[1].weight", ChosenPriors.Uniform(0, 1)),
            ("regions[seoul].values.grdpPerCapita", ChosenPriors.Uniform(16, 20)));
        var screening = PriorScreening.Create(ScenarioLoader.Parse(document.ToJsonString(), "corner.json"), 2, 1);
        var settings = new SensitivitySettings(SensitivityMethod.Morris, ["win_maglev_incheon"], "timeline", 4, 4, 8, 0, 1);
        var factors = screening.Experiment.Factors.Select(f => f.Name).ToList();
        var (air, teu) = (factors.IndexOf("indices[gateway].components[0].weight"), factors.IndexOf("indices[gateway].components[1].weight"));
        var seoul = screening.Experiment.Factors[factors.IndexOf("regions[seoul].values.grdpPerCapita")];

        // This design's grid reaches the corner: mapped linearly, both weights would be 0 at once there.
        Assert.Contains(MorrisDesign.Create(3, 4, 4, 1).Points, u => u[air] == 0 && u[teu] == 0);
        Assert.All(new[] { air, teu }.Select(i => screening.Experiment.Factors[i]), weight =>
        {
            Assert.Equal(PriorScreening.Tail, weight.Scale(0), 12);
            Assert.Equal(1 - PriorScreening.Tail, weight.Scale(1), 12);
            Assert.Equal(0.5, weight.Scale(0.5), 12);
        });
        Assert.Equal((16.0, 20.0), (seoul.Scale(0), seoul.Scale(1)));
        foreach (var method in new[] { SensitivityMethod.Morris, SensitivityMethod.Sobol })
        {
            Assert.All(SensitivityStudy.Points(screening.Experiment, settings with { Method = method }), p =>
            {
                Assert.InRange(p.Values[air], PriorScreening.Tail, 1 - PriorScreening.Tail);
                Assert.InRange(p.Values[teu], PriorScreening.Tail, 1 - PriorScreening.Tail);
            });
        }
        // Every point reads as a scenario and runs; the weights' effects are measured, not undefined.
        var muStar = SensitivityStudy.Run(screening.Experiment, settings, threads: 2).Where(r => r.Index == SensitivityIndex.MuStar).ToList();
        Assert.Equal(3, muStar.Count);
        Assert.All(muStar, r => Assert.True(double.IsFinite(r.Value), $"{r.Factor}: {r.Value}"));
        Assert.Contains(muStar, r => r.Factor.StartsWith("indices[gateway]", StringComparison.Ordinal) && r.Value > 0);
    }

    [Fact]
    public void ScenarioWithoutPriors_IsRejected_NamingTheFile()
    {
        var document = (System.Text.Json.Nodes.JsonObject)Baseline.Document.DeepClone();
        PriorFree.Strip(document);

        var e = Assert.Throws<ScenarioException>(() => PriorScreening.Create(ScenarioLoader.Parse(document.ToJsonString(), "certain.json"), 10, 3));

        Assert.Contains("certain.json", e.Message);
        Assert.Contains("no parameter has a 'prior'", e.Message);
    }

    [Fact]
    public void DominantPrior_RanksFirst()
    {
        // Gyeongbuk's fiscal self-reliance from none to all of its spending decides its own Robot Land chance (a Robot Land
        // criterion); the other two barely touch it.
        var document = ChosenPriors.Only(Baseline.Document,
            ("regions[seoul].values.grdpPerCapita", ChosenPriors.Uniform(18.5, 18.7)),
            ("regions[gyeongbuk].values.fiscalSelfReliance", ChosenPriors.Uniform(0, 100)),
            ("regions[jeju].values.containerTeu2006", ChosenPriors.Uniform(0, 0.519)));
        var screening = PriorScreening.Create(ScenarioLoader.Parse(document.ToJsonString(), "dominant.json"), 60, 11);
        var settings = new SensitivitySettings(SensitivityMethod.Morris, ["win_robotLand_gyeongbuk"], "timeline", 4, 4, 8, 0, 11);

        var muStar = SensitivityStudy.Run(screening.Experiment, settings, threads: 2).Where(r => r.Index == SensitivityIndex.MuStar).OrderByDescending(r => r.Value).ToList();

        Assert.Equal("regions[gyeongbuk].values.fiscalSelfReliance", muStar[0].Factor);
        Assert.True(muStar[0].Value > 5 * muStar[1].Value, string.Join(", ", muStar.Select(r => $"{r.Factor} {r.Value}")));
    }

    [Fact]
    public void DefaultOutputs_AreTheResults_AndTheRecordsNamedWinners()
    {
        Assert.Equal(
            ["gini_resources_per_capita", "capital_region_share", "non_capital_herfindahl", "capacity_sd_change",
                "win_maglev_incheon", "win_robotLand_incheon", "win_medicalComplex_daegu"],
            SensitivityOutputs.Defaults(Baseline));
    }
}
