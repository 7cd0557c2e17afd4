using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;
using Simulation.Core.Randomness;
using Simulation.Experiments.Scenarios;
using Simulation.Experiments.Scheduling;
using Simulation.Experiments.Scoring;
using Simulation.Experiments.Statistics;
using Simulation.Experiments.Validation;

namespace Simulation.Experiments.Calibration;

/// <summary>
/// Calibration of a scenario's uncertain parameters (those with a <c>prior</c>) by the likelihood of the historical record.
/// A particle draws every parameter from its prior and estimates ln P(record) with
/// <see cref="CalibrationSettings.ReplicationsPerParticle"/> replications of sequential importance sampling
/// (<see cref="RecordLikelihood"/>), one factor per competition. The particles, resampled in proportion to the
/// likelihood, are the posterior (<see cref="ImportanceResampling"/>). Ordering by likelihood is what a distance on win
/// shares did not do; and because the estimate is unbiased the posterior is exact as the particles grow.
/// <para>Only ratios of criterion weights to the selection noise are identified, so the noise scale stays fixed as the unit
/// (docs/VALIDATION.md); the fund path and Table 3's rates are inputs and carry no information here.</para>
/// <para>Particle i depends only on (seed, i): its parameters come from the stream of (seed XOR a constant, i), and every
/// particle simulates replications 0 … R − 1 of the seed (common random numbers). Particles can therefore run in any order,
/// on any number of threads, and be resumed after an interruption, with the same result.</para>
/// </summary>
public sealed class RecordCalibration
{
    // Keeps the parameter streams apart from the replication streams of the same seed.
    private const ulong PriorStreams = 0xA5C1_B7E0_0D15_7A6CUL;

    // Gives each leave-one-out fit its own proposal streams.
    private const ulong HeldOutSeeds = 0x1EA7_E0FF_0000_0001UL;

    private readonly LoadedScenario _scenario;
    private readonly IReadOnlyList<HistoricalCompetition> _record;
    private readonly ConcurrentBag<JsonObject> _documents = []; // see ScenarioWith

    private RecordCalibration(LoadedScenario scenario, CalibrationSettings settings, IReadOnlyList<Prior> priors, IReadOnlyList<HistoricalCompetition> record)
    {
        _scenario = scenario;
        _record = record;
        Settings = settings;
        Priors = priors;
        Reads = PriorReads.Of(scenario, priors, Core.Regimes.RegimeMode.Timeline);
        var chance = ChanceModel.Score(scenario.Model, record);
        Targets = [.. record.Select((c, i) => new CalibrationTarget($"ln_p_{c.Project}",
            $"ln P({c.Project}: {string.Join(", ", c.Winners)} win | the record before it)", chance.Competitions[i].LogScore))];
    }

    /// <summary>The settings.</summary>
    public CalibrationSettings Settings { get; }

    /// <summary>The uncertain parameters, in document order.</summary>
    public IReadOnlyList<Prior> Priors { get; }

    /// <summary>Which of the <see cref="Priors"/> the model reads under the timeline, the mode the record's likelihood is
    /// computed in: one it never reads is a placebo the record cannot inform.</summary>
    public PriorReads Reads { get; }

    /// <summary>The likelihood's factors, one per competition of the record, in the order they were held.</summary>
    public IReadOnlyList<CalibrationTarget> Targets { get; }

    /// <summary>
    /// Returns the calibration of <paramref name="scenario"/>; throws <see cref="ScenarioException"/> when the scenario marks no
    /// parameter as uncertain, a prior is malformed, or the scenario has no record (or one naming what it lacks).
    /// </summary>
    public static RecordCalibration Create(LoadedScenario scenario, CalibrationSettings settings)
    {
        settings.Validate();
        var priors = ScenarioPriors.Find(scenario);
        if (priors.Count == 0)
        {
            throw new ScenarioException(scenario.File.Path, "$", "no parameter has a 'prior': mark the uncertain parameters (docs/scenario-format.md, Priors)");
        }
        var record = HistoricalRecord.Of(scenario);
        _ = RecordPatterns.Of(scenario); // read at the end, by the predictive check: a misfit is refused before any particle runs
        return new RecordCalibration(scenario, settings, priors, record);
    }

    /// <summary>Returns the parameter values of particle <paramref name="index"/>: one uniform per prior from the particle's stream.</summary>
    public double[] Draw(int index)
    {
        var stream = RandomStream.ForReplication(Settings.Seed ^ PriorStreams, index);
        var values = new double[Priors.Count];
        for (var j = 0; j < values.Length; j++)
        {
            values[j] = Priors[j].Quantile(stream.NextDouble());
        }
        return values;
    }

