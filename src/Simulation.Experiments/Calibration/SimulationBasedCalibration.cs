using Simulation.Core;
using Simulation.Core.Randomness;
using Simulation.Core.Regimes;
using Simulation.Experiments.Scheduling;
using Simulation.Experiments.Scoring;
using Simulation.Experiments.Statistics;
using Simulation.Experiments.Validation;

namespace Simulation.Experiments.Calibration;

/// <summary>
/// Simulation-based calibration (Talts et al. 2018) of <see cref="RecordCalibration"/>: draw true parameters from the
/// priors, simulate a synthetic record from the model with them (one replication's winners of the recorded competitions),
/// calibrate against that record with the same particles, replications and sampler, and see where the truth falls in each
/// posterior. Over many synthetic records the places (PITs) are uniform exactly when the calibration is. The particles'
/// scenarios are built once and reused across records. Deterministic for a seed, whatever the thread count.
/// </summary>
public static class SimulationBasedCalibration
{
    // Keeps the true parameters' and the synthetic records' streams apart from the particles'.
    private const ulong TruthStreams = 0x5BC0_7A17_0000_0001UL;
    private const ulong RecordStreams = 0x5BC0_7A17_0000_0002UL;

    /// <summary>Returns each parameter's SBC from <paramref name="records"/> synthetic records, using the first
    /// <paramref name="particles"/> particles of <paramref name="calibration"/>.</summary>
    public static IReadOnlyList<SbcParameter> Run(RecordCalibration calibration, int records, int particles, int threads,
        IProgress<long>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(records, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(particles, 1);
        var settings = calibration.Settings;
        var draws = Enumerable.Range(0, particles).Select(calibration.Draw).ToArray();
        var scenarios = draws.Select(d => calibration.ScenarioWith(d)).ToArray();
        var pits = calibration.Priors.Select(_ => new double[records]).ToArray();
        var done = 0L;
        for (var s = 0; s < records; s++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var stream = RandomStream.ForReplication(settings.Seed ^ TruthStreams, s);
            var truth = calibration.Priors.Select(p => p.Quantile(stream.NextDouble())).ToArray();
            var record = Synthetic(calibration.ScenarioWith(truth), calibration.Record, settings.Seed ^ RecordStreams, s);
            var logLikelihood = new double[particles];
            OrderedParallel.Run(particles, threads, 4, () => 0,
                (_, jobs) =>
                {
                    for (var i = (int)jobs.First; i < jobs.End; i++)
                    {
                        logLikelihood[i] = RecordLikelihood.Estimate(scenarios[i], record, RegimeMode.Timeline,
                            new RunOptions(settings.ReplicationsPerParticle, settings.Seed, 1), RecordScoring.ModelKey, "particle", cancellationToken,
                            ScoreParts.LikelihoodOnly).LogScore;
                    }
                },
                cancellationToken: cancellationToken);
            var (values, weights) = settings.Sampler == CalibrationSampler.Tempered && logLikelihood.Any(double.IsFinite)
                ? Tempered(calibration, record, draws, logLikelihood, s, threads, cancellationToken)
                : (draws, LogWeights.Relative(logLikelihood));
            for (var j = 0; j < pits.Length; j++)
            {
                pits[j][s] = weights.Any(w => w > 0) ? SbcUniformity.Pit([.. values.Select(d => d[j])], weights, truth[j]) : double.NaN;
            }
            done++;
            progress?.Report(done);
        }
        return [.. calibration.Priors.Select((p, j) =>
        {
            var (chi, pValue) = SbcUniformity.Test(pits[j]);
            return new SbcParameter(p, pits[j], chi, pValue);
        })];
    }

    // The synthetic record's posterior by the tempered sampler, from the same prior draws: equally weighted particles.
    private static (double[][] Values, double[] Weights) Tempered(RecordCalibration calibration, List<HistoricalCompetition> record, double[][] draws,
        double[] logLikelihood, int index, int threads, CancellationToken cancellationToken)
    {
        var settings = calibration.Settings;
        var sampler = new TemperedSmc(calibration.Priors, calibration.LikelihoodOf(record), p => p.LogLikelihood,
            new SmcSettings(settings.MovesPerStage, 0.5, settings.Seed ^ RecordStreams ^ (ulong)(index + 1)));
        var start = sampler.Start([.. draws.Select((d, i) => new Particle(i, d, [logLikelihood[i]], logLikelihood[i]))]);
        var last = sampler.Run(start, threads, null, cancellationToken);
        return ([.. last.Population.Select(p => p.Parameters.ToArray())], [.. last.Population.Select(_ => 1.0)]);
    }

    // The winners (every member of every winning bid) of the recorded competitions in one replication of the scenario.
    private static List<HistoricalCompetition> Synthetic(Scenario scenario, IReadOnlyList<HistoricalCompetition> record, ulong seed, long index)
    {
        var model = new SimulationModel(scenario);
        var outcome = Replication.Run(model, RegimeMode.Timeline, seed, index);
        return [.. record.Select(c =>
        {
            var project = HistoricalOutcomeCounter.ProjectIndex(scenario, c.Project);
            var members = 0UL;
            foreach (var bid in outcome.Winners(project))
            {
                members |= bid;
            }
            var winners = Enumerable.Range(0, scenario.Regions.Count).Where(r => (members & (1UL << r)) != 0).Select(r => scenario.Regions[r].Id).ToList();
            return c with { Winners = winners, Named = winners };
        })];
    }
}
