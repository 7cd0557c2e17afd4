using Simulation.Core;
using Simulation.Core.Regimes;
using Simulation.Experiments.Outcomes;
using Simulation.Experiments.Statistics;

namespace Simulation.Experiments;

/// <summary>
/// Folds replications into win counts and metric accumulators in constant memory. Fed in replication order, so
/// its floating-point results do not depend on the thread count.
/// </summary>
public sealed class RunAccumulator : IReplicationObserver
{
    // Replications from which the summaries are computed in parallel.
    private const int ParallelSummaries = 2_000;

    private static readonly string[] Plotted = [OutcomeMetrics.Gini, OutcomeMetrics.Theil, OutcomeMetrics.RentDissipation, OutcomeMetrics.CapitalRegionShare];

    private readonly Scenario _scenario;
    private readonly IReadOnlyList<RegimeMode> _modes;
    private readonly IReadOnlyList<OutcomeMetric> _metrics;
    private readonly long[,,] _wins;
    private readonly IMetricAccumulator[,] _accumulators;
    private readonly long[] _replications;

    /// <summary>Creates an empty accumulator for a scenario's modes and metrics.</summary>
    public RunAccumulator(Scenario scenario)
    {
        _scenario = scenario;
        _modes = scenario.Modes();
        _metrics = OutcomeMetrics.For(scenario);
        _wins = new long[_modes.Count, scenario.Projects.Count, scenario.Regions.Count];
        _accumulators = new IMetricAccumulator[_modes.Count, _metrics.Count];
        for (var m = 0; m < _modes.Count; m++)
        {
            for (var k = 0; k < _metrics.Count; k++)
            {
                _accumulators[m, k] = _metrics[k].Kind == MetricKind.Count ? new CountAccumulator() : new MetricAccumulator();
            }
        }
        _replications = new long[_modes.Count];
    }

    /// <summary>Number of metrics read from each outcome.</summary>
    public int MetricCount => _metrics.Count;

    /// <inheritdoc />
    public void Observe(long replication, RegimeMode mode, ReplicationOutcome outcome)
    {
        Span<double> values = stackalloc double[_metrics.Count];
        Span<int> keys = stackalloc int[_metrics.Count];
        var m = ModeIndex(mode);
        // The replications this mode has had so far, not the number given: a value's position, whatever the caller numbers.
        Read(outcome, values, keys, _replications[m]);
        Observe(m, outcome, values, keys);
    }

    /// <summary>Reads every metric of <paramref name="outcome"/>, replication number <paramref name="replication"/>, and the
    /// sketch bucket of each continuous one where it will be needed (<see cref="MetricAccumulator.KeyIfNeeded"/>): the costly
    /// part of observing a replication, which touches nothing shared, so the threads that compute replications do it.</summary>
    public void Read(ReplicationOutcome outcome, Span<double> values, Span<int> keys, long replication)
    {
        for (var k = 0; k < _metrics.Count; k++)
        {
            var value = _metrics[k].Read(outcome);
            values[k] = value;
            keys[k] = _metrics[k].Kind == MetricKind.Continuous ? MetricAccumulator.KeyIfNeeded(value, replication) : 0;
        }
    }

    /// <summary>Counts the replication's wins and adds its metric values read by <see cref="Read"/>, under the mode numbered
    /// <paramref name="m"/> in the scenario's modes; called in replication order.</summary>
    public void Observe(int m, ReplicationOutcome outcome, ReadOnlySpan<double> values, ReadOnlySpan<int> keys)
    {
        _replications[m]++;
        for (var p = 0; p < _scenario.Projects.Count; p++)
        {
            var members = 0UL;
            foreach (var bid in outcome.Winners(p))
            {
                members |= bid;
            }
            for (; members != 0; members &= members - 1)
            {
                _wins[m, p, System.Numerics.BitOperations.TrailingZeroCount(members)]++;
            }
        }
        for (var k = 0; k < _metrics.Count; k++)
        {
            _accumulators[m, k].Add(values[k], keys[k]);
        }
    }