    /// <summary>Returns the merged scenario document with <paramref name="parameters"/> written in (prior order).</summary>
    public JsonObject DocumentWith(IReadOnlyList<double> parameters)
    {
        var document = (JsonObject)_scenario.Document.DeepClone();
        WriteParameters(document, parameters);
        return document;
    }

    private void WriteParameters(JsonObject document, IReadOnlyList<double> parameters)
    {
        for (var j = 0; j < Priors.Count; j++)
        {
            Priors[j].Path.Write(document, parameters[j]);
        }
    }

    /// <summary>Returns particle <paramref name="index"/>: its parameters and the log likelihood of the record under them.</summary>
    public Particle Simulate(int index, CancellationToken cancellationToken = default) =>
        Estimate(index, Draw(index), Settings.Seed, cancellationToken);

    /// <summary>Returns the particle at <paramref name="parameters"/>, its likelihood of the record estimated with
    /// <see cref="CalibrationSettings.ReplicationsPerParticle"/> replications of <paramref name="replicationSeed"/>
    /// (a <see cref="ParticleLikelihood"/>).</summary>
    public Particle Estimate(int index, double[] parameters, ulong replicationSeed, CancellationToken cancellationToken = default) =>
        LikelihoodOf(_record)(index, parameters, replicationSeed, cancellationToken);

    /// <summary>Returns the estimator of the likelihood of <paramref name="record"/> (the historical one, or a synthetic one
    /// for simulation-based calibration).</summary>
    public ParticleLikelihood LikelihoodOf(IReadOnlyList<HistoricalCompetition> record) => (index, parameters, replicationSeed, cancellationToken) =>
    {
        var scenario = ScenarioWith(parameters);
        var score = RecordLikelihood.Estimate(scenario, record, Core.Regimes.RegimeMode.Timeline,
            new RunOptions(Settings.ReplicationsPerParticle, replicationSeed, 1), RecordScoring.ModelKey, scenario.Name, cancellationToken,
            ScoreParts.LikelihoodOnly);
        return new Particle(index, parameters, [.. score.Competitions.Select(c => c.LogScore)], score.LogScore);
    };

    /// <summary>
    /// Returns the tempered sampler (<see cref="TemperedSmc"/>) of this calibration: of the whole record, or, with
    /// <paramref name="heldOut"/>, of every competition but that one.
    /// </summary>
    public TemperedSmc Sampler(int? heldOut = null) => new(Priors, Estimate,
        heldOut is { } c ? p => p.LogLikelihood - p.Summaries[c] : p => p.LogLikelihood,
        new SmcSettings(Settings.MovesPerStage, 0.5, heldOut is { } h ? Settings.Seed ^ (ulong)(h + 1) * HeldOutSeeds : Settings.Seed));

    /// <summary>Returns the posterior sample of the tempered sampler's last stage, at temperature 1.</summary>
    public static RecordPosterior Posterior(SmcStage last) =>
        new([.. last.Population], last.Population.Count, last.EffectiveSampleSize, last.LogEvidence);

    /// <summary>
    /// Simulates the particles <paramref name="indices"/> on <paramref name="threads"/> threads and hands each to
    /// <paramref name="finished"/> in the order given, on the calling thread, as soon as it and those before it are done.
    /// </summary>
    public void Run(IReadOnlyList<int> indices, int threads, Action<Particle> finished, CancellationToken cancellationToken = default)
    {
        // Small blocks: a killed calibration loses at most the particles of the blocks in flight.
        OrderedParallel.Run(indices.Count, threads, 2,
            () => 0,
            size => new Particle[size],
            (_, particles, jobs) =>
            {
                for (var i = 0; i < jobs.Count; i++)
                {
                    particles[i] = Simulate(indices[(int)jobs.First + i], cancellationToken);
                }
            },
            (particles, jobs) =>
            {
                for (var i = 0; i < jobs.Count; i++)
                {
                    finished(particles[i]);
                }
            },
            null, cancellationToken);
    }

    /// <summary>Returns the posterior sample of the first <see cref="CalibrationSettings.Particles"/> particles.</summary>
    public RecordPosterior Weigh(IReadOnlyList<Particle> particles) =>
        ImportanceResampling.Resample([.. particles.Where(p => p.Index < Settings.Particles)], Settings.Seed);

    /// <summary>Returns the posterior summary of every parameter, each marked with whether the model reads it and, from
    /// <paramref name="reach"/>, whether the record's likelihood moves with it.</summary>
    public IReadOnlyList<PosteriorParameter> Summarise(RecordPosterior posterior, RecordReach reach)
    {
        ArgumentNullException.ThrowIfNull(reach);
        return [.. Priors.Select((p, j) => PosteriorParameter.Of(p, posterior, j) with { Unread = Reads.Unread[j], MovesRecord = reach.Moves[j] })];
    }

