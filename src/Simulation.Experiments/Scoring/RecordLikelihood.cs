using Simulation.Core;
using Simulation.Core.Randomness;
using Simulation.Core.Regimes;
using Simulation.Core.Selection;
using Simulation.Experiments.Scheduling;
using Simulation.Experiments.Statistics;
using Simulation.Experiments.Validation;

namespace Simulation.Experiments.Scoring;

/// <summary>
/// Estimates the probability a model gives the historical record, competition by competition, by sequential importance
/// sampling: each replication is held to the record (the historical winners win every recorded competition) and weighted
/// by the chances they had given the bids, so the mean weight is an unbiased estimate of P(record) and the ratio of
/// successive means is P(competition | the record before it). Counting the replications that reproduce the record by
/// chance would need millions of them for an outcome this rare; this needs thousands. Deterministic for a seed, whatever
/// the thread count.
/// </summary>
public static class RecordLikelihood
{
    private const int Block = 64;
    private const double Z95 = 1.959964;

    /// <summary>Returns the scores of <paramref name="scenario"/> under <paramref name="mode"/> on <paramref name="record"/>.</summary>
    /// <param name="scenario">The model to score.</param>
    /// <param name="record">The competitions, in the order the model holds them (<see cref="HistoricalRecord.Of"/>).</param>
    /// <param name="mode">The regime mode run (the timeline, or one regime throughout).</param>
    /// <param name="options">Replications, seed and threads.</param>
    /// <param name="key">Stable identifier of the model in reports.</param>
    /// <param name="name">The report's name for the model.</param>
    /// <param name="cancellationToken">Stops between blocks of replications.</param>
    /// <param name="parts">Whether the Brier scores are computed too (they are NaN otherwise); the log scores are the same either way.</param>
    public static RecordScore Estimate(Scenario scenario, IReadOnlyList<HistoricalCompetition> record, RegimeMode mode, RunOptions options,
        string key, string name, CancellationToken cancellationToken = default, ScoreParts parts = ScoreParts.LikelihoodAndBrier)
    {
        options.Validate();
        var resolved = record.Select(c => (
            Project: HistoricalOutcomeCounter.ProjectIndex(scenario, c.Project),
            Winners: c.Winners.Aggregate(0UL, (mask, id) => mask | (1UL << HistoricalOutcomeCounter.RegionIndex(scenario, id))))).ToList();
        var n = options.Replications;
        var count = record.Count;
        // W[i, c] = product of replication i's chances of competitions before c; the last column, the product of the chances of
        // the competitions out of sample alone (every replication is held to the whole record either way).
        var weights = new double[n, count + 2];
        var outside = record.Select(c => c.InSample is null).ToArray();
        var sets = Enumerable.Range(0, count).Select(_ => new Dictionary<ulong, double>()).ToArray();
        OrderedParallel.Run(n, options.Threads, Block,
            () => new ConditionedModel(scenario, resolved, parts == ScoreParts.LikelihoodAndBrier),
            size => new ConditionedBlock(size, count),
            (model, block, jobs) => model.Run(block, mode, options.Seed, jobs),
            (results, jobs) =>
            {
                for (var i = 0; i < jobs.Count; i++)
                {
                    var r = jobs.First + i;
                    weights[r, 0] = 1.0;
                    weights[r, count + 1] = 1.0;
                    for (var c = 0; c < count; c++)
                    {
                        weights[r, count + 1] *= outside[c] ? results.Chances[i][c] : 1.0;
                        foreach (var (regions, chance) in results.Sets[i][c])
                        {
                            sets[c][regions] = sets[c].GetValueOrDefault(regions) + (weights[r, c] * chance);
                        }
                        weights[r, c + 1] = weights[r, c] * results.Chances[i][c];
                    }
                }
            },
            null, cancellationToken);

        var competitions = new List<CompetitionScore>(count);
        for (var c = 0; c < count; c++)
        {
            var (probability, low, high) = Ratio(weights, c + 1, c, n);
            competitions.Add(new CompetitionScore(record[c].Project, probability, Math.Log(probability), low, high,
                parts == ScoreParts.LikelihoodAndBrier ? Brier(sets[c], resolved[c].Winners, Mean(weights, c, n) * n) : double.NaN));
        }
        var (total, totalLow, totalHigh) = Ratio(weights, count, 0, n);
        var exact = scenario.Regimes.All(r => SelectionRules.For(r.Selection).DrawsInProportionToWeight);
        OutOfSampleScore? outOfSample = null;
        if (outside.Contains(false) && outside.Contains(true))
        {
            var (part, partLow, partHigh) = Ratio(weights, count + 1, 0, n);
            outOfSample = new OutOfSampleScore([.. record.Where(c => c.InSample is null).Select(c => c.Project)], Math.Log(part), partLow, partHigh);
        }
        return new RecordScore(key, name, competitions, Math.Log(total), totalLow, totalHigh, EffectiveSampleSize.Of(Enumerable.Range(0, n).Select(i => weights[i, count])), exact,
            outOfSample);
    }

