using Simulation.Experiments;
using Simulation.Experiments.Narration;
using Simulation.Output.Charts;

namespace Simulation.Application.Runs;

/// <summary>
/// Runs a scenario for the explore page and says what changed since the page's previous run. Of the last
/// <see cref="KeptSnapshots"/> finished runs it keeps the settings and main results (a <see cref="RunSnapshot"/>), and of the
/// last <see cref="KnownRuns"/> runs started it remembers the id, so that a run compared with one it no longer keeps is told
/// so, and one compared with a run it never started is told that instead. Thread-safe: one instance serves every page.
/// </summary>
public sealed class ExploreScenario
{
    /// <summary>How many finished runs' snapshots are kept: one per page of a large class, a few runs each.</summary>
    public const int KeptSnapshots = 256;

    /// <summary>How many started runs' ids are remembered (a few hundred kilobytes), so that memory stays bounded.</summary>
    public const int KnownRuns = 16_384;

    private readonly RunScenario _runScenario = new();
    private readonly Lock _lock = new();
    private readonly Dictionary<RunId, Memory> _known = [];
    private readonly Queue<RunId> _knownOrder = new();
    private readonly Queue<RunId> _keptOrder = new();
    private readonly int _keptSnapshots;
    private readonly int _knownRuns;

    /// <summary>Creates the use case with the default bounds.</summary>
    public ExploreScenario()
        : this(KeptSnapshots, KnownRuns)
    {
    }

    /// <summary>Creates the use case keeping <paramref name="keptSnapshots"/> snapshots and remembering
    /// <paramref name="knownRuns"/> ids (at least as many as snapshots).</summary>
    public ExploreScenario(int keptSnapshots, int knownRuns)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(keptSnapshots, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(knownRuns, keptSnapshots);
        (_keptSnapshots, _knownRuns) = (keptSnapshots, knownRuns);
    }

    /// <summary>Returns the id of a new run, remembered from now on as started.</summary>
    public RunId Start()
    {
        var id = RunId.New();
        lock (_lock)
        {
            _known[id] = new Memory(null, Dropped: false);
            _knownOrder.Enqueue(id);
            while (_knownOrder.Count > _knownRuns && _knownOrder.TryDequeue(out var oldest))
            {
                _known.Remove(oldest);
            }
        }
        return id;
    }

    /// <summary>Returns the run's results and its host's description of them with the sentences saying what changed since
    /// <see cref="ExploreRequest.Previous"/>, and keeps the run's snapshot for a later run, all before returning: a page told
    /// the result can at once compare its next run with this one. A run that is cancelled, fails, or whose description
    /// throws keeps nothing. Throws <see cref="OperationCanceledException"/> when cancelled.</summary>
    /// <param name="request">The scenario, its settings, the run's options and the run it is compared with.</param>
    /// <param name="describe">The host's description of the results, given the sentences on what changed.</param>
    /// <param name="progress">Replications finished so far; may be null.</param>
    /// <param name="cancellationToken">Stops the run at the next block of replications.</param>
    public ExploredRun<TReport> Run<TReport>(ExploreRequest request, Func<RunResult, IReadOnlyList<string>, TReport> describe,
        IProgress<long>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(describe);
        var prior = request.Previous is { } previous ? Recall(previous) : null;
        var result = _runScenario.Simulate(request.Scenario, request.Options, progress, cancellationToken);
        var snapshot = Snapshot(request, result);
        IReadOnlyList<string> changes = prior switch
        {
            null => [],
            { Snapshot: { } before } => RunChangeNarrative.Describe(request.Scenario, result.Catalogue, before, snapshot),
            { Dropped: true } => [RunChangeNarrative.Forgotten],
            { Known: false } => [RunChangeNarrative.Unknown],
            _ => [RunChangeNarrative.Unfinished],
        };
        var report = describe(result, changes);
        Keep(request.Id, snapshot);
        return new ExploredRun<TReport>(result, changes, report);
    }

    /// <summary>Returns the snapshot kept of run <paramref name="id"/>; null when none is kept.</summary>
    public RunSnapshot? Kept(RunId id)
    {
        lock (_lock)
        {
            return _known.GetValueOrDefault(id)?.Snapshot;
        }
    }

    // What a later run compares: the settings, the win probabilities and the summaries of the metrics the page charts.
    private static RunSnapshot Snapshot(ExploreRequest request, RunResult result) =>
        new(request.Name, result.Options.Replications, result.Options.Seed, request.Settings, result.WinProbabilities,
            [.. result.Summaries.Where(s => RunFigures.Distributions.Any(f => f.Metric == s.Metric))]);

    private Prior Recall(RunId id)
    {
        lock (_lock)
        {
            return _known.TryGetValue(id, out var memory) ? new Prior(true, memory.Snapshot, memory.Dropped) : new Prior(false, null, false);
        }
    }

    private void Keep(RunId id, RunSnapshot snapshot)
    {
        lock (_lock)
        {
            if (!_known.ContainsKey(id))
            {
                return; // started so long ago that its id is forgotten: a later run could not name it
            }
            _known[id] = new Memory(snapshot, Dropped: false);
            _keptOrder.Enqueue(id);
            while (_keptOrder.Count > _keptSnapshots && _keptOrder.TryDequeue(out var oldest))
            {
                if (_known.ContainsKey(oldest))
                {
                    _known[oldest] = new Memory(null, Dropped: true);
                }
            }
        }
    }

    private sealed record Memory(RunSnapshot? Snapshot, bool Dropped);

    private sealed record Prior(bool Known, RunSnapshot? Snapshot, bool Dropped);
}
