using System.Text.Json.Nodes;
using Simulation.Experiments.Calibration;
using Simulation.Experiments.Scenarios;
using Simulation.Experiments.Sweeps;
using Simulation.Experiments.Validation;
using Simulation.Tests.Shared;

namespace Simulation.Experiments.Tests.Calibration;

public class RecordCalibrationTests
{
    private static readonly LoadedScenario Scenario = ScenarioLoader.Load(Repository.Scenario("calibration.json"));

    private static RecordCalibration Calibration(int particles = 12, int replications = 30, CalibrationSampler sampler = CalibrationSampler.Tempered) =>
        RecordCalibration.Create(Scenario, new CalibrationSettings(particles, replications, 5, 100, sampler));

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
    public void Cancelling_StopsBetweenBlocks_AfterHandingOnFinishedParticlesInOrder()
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
    public void Particle_SummariesAreLogScores_ThatAddUpToTheLogLikelihood()
    {
        var particle = Calibration().Simulate(2);

        Assert.Equal(3, particle.Summaries.Count);
        Assert.All(particle.Summaries, s => Assert.InRange(s, double.NegativeInfinity, 0.0));
        Assert.Equal(particle.Summaries.Sum(), particle.LogLikelihood, 12);
    }

    [Fact]
    public void LeaveOneOut_ByImportance_WithParticlesThatDifferOnlyInOneCompetition_FollowsTheOthers()
    {
        var calibration = Calibration(particles: 2, sampler: CalibrationSampler.Importance);
        var values = calibration.Priors.Select(p => p.ScenarioValue).ToList();
        // Particle 0 foresees the first competition well and the others badly; particle 1 the reverse.
        Particle[] particles = [new(0, values, [Math.Log(0.9), Math.Log(0.01), Math.Log(0.01)], Math.Log(0.9 * 0.01 * 0.01)),
            new(1, values, [Math.Log(0.1), Math.Log(0.5), Math.Log(0.5)], Math.Log(0.1 * 0.5 * 0.5))];

        var rows = calibration.LeaveOneOut(particles);

        // Fitted to the other two, particle 1 weighs 0.25 against 0.0001: the first competition is predicted near 0.1.
        var first = (0.0001 * 0.9 + 0.25 * 0.1) / (0.0001 + 0.25);
        Assert.Equal(Math.Log(first), rows[0].HeldOut, 9);
        Assert.Equal(Math.Log((0.9 + 0.1) / 2), rows[0].Prior, 9);
        Assert.Equal(Math.Log(0.25), rows[0].Chance, 9);
    }

    [Fact]
    public void LeaveOneOut_LeavesOutAParticleWhoseReplicationsAllRuledOutTheRecordBeforeACompetition()
    {
        var calibration = Calibration(particles: 2, sampler: CalibrationSampler.Importance);
        var values = calibration.Priors.Select(p => p.ScenarioValue).ToList();
        // Particle 1 never gave the second competition's winners, so the third has no estimate given the record before it.
        Particle[] particles = [new(0, values, [Math.Log(0.5), Math.Log(0.2), Math.Log(0.4)], Math.Log(0.5 * 0.2 * 0.4)),
            new(1, values, [Math.Log(0.5), double.NegativeInfinity, double.NaN], double.NegativeInfinity)];

        var rows = calibration.LeaveOneOut(particles);

        Assert.Equal(Math.Log(0.4), rows[2].Prior, 9);
        Assert.Equal(Math.Log(0.4), rows[2].HeldOut, 9);
        Assert.Equal(Math.Log((0.2 + 0.0) / 2), rows[1].Prior, 9);
        Assert.Equal(Math.Log(0.2), rows[1].HeldOut, 9);
        Assert.All(rows, r => Assert.False(double.IsNaN(r.Prior) || double.IsNaN(r.HeldOut), $"{r.Competition}: {r.Prior}, {r.HeldOut}"));
    }

    [Fact]
    public void PredictiveCheck_AtTheScenarioValues_GivesTheOriginalTwice()
    {
        var calibration = Calibration();
        var particles = Enumerable.Range(0, 4).Select(i => calibration.Simulate(i)).ToList();
        var posterior = new RecordPosterior(
            [new Particle(0, calibration.Priors.Select(p => p.ScenarioValue).ToList(), particles[0].Summaries, particles[0].LogLikelihood)], 1, 1, particles[0].LogLikelihood);

        var rows = calibration.PredictiveCheck(posterior, posterior.Means(calibration.Priors.Count), 2);

        Assert.Equal(["ln_p_maglev", "ln_p_robotLand", "ln_p_medicalComplex", "ln_p_record", "pattern.innovationCityExclusions",
            "pattern.enterpriseCityRejections", "pattern.specialDistrictsPerRegion", "pattern.medicalComplexGrades"], rows.Select(r => r.Target));
        Assert.All(rows, r => Assert.Equal(r.Original, r.Calibrated));
        Assert.InRange(rows[0].Original, Math.Log(0.05), Math.Log(0.5)); // Incheon is one of four bidders, none a sure winner
        Assert.Equal(rows.Take(3).Sum(r => r.Original), rows[3].Original, 9);
    }