    /// <summary>
    /// Returns the posterior predictive check: each competition's log score and the whole record's under the original
    /// scenario and under the calibrated values (<paramref name="calibrated"/>, one per prior: the scenario the calibration
    /// writes), each from <see cref="CalibrationSettings.PredictiveReplications"/> replications on the same streams, with the
    /// resampled particles' own mean and chance's score beside them; then the record's patterns (<see cref="RecordPatterns"/>),
    /// which the calibration never saw, under both scenarios and by lot.
    /// </summary>
    public IReadOnlyList<PredictiveCheckRow> PredictiveCheck(RecordPosterior posterior, IReadOnlyList<double> calibrated, int threads,
        CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(calibrated.Count, Priors.Count, nameof(calibrated));
        var rows = RecordRows(posterior, calibrated, threads, cancellationToken);
        var patterns = RecordPatterns.Of(_scenario);
        if (patterns.NoDesignation.Count + patterns.DesignationCounts.Count + patterns.Grades.Count == 0)
        {
            return rows;
        }
        var options = new RunOptions(Settings.PredictiveReplications, Settings.Seed, threads);
        IReadOnlyList<ValidationCheck> Measure(Core.Scenario scenario, PatternRecorder chance)
        {
            var recorder = new PatternRecorder(scenario, patterns);
            MonteCarlo.Ensemble(scenario, options, [recorder], null, cancellationToken);
            return PatternChecks.Evaluate(scenario, recorder, chance);
        }
        var original = ScenarioWith([.. Priors.Select(p => p.ScenarioValue)]);
        var byLot = new PatternRecorder(original, patterns);
        MonteCarlo.Ensemble(ChanceScenario.Of(original), options, [byLot], null, cancellationToken);
        var before = Measure(original, byLot);
        var after = Measure(ScenarioWith(calibrated), byLot);
        rows.AddRange(before.Zip(after, (o, k) => new PredictiveCheckRow(o.Name, o.Description, o.Expected, o.Simulated, o.CiLow, o.CiHigh,
            k.Simulated, k.CiLow, k.CiHigh, double.NaN)));
        return rows;
    }

    /// <summary>Returns the values the calibrated scenario takes, one per prior: the posterior mean of each parameter the record
    /// can inform, and the scenario's own value of each placebo, whose posterior mean is only the sampler's noise about its
    /// prior's mean.</summary>
    public static IReadOnlyList<double> CalibratedValues(IReadOnlyList<PosteriorParameter> parameters) =>
        [.. parameters.Select(p => p.IsPlacebo ? p.Prior.ScenarioValue : p.Mean)];

    private List<PredictiveCheckRow> RecordRows(RecordPosterior posterior, IReadOnlyList<double> values, int threads, CancellationToken cancellationToken)
    {
        var original = ScoreAt(Priors.Select(p => p.ScenarioValue).ToList(), Settings.PredictiveReplications, threads, cancellationToken);
        var calibrated = ScoreAt(values, Settings.PredictiveReplications, threads, cancellationToken);
        var rows = new List<PredictiveCheckRow>();
        for (var c = 0; c < Targets.Count; c++)
        {
            var (o, k) = (original.Competitions[c], calibrated.Competitions[c]);
            var own = posterior.Accepted.Count > 0 ? posterior.Accepted.Average(p => p.Summaries[c]) : double.NaN;
            rows.Add(new PredictiveCheckRow(Targets[c].Name, Targets[c].Description, Targets[c].Chance, o.LogScore, o.LogLow, o.LogHigh,
                k.LogScore, k.LogLow, k.LogHigh, own));
        }
        rows.Add(new PredictiveCheckRow("ln_p_record", "ln P(record): every competition's historical winners", Targets.Sum(t => t.Chance),
            original.LogScore, original.LogLow, original.LogHigh, calibrated.LogScore, calibrated.LogLow, calibrated.LogHigh,
            posterior.Accepted.Count > 0 ? posterior.Accepted.Average(p => p.LogLikelihood) : double.NaN));
        return rows;
    }

