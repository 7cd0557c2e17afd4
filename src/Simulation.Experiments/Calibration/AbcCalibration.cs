using System.Globalization;
using System.Text.Json.Nodes;
using Simulation.Core.Randomness;
using Simulation.Experiments.Scenarios;
using Simulation.Experiments.Statistics;
using Simulation.Experiments.Validation;

namespace Simulation.Experiments.Calibration;

/// <summary>
/// Rejection ABC of a scenario's uncertain parameters (those with a <c>prior</c>) against the historical winners of paper
/// §4.1. A particle draws every parameter from its prior, runs <see cref="CalibrationSettings.ReplicationsPerParticle"/>
/// replications of the scenario's timeline with those values, and records, for each historical competition, the share of
/// replications whose winners include the historical winners (<c>p_&lt;project&gt;</c>). The record says each of these
/// events happened, so the observed summaries are all 1 and the distance is √Σ(1 − p)². The particles closest to the
/// record are the posterior sample.
/// <para>The fund path and the special-district realisation rates are left out of the distance: they are inputs the model
/// reproduces by construction (see docs/VALIDATION.md), so they carry no information about the uncertain behavioural
/// parameters and would only add noise to the ranking.</para>
/// <para>Particle i depends only on (seed, i): its parameters come from the stream of (seed XOR a constant, i), and every
/// particle simulates replications 0 … R − 1 of the seed (common random numbers). Particles can therefore run in any order,
/// on any number of threads, and be resumed after an interruption, with the same result.</para>
/// </summary>
public sealed class AbcCalibration
{
    // Keeps the parameter streams apart from the replication streams of the same seed.
    private const ulong PriorStreams = 0xA5C1_B7E0_0D15_7A6CUL;

    private readonly LoadedScenario _scenario;
    private readonly IReadOnlyList<HistoricalCompetition> _record;

    private AbcCalibration(LoadedScenario scenario, CalibrationSettings settings, IReadOnlyList<Prior> priors, IReadOnlyList<HistoricalCompetition> record)
    {
        _scenario = scenario;
        _record = record;
        Settings = settings;
        Priors = priors;
        Targets = record
            .Select(c => new CalibrationTarget($"p_{c.Project}", $"share of replications in which the winners of {c.Project} include {string.Join(" and ", c.Winners)}", 1.0))
            .ToList();
    }

    /// <summary>The settings.</summary>
    public CalibrationSettings Settings { get; }

    /// <summary>The uncertain parameters, in document order.</summary>
    public IReadOnlyList<Prior> Priors { get; }

    /// <summary>The summaries matched, in order.</summary>
    public IReadOnlyList<CalibrationTarget> Targets { get; }

    /// <summary>
    /// Returns the calibration of <paramref name="scenario"/>; throws <see cref="ScenarioException"/> when the scenario marks no
    /// parameter as uncertain, a prior is malformed, or the scenario lacks the historical competitions.
    /// </summary>
    public static AbcCalibration Create(LoadedScenario scenario, CalibrationSettings settings)
    {
        settings.Validate();
        var priors = ScenarioPriors.Find(scenario);
        if (priors.Count == 0)
        {
            throw new ScenarioException(scenario.File.Path, "$", "no parameter has a 'prior': mark the uncertain parameters (docs/scenario-format.md, Priors)");
        }
        return new AbcCalibration(scenario, settings, priors, HistoricalRecord.Of(scenario));
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
        for (var j = 0; j < Priors.Count; j++)
        {
            Priors[j].Path.Write(document, parameters[j]);
        }
        return document;
    }

    /// <summary>Returns particle <paramref name="index"/>: its parameters, simulated summaries and distance.</summary>
    public Particle Simulate(int index, CancellationToken cancellationToken = default)
    {
        var parameters = Draw(index);
        var counter = Run(parameters, Settings.ReplicationsPerParticle, threads: 1, cancellationToken);
        var summaries = Enumerable.Range(0, Targets.Count).Select(c => (double)counter.Matches(c) / counter.Replications).ToList();
        return new Particle(index, parameters, summaries, RejectionAbc.Distance(summaries, Targets.Select(t => t.Observed).ToList()));
    }

