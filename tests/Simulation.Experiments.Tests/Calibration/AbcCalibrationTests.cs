using System.Text.Json.Nodes;
using Simulation.Experiments.Calibration;
using Simulation.Experiments.Scenarios;
using Simulation.Experiments.Sweeps;
using Simulation.Tests.Shared;

namespace Simulation.Experiments.Tests.Calibration;

public class AbcCalibrationTests
{
    private static readonly LoadedScenario Scenario = ScenarioLoader.Load(Repository.Scenario("calibration.json"));

    private static AbcCalibration Calibration(int particles = 12, int replications = 30) =>
        AbcCalibration.Create(Scenario, new CalibrationSettings(particles, replications, 0.25, null, 5, 100));

    [Fact]
    public void Draws_AreWithinThePriors_AndDependOnlyOnTheSeedAndIndex()
    {
        var calibration = Calibration();

        var draws = Enumerable.Range(0, 50).Select(calibration.Draw).ToList();

        Assert.All(draws, d => Assert.All(d.Select((x, j) => (x, j)), v => Assert.InRange(v.x, calibration.Priors[v.j].Min, calibration.Priors[v.j].Max)));
        Assert.Equal(draws[7], Calibration(particles: 999).Draw(7));
        Assert.NotEqual(draws[7], draws[8]);
    }

    [Fact]
    public void Particles_AreTheSameWhateverTheThreadCountAndOrder()
    {
        var calibration = Calibration();
        var one = new List<Particle>();
        var three = new List<Particle>();

        calibration.Run([0, 1, 2, 3, 4, 5], 1, one.Add);
        calibration.Run([3, 4, 5, 0, 1, 2], 3, three.Add);

        Assert.Equal([3, 4, 5, 0, 1, 2], three.Select(p => p.Index));
        Assert.Equal(one.Select(Fingerprint), three.OrderBy(p => p.Index).Select(Fingerprint));
    }

    [Fact]
    public void Cancelling_StopsBetweenWaves_AfterHandingOnFinishedParticlesInOrder()
    {
        var calibration = Calibration();
        using var cancel = new CancellationTokenSource();
        var seen = new List<int>();

        Assert.ThrowsAny<OperationCanceledException>(() => calibration.Run([.. Enumerable.Range(0, 12)], 2, p =>
        {
            seen.Add(p.Index);
            if (seen.Count == 2)
            {
                cancel.Cancel();
            }
        }, cancel.Token));

        Assert.InRange(seen.Count, 2, 4);
        Assert.Equal(Enumerable.Range(0, seen.Count), seen);
    }

    [Fact]
    public void Particle_SummariesAreProbabilities_AndTheDistanceIsFromCertainty()
    {
        var particle = Calibration().Simulate(2);

        Assert.Equal(3, particle.Summaries.Count);
        Assert.All(particle.Summaries, s => Assert.InRange(s, 0.0, 1.0));
        Assert.Equal(Math.Sqrt(particle.Summaries.Sum(s => (1 - s) * (1 - s))), particle.Distance, 12);
    }

    [Fact]
    public void PredictiveCheck_AtTheScenarioValues_GivesTheOriginalTwice()
    {
        var calibration = Calibration();
        var particles = Enumerable.Range(0, 4).Select(i => calibration.Simulate(i)).ToList();
        var posterior = new AbcPosterior(
            [new Particle(0, calibration.Priors.Select(p => p.ScenarioValue).ToList(), particles[0].Summaries, 0)], 1, 0);

        var rows = calibration.PredictiveCheck(posterior, 2);

        Assert.Equal(["p_maglev", "p_robotLand", "p_medicalComplex", "p_full_outcome"], rows.Select(r => r.Target));
        Assert.All(rows, r => Assert.Equal(r.Original, r.Calibrated));
        Assert.InRange(rows[0].Original, 0.5, 1.0); // Incheon is the favourite for the Maglev line
    }

    [Fact]
    public void ScenarioWithoutPriors_IsRejected()
    {
        var document = (JsonObject)ScenarioLoader.Load(Repository.Scenario("baseline.json")).Document.DeepClone();
        PriorFree.Strip(document);
        var e = Assert.Throws<ScenarioException>(() =>
            AbcCalibration.Create(ScenarioLoader.Parse(document.ToJsonString(), "no-priors.json"), new CalibrationSettings(10, 10, 0.1, null, 1, 10)));

        Assert.Contains("prior", e.Message);
    }

    [Fact]
    public void CalibratedOverride_LoadsAsTheOriginalWithTheNewValues()
    {
        var calibration = Calibration();
        var values = calibration.Priors.Select((p, j) => (p.Path.Text, p.Min + ((p.Max - p.Min) * ((j % 5) + 1) / 6.0), $"calibrated: test {j}")).ToList();
        var folder = Path.Combine(Path.GetTempPath(), "regsim-calibrated-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var extends = Path.GetRelativePath(folder, Repository.Scenario("calibration.json")).Replace('\\', '/');
            var overlay = CalibratedScenario.Override(Scenario.Document, extends, "calibrated-test", "test", values);
            var path = Path.Combine(folder, "calibrated.json");
            File.WriteAllText(path, overlay.ToJsonString());

            var loaded = ScenarioLoader.Load(path);

            var expected = calibration.DocumentWith(values.Select(v => v.Item2).ToList());
            expected["name"] = "calibrated-test";
            expected["description"] = "test";
            for (var j = 0; j < values.Count; j++)
            {
                Assert.Equal(values[j].Item2, calibration.Priors[j].Path.Read(loaded.Document), 12);
                Locate(expected, calibration.Priors[j].Path.Text)["source"] = values[j].Item3;
            }
            Assert.True(JsonNode.DeepEquals(expected, loaded.Document), "the override changes the calibrated parameters and nothing else");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void CalibratedOverride_CopiesListsWithoutIdsWhole()
    {
        var merged = ScenarioLoader.Load(Repository.Scenario("baseline.json")).Document;

        var overlay = CalibratedScenario.Override(merged, "../baseline.json", "x", "x", [("indices[equity].components[1].weight", 0.7, "test")]);

        var components = overlay["indices"]![0]!["components"]!.AsArray();
        Assert.Equal(3, components.Count);
        Assert.Equal(0.7, components[1]!["weight"]!.GetValue<double>());
        Assert.Equal("grdpPerCapita", components[0]!["attribute"]!.GetValue<string>());
        var merged2 = JsonMerge.Merge(merged, overlay);
        Assert.Equal(0.7, ParameterPath.Parse("indices[equity].components[1].weight").Read(merged2));
        Assert.Equal(0.4, ParameterPath.Parse("indices[equity].components[0].weight").Read(merged2));
    }

    private static string Fingerprint(Particle p) => $"{p.Index}:{string.Join(',', p.Parameters.Concat(p.Summaries).Append(p.Distance).Select(x => x.ToString("R")))}";

    private static JsonObject Locate(JsonObject document, string path)
    {
        JsonNode node = document;
        foreach (var part in path.Split('.'))
        {
            var open = part.IndexOf('[');
            if (open < 0)
            {
                node = node[part]!;
                continue;
            }
            var selector = part[(open + 1)..^1];
            var list = node[part[..open]]!.AsArray();
            node = int.TryParse(selector, out var position)
                ? list[position]!
                : list.OfType<JsonObject>().First(e => (e["id"] ?? e["signal"])?.GetValue<string>() == selector);
        }
        return node.AsObject();
    }
}