    /// <summary>Returns, for each competition, its log score under the posterior fitted to the other competitions, under the
    /// priors alone, and under chance (<see cref="LeaveOneOutRow"/>): with the tempered sampler, a fit of its own to the
    /// others from the same particles; with importance sampling, the particles reweighed by the others' likelihood.</summary>
    public IReadOnlyList<LeaveOneOutRow> LeaveOneOut(IReadOnlyList<Particle> particles, int threads = 1, CancellationToken cancellationToken = default)
    {
        var used = particles.Where(p => p.Index < Settings.Particles).OrderBy(p => p.Index).ToList();
        return [.. Targets.Select((t, c) =>
        {
            var priorsAlone = Predict(new double[used.Count], used, c);
            if (Settings.Sampler == CalibrationSampler.Tempered)
            {
                var sampler = Sampler(c);
                SmcStage last;
                try
                {
                    last = sampler.Run(sampler.Start(used), threads, null, cancellationToken);
                }
                catch (NoParticleFitsException)
                {
                    // No particle reproduces the other competitions in its few replications: this one cannot be predicted
                    // from them, which the row says (no value, no effective sample), rather than losing the calibration.
                    return new LeaveOneOutRow(_record[c].Project, double.NaN, priorsAlone, t.Chance, 0);
                }
                var population = last.Population.ToList();
                return new LeaveOneOutRow(_record[c].Project, Predict(new double[population.Count], population, c), priorsAlone, t.Chance, last.EffectiveSampleSize);
            }
            var others = used.Select(p => OthersLogLikelihood(p, c)).ToArray();
            return new LeaveOneOutRow(_record[c].Project, Predict(others, used, c), priorsAlone, t.Chance, EffectiveSampleSize.OfLogs(others));
        })];
    }

    /// <summary>Returns a human-readable description of the method and settings, for sources and reports.</summary>
    public string Describe(RecordPosterior posterior) => string.Create(CultureInfo.InvariantCulture,
        $"posterior mean of the likelihood of the historical record ({posterior.Particles} particles × {Settings.ReplicationsPerParticle} replications, effective sample size {posterior.EffectiveSampleSize:0}, seed {Settings.Seed})");

    /// <summary>The record calibrated against, in the order the competitions were held.</summary>
    public IReadOnlyList<HistoricalCompetition> Record => _record;

    /// <summary>Returns the scenario with <paramref name="parameters"/> written in, its timeline only (the record is scored on it).</summary>
    public Core.Scenario ScenarioWith(IReadOnlyList<double> parameters)
    {
        // Copies of the document are kept and reused: a particle takes one, writes its parameters over the last particle's
        // (the same paths each time; the reader keeps nothing of the document) and gives it back, instead of copying the
        // whole document per particle. There are as many copies as particles were ever read at once.
        if (!_documents.TryTake(out var document))
        {
            document = (JsonObject)_scenario.Document.DeepClone();
            document["counterfactuals"] = new JsonArray();
            document.Remove("compared"); // a pair of counterfactuals no particle runs
        }
        try
        {
            WriteParameters(document, parameters);
            // ScenarioPriors.Find loaded the scenario with every prior at its lower ends and at its upper ends; the schema's
            // bounds are boxes, so every draw between them passes it too, and only the reader's own checks are repeated here.
            return ScenarioLoader.ReadChecked(document, _scenario.File.Path);
        }
        finally
        {
            _documents.Add(document);
        }
    }

    /// <summary>Returns the record's score at <paramref name="parameters"/> (prior order), from <paramref name="replications"/>
    /// replications of the calibration's seed: every call runs on the same streams.</summary>
    public RecordScore ScoreAt(IReadOnlyList<double> parameters, int replications, int threads, CancellationToken cancellationToken = default)
    {
        var scenario = ScenarioWith(parameters);
        return RecordLikelihood.Estimate(scenario, _record, Core.Regimes.RegimeMode.Timeline, new RunOptions(replications, Settings.Seed, threads),
            RecordScoring.ModelKey, scenario.Name, cancellationToken, ScoreParts.LikelihoodOnly);
    }

    // ln Σ_i w_i P_i(c) / Σ_i w_i with w_i = exp(logWeights_i): competition c's probability under the weighted particles.
    // A particle none of whose replications kept the record before competition c has no estimate of c given it (its summary
    // is NaN): it takes no part in predicting c.
    private static bool Estimates(Particle particle, int c) => !double.IsNaN(particle.Summaries[c]);

    // ln P(the record without competition c); a particle that ruled c out (−∞ less −∞) or has no estimate of it is not
    // weighed by the others' fit at all, rather than given a weight no estimate supports.
    private static double OthersLogLikelihood(Particle particle, int c)
    {
        var others = particle.LogLikelihood - particle.Summaries[c];
        return double.IsNaN(others) ? double.NegativeInfinity : others;
    }

    private static double Predict(double[] particleLogWeights, List<Particle> particles, int c)
    {
        var logWeights = particleLogWeights.Select((w, i) => Estimates(particles[i], c) ? w : double.NegativeInfinity).ToArray();
        if (double.IsNegativeInfinity(LogWeights.Max(logWeights)))
        {
            return double.NaN;
        }
        var weights = LogWeights.Relative(logWeights);
        double numerator = 0, denominator = 0;
        for (var i = 0; i < particles.Count; i++)
        {
            var w = weights[i];
            if (w == 0)
            {
                continue; // a particle left out above, whose summary may be NaN (and 0 × NaN is NaN)
            }
            denominator += w;
            numerator += w * Math.Exp(particles[i].Summaries[c]);
        }
        return Math.Log(numerator / denominator);
    }
}