    /// <summary>
    /// Simulates the particles <paramref name="indices"/> on <paramref name="threads"/> threads and hands each to
    /// <paramref name="finished"/> in the order given, on the calling thread, as soon as it and those before it are done.
    /// </summary>
    public void Run(IReadOnlyList<int> indices, int threads, Action<Particle> finished, CancellationToken cancellationToken = default)
    {
        // Small blocks: a killed calibration loses at most one wave of particles.
        ParallelWaves.Run(indices.Count, threads, 2,
            () => new List<Particle>(),
            (worker, first, count) =>
            {
                worker.Clear();
                for (var i = 0; i < count; i++)
                {
                    worker.Add(Simulate(indices[(int)first + i], cancellationToken));
                }
            },
            (worker, _, _) => worker.ForEach(finished),
            null, cancellationToken);
    }

    /// <summary>Returns the accepted particles among the first <see cref="CalibrationSettings.Particles"/>.</summary>
    public AbcPosterior Accept(IReadOnlyList<Particle> particles) =>
        RejectionAbc.Accept(particles.Where(p => p.Index < Settings.Particles).ToList(), Settings.AcceptQuantile, Settings.Epsilon);

    /// <summary>Returns the posterior summary of every parameter.</summary>
    public IReadOnlyList<PosteriorParameter> Summarise(AbcPosterior posterior) =>
        Priors.Select((p, j) => PosteriorParameter.Of(p, posterior, j)).ToList();

    /// <summary>
    /// Returns the posterior predictive check: every target and the full historical outcome under the original scenario and
    /// under the posterior means, each from <see cref="CalibrationSettings.PredictiveReplications"/> replications on the same
    /// streams, with the accepted particles' own mean beside them.
    /// </summary>
    public IReadOnlyList<PredictiveCheckRow> PredictiveCheck(AbcPosterior posterior, int threads, CancellationToken cancellationToken = default)
    {
        var original = Run(Priors.Select(p => p.ScenarioValue).ToList(), Settings.PredictiveReplications, threads, cancellationToken);
        var calibrated = Run(posterior.Means(Priors.Count), Settings.PredictiveReplications, threads, cancellationToken);
        var rows = new List<PredictiveCheckRow>();
        for (var c = 0; c < Targets.Count; c++)
        {
            var accepted = posterior.Accepted.Count > 0 ? posterior.Accepted.Average(p => p.Summaries[c]) : double.NaN;
            rows.Add(Row(Targets[c].Name, Targets[c].Description, Targets[c].Observed, original.Matches(c), calibrated.Matches(c), original.Replications, accepted));
        }
        rows.Add(Row("p_full_outcome", "share of replications in which every competition's winners include its historical winners", 1.0,
            original.FullMatches, calibrated.FullMatches, original.Replications, double.NaN));
        return rows;
    }

    /// <summary>Returns a human-readable description of the method and settings, for sources and reports.</summary>
    public string Describe(AbcPosterior posterior) => string.Create(CultureInfo.InvariantCulture,
        $"posterior mean of rejection ABC on the historical winners of paper §4.1 ({posterior.Particles} particles × {Settings.ReplicationsPerParticle} replications, {posterior.Accepted.Count} accepted, seed {Settings.Seed})");

    private HistoricalOutcomeCounter Run(IReadOnlyList<double> parameters, int replications, int threads, CancellationToken cancellationToken)
    {
        var document = DocumentWith(parameters);
        document["counterfactuals"] = new JsonArray(); // the targets are read from the timeline only
        var scenario = ScenarioLoader.Parse(document.ToJsonString(), _scenario.File.Path).Model;
        var counter = new HistoricalOutcomeCounter(scenario, _record);
        MonteCarlo.Ensemble(scenario, new RunOptions(replications, Settings.Seed, threads), [counter], null, cancellationToken);
        return counter;
    }

    private static PredictiveCheckRow Row(string name, string description, double observed, long original, long calibrated, long n, double accepted)
    {
        var (ol, oh) = BinomialInterval.ClopperPearson(original, n);
        var (cl, ch) = BinomialInterval.ClopperPearson(calibrated, n);
        return new PredictiveCheckRow(name, description, observed, (double)original / n, ol, oh, (double)calibrated / n, cl, ch, accepted);
    }
}