    /// <summary>Returns the results so far.</summary>
    public RunResult Result(RunOptions options)
    {
        var wins = new List<WinProbability>();
        var summaries = new List<MetricSummary>();
        var samples = new Dictionary<(string, string), IReadOnlyList<double>>();
        var intervals = Intervals(options.Threads);
        for (var m = 0; m < _modes.Count; m++)
        {
            var n = _replications[m];
            for (var p = 0; p < _scenario.Projects.Count; p++)
            {
                for (var r = 0; r < _scenario.Regions.Count; r++)
                {
                    var k = _wins[m, p, r];
                    // A region the project never admits cannot bid, alone or jointly: its chance is 0 exactly, not estimated.
                    var (low, high) = _scenario.Projects[p].Admits(r) ? intervals[(k, n)] : (0.0, 0.0);
                    wins.Add(new WinProbability(_modes[m].Label, _scenario.Projects[p].Id, _scenario.Regions[r].Id, k, n, WinShare(m, p, r), low, high));
                }
            }
        }
        // Each metric's summary is its own (up to the exact limit, a sort of its values), so a long run computes them on its
        // threads rather than one after another on the calling thread, which would leave the other cores idle at the end; a
        // short one (a sweep's point) summarises in less time than waking them takes.
        var statistics = new MetricStatistics[_modes.Count, _metrics.Count];
        var threads = _replications.Max() >= ParallelSummaries ? options.Threads : 1;
        Parallel.For(0, _metrics.Count, new ParallelOptions { MaxDegreeOfParallelism = threads }, k =>
        {
            for (var m = 0; m < _modes.Count; m++)
            {
                statistics[m, k] = _accumulators[m, k].Summarise();
            }
        });
        for (var k = 0; k < _metrics.Count; k++)
        {
            for (var m = 0; m < _modes.Count; m++)
            {
                var s = statistics[m, k];
                summaries.Add(new MetricSummary(_metrics[k].Name, _modes[m].Label, s.Count, s.Mean, s.StandardDeviation, s.P05, s.P50, s.P95));
                if (Plotted.Contains(_metrics[k].Name))
                {
                    samples[(_metrics[k].Name, _modes[m].Label)] = _accumulators[m, k].Sample;
                }
            }
        }
        return new RunResult(_modes.Select(x => x.Label).ToList(), options, wins, summaries, samples, ModeCatalogue.From(_scenario));
    }

    /// <summary>Returns the moments and win probabilities so far (<see cref="RunMoments"/>): those of <see cref="Result"/>,
    /// without what only a full result needs.</summary>
    public RunMoments Moments(RunOptions options)
    {
        var modes = new List<ModeMoments>();
        for (var m = 0; m < _modes.Count; m++)
        {
            var wins = new List<double>();
            for (var p = 0; p < _scenario.Projects.Count; p++)
            {
                for (var r = 0; r < _scenario.Regions.Count; r++)
                {
                    wins.Add(WinShare(m, p, r));
                }
            }
            modes.Add(new ModeMoments(_modes[m].Label, [.. Enumerable.Range(0, _metrics.Count).Select(k => _accumulators[m, k].Moments())], wins));
        }
        return new RunMoments(options, modes);
    }

    // The share of mode m's replications in which region r won project p (0 before any replication).
    private double WinShare(int m, int p, int r) => _replications[m] > 0 ? (double)_wins[m, p, r] / _replications[m] : 0.0;

    // The Clopper-Pearson interval of every distinct (wins, replications) pair: each is a root-finding of tens of
    // microseconds, and many pairs repeat (every region that never wins a project), so they are found once each and on
    // the run's threads; each interval is its own computation, so the result does not depend on the thread count.
    private Dictionary<(long Wins, long Replications), (double Low, double High)> Intervals(int threads)
    {
        var pairs = new HashSet<(long, long)>();
        for (var m = 0; m < _modes.Count; m++)
        {
            for (var p = 0; p < _scenario.Projects.Count; p++)
            {
                for (var r = 0; r < _scenario.Regions.Count; r++)
                {
                    pairs.Add((_wins[m, p, r], _replications[m]));
                }
            }
        }
        var distinct = pairs.ToArray();
        var found = new (double, double)[distinct.Length];
        Parallel.For(0, distinct.Length, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(threads, 1) },
            i => found[i] = BinomialInterval.ClopperPearson(distinct[i].Item1, distinct[i].Item2));
        return distinct.Zip(found).ToDictionary(x => x.First, x => x.Second);
    }

    private int ModeIndex(RegimeMode mode)
    {
        for (var i = 0; i < _modes.Count; i++)
        {
            if (_modes[i] == mode)
            {
                return i;
            }
        }
        throw new ArgumentException($"Mode '{mode.Label}' is not one of this scenario's modes.", nameof(mode));
    }
}