    // mean(W[top]) / mean(W[bottom]): P(competition c | the ones before) for top c + 1 and bottom c, the whole record's
    // probability for top count and bottom 0; with the log of its 95 % interval by the delta method for a ratio of means.
    private static (double Value, double LogLow, double LogHigh) Ratio(double[,] w, int top, int bottom, int n)
    {
        var numerator = Mean(w, top, n);
        var denominator = Mean(w, bottom, n);
        if (denominator <= 0)
        {
            return (double.NaN, double.NaN, double.NaN);
        }
        var ratio = numerator / denominator;
        var residuals = 0.0;
        for (var i = 0; i < n; i++)
        {
            var e = w[i, top] - (ratio * w[i, bottom]);
            residuals += e * e;
        }
        var se = n > 1 ? Math.Sqrt(residuals / ((double)n * (n - 1))) / denominator : double.PositiveInfinity;
        var low = ratio - (Z95 * se);
        return (ratio, low > 0 ? Math.Log(low) : double.NegativeInfinity, Math.Log(Math.Min(1.0, ratio + (Z95 * se))));
    }

    private static double Mean(double[,] w, int column, int n)
    {
        var sum = 0.0;
        for (var i = 0; i < n; i++)
        {
            sum += w[i, column];
        }
        return sum / n;
    }

    // Brier score over sets of winners, the sets that hold the record counted as one outcome: (1 − p_record)² + Σ_other p².
    private static double Brier(Dictionary<ulong, double> sets, ulong record, double totalWeight)
    {
        if (sets.Count == 0 || totalWeight <= 0)
        {
            return double.NaN;
        }
        var held = 0.0;
        var others = 0.0;
        foreach (var (regions, weight) in sets.OrderBy(s => s.Key))
        {
            var p = weight / totalWeight;
            if (WinnerSets.Holds(regions, record))
            {
                held += p;
            }
            else
            {
                others += p * p;
            }
        }
        return ((1 - held) * (1 - held)) + others;
    }

    // One thread's models, held to the record and run side by side (ModelLanes: each replication exactly as alone); each
    // lists the sets of winners only when they are wanted (it observes the competitions only for them, and observing draws
    // nothing, so the chances are the same either way).
    private sealed class ConditionedModel
    {
        private readonly ModelLanes _lanes;
        private readonly RecordCondition[] _conditions;

        public ConditionedModel(Scenario scenario, IReadOnlyList<(int Project, ulong Winners)> record, bool listSets)
        {
            _lanes = new ModelLanes(scenario, AllModesRunner.Lanes);
            _conditions = new RecordCondition[_lanes.Count];
            for (var lane = 0; lane < _lanes.Count; lane++)
            {
                var model = _lanes[lane];
                _conditions[lane] = new RecordCondition(model, scenario, record);
                model.Condition = _conditions[lane];
                model.Observer = listSets ? _conditions[lane] : null;
            }
        }

        public void Run(ConditionedBlock results, RegimeMode mode, ulong seed, JobBlock jobs)
        {
            for (var first = 0; first < jobs.Count; first += _lanes.Count)
            {
                var lanes = Math.Min(_lanes.Count, jobs.Count - first);
                for (var lane = 0; lane < lanes; lane++)
                {
                    _conditions[lane].Begin();
                    _lanes[lane].Reset(mode, RandomStream.ForReplication(seed, jobs.First + first + lane));
                }
                _lanes.StepUntil(lanes);
                for (var lane = 0; lane < lanes; lane++)
                {
                    var i = first + lane;
                    _lanes[lane].Finish();
                    _conditions[lane].Chances.CopyTo(results.Chances[i]);
                    for (var c = 0; c < results.Sets[i].Length; c++)
                    {
                        results.Sets[i][c].Clear();
                        results.Sets[i][c].AddRange(_conditions[lane].Sets(c));
                    }
                }
            }
        }
    }

    // A block's readings: each replication's chances of the historical winners and the winner sets it gave a chance, per competition.
    private sealed class ConditionedBlock(int size, int competitions)
    {
        public double[][] Chances { get; } = [.. Enumerable.Range(0, size).Select(_ => new double[competitions])];

        public List<(ulong Regions, double Chance)>[][] Sets { get; } =
            [.. Enumerable.Range(0, size).Select(_ => Enumerable.Range(0, competitions).Select(_ => new List<(ulong, double)>()).ToArray())];
    }
}