    [Fact]
    public void ScenarioWithoutPriors_IsRejected()
    {
        var document = (JsonObject)ScenarioLoader.Load(Repository.Scenario("baseline.json")).Document.DeepClone();
        PriorFree.Strip(document);
        var e = Assert.Throws<ScenarioException>(() =>
            RecordCalibration.Create(ScenarioLoader.Parse(document.ToJsonString(), "no-priors.json"), new CalibrationSettings(10, 10, 1, 10)));

        Assert.Contains("prior", e.Message);
    }

    [Fact]
    public void AWhatIfItsPatternsNoLongerFit_IsRejectedBeforeAnyParticleRuns_NamingTheGradeByItsProject()
    {
        // Seoul no longer bids for the Medical Complex, and the record's bids say so, so the record still fits; the grades,
        // which the predictive check reads at the end, name Seoul.
        var document = (JsonObject)Scenario.Document.DeepClone();
        var complex = document["projects"]!.AsArray().OfType<JsonObject>().Single(p => (string?)p["id"] == "medicalComplex");
        complex["candidates"] = new JsonArray([.. complex["candidates"]!.AsArray().Select(c => (string)c!).Where(c => c != "seoul").Select(c => JsonValue.Create(c))]);
        document["record"]!.AsArray().OfType<JsonObject>().Single(c => (string?)c["project"] == "medicalComplex")["bids"] = 9;

        var e = Assert.Throws<ScenarioException>(() =>
            RecordCalibration.Create(ScenarioLoader.Parse(document.ToJsonString(), "no-seoul.json"), new CalibrationSettings(10, 10, 1, 10)));

        Assert.Contains("$.patterns.grades[medicalComplexGrades]", e.Message);
        Assert.Contains("'seoul' is not a candidate for 'medicalComplex'", e.Message);
    }

    [Fact]
    public void ScenarioWith_ReusingItsDocuments_ReadsEachParticleAsAFreshCopyWould_OnAnyThread()
    {
        var calibration = Calibration();
        var points = Enumerable.Range(0, 12).Select(k => calibration.Priors.Select((p, j) => p.Min + ((p.Max - p.Min) * ((((3 * j) + k) % 12) + 0.5) / 12.0)).ToArray()).ToArray();
        var everyNumber = new System.Text.Json.JsonSerializerOptions { NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals };
        string Read(RecordCalibration c, double[] point) => System.Text.Json.JsonSerializer.Serialize(c.ScenarioWith(point), everyNumber);
        var fresh = points.Select(point => Read(Calibration(), point)).ToArray();

        var reused = points.Select(point => Read(calibration, point)).ToArray();
        var parallel = new string[points.Length];
        Parallel.For(0, 4 * points.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => parallel[i % points.Length] = Read(calibration, points[i % points.Length]));

        Assert.Equal(fresh, reused);
        Assert.Equal(fresh, parallel);
        Assert.Equal(points.Length, fresh.Distinct().Count()); // the points differ, and so do their scenarios
    }

    [Fact]
    public void AScenarioThatNamesTheComparedPair_IsCalibrated_ItsParticlesRunningNoCounterfactual()
    {
        var document = (System.Text.Json.Nodes.JsonObject)Scenario.Document.DeepClone();
        document["compared"] = new System.Text.Json.Nodes.JsonArray("lee", "roh");
        var calibration = RecordCalibration.Create(ScenarioLoader.Parse(document.ToJsonString(), "compared.json"), new CalibrationSettings(10, 10, 1, 10));

        var particle = calibration.ScenarioWith([.. calibration.Priors.Select(p => (p.Min + p.Max) / 2)]);

        Assert.Empty(particle.Counterfactuals);
        Assert.Null(particle.Compared);
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
    public void CalibratedOverride_PutsEveryCompetitionOfTheRecordInSample_SinceItsLikelihoodChoseTheValues()
    {
        var calibration = Calibration();
        var values = calibration.Priors.Select(p => (p.Path.Text, (p.Min + p.Max) / 2, "calibrated: test")).ToList();
        var folder = Path.Combine(Path.GetTempPath(), "regsim-calibrated-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var extends = Path.GetRelativePath(folder, Repository.Scenario("calibration.json")).Replace('\\', '/');
            var path = Path.Combine(folder, "calibrated.json");
            File.WriteAllText(path, CalibratedScenario.Override(Scenario.Document, extends, "calibrated-test", "test", values, "fitted to the record").ToJsonString());
            var before = HistoricalRecord.Of(ScenarioLoader.Load(Repository.Scenario("calibration.json")));

            var record = HistoricalRecord.Of(ScenarioLoader.Load(path));

            Assert.Contains(before, c => c.InSample is null); // the original counts some competitions as validation
            Assert.Equal(before.Select(c => c.Project), record.Select(c => c.Project));
            Assert.All(record, c =>
            {
                Assert.Equal("fitted to the record", c.InSample);
                Assert.Null(c.CountedAsValidation);
            });
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

    private static string Fingerprint(Particle p) => $"{p.Index}:{string.Join(',', p.Parameters.Concat(p.Summaries).Append(p.LogLikelihood).Select(x => x.ToString("R")))}";

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
                : list.OfType<JsonObject>().First(e => (e["id"] ?? e["signal"] ?? e["zone"])?.GetValue<string>() == selector);
        }
        return node.AsObject();
    }
}
