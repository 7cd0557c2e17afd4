using Simulation.Application.Runs;
using Simulation.Core;
using Simulation.Experiments;
using Simulation.Experiments.Narration;

namespace Simulation.Web;

/// <summary>
/// One run started from the page: computes on the thread pool, records its progress for the event stream, and can be
/// cancelled by <c>DELETE</c>, by its page closing, or by its page never opening the stream.
/// </summary>
public sealed class ClassroomRun : IDisposable
{
    private readonly CancellationTokenSource _cancel = new();
    private readonly RunScenario _runScenario;
    private readonly PreparedScenario _prepared;
    private readonly PriorRun? _prior;
    private long _done;
    private int _attached;

    /// <summary>Creates a run; call <see cref="Start"/> to begin.</summary>
    /// <param name="id">The id the page uses in URLs.</param>
    /// <param name="prepared">The scenario with the page's overrides applied, and its settings.</param>
    /// <param name="options">Replications, seed and threads.</param>
    /// <param name="runScenario">The use case that computes it.</param>
    /// <param name="prior">The run the page asked this one to be compared with; null for none.</param>
    public ClassroomRun(string id, PreparedScenario prepared, RunOptions options, RunScenario runScenario, PriorRun? prior = null)
    {
        _runScenario = runScenario;
        _prepared = prepared;
        _prior = prior;
        Id = id;
        Scenario = prepared.Model;
        Options = options;
    }

    /// <summary>The id the page uses in URLs.</summary>
    public string Id { get; }

    /// <summary>The scenario with the page's overrides applied.</summary>
    public Scenario Scenario { get; }

    /// <summary>Replications, seed and threads.</summary>
    public RunOptions Options { get; }

    /// <summary>The settings and main results once the run has finished, for a later run to say what changed; null before.</summary>
    public RunSnapshot? Snapshot { get; private set; }

    /// <summary>Replications finished so far.</summary>
    public long Done => Interlocked.Read(ref _done);

    /// <summary>The computation; faults with <see cref="OperationCanceledException"/> when cancelled.</summary>
    public Task<RunReport> Completion { get; private set; } = Task.FromException<RunReport>(new InvalidOperationException("not started"));

    /// <summary>Starts computing; <paramref name="attachTimeout"/> cancels the run if no event stream attaches in time.</summary>
    public void Start(TimeSpan attachTimeout)
    {
        var token = _cancel.Token;
        Completion = Task.Run(() =>
        {
            var result = _runScenario.Simulate(Scenario, Options, new Counter(this), token);
            var report = RunReport.From(Scenario, result);
            var settings = _prepared.Settings.Select(p => new SettingValue(p.Path, $"{p.Group}: {p.Label}", p.Shown(p.Value))).ToList();
            var snapshot = new RunSnapshot(_prepared.Name, report.Replications, report.Seed, settings, report.WinProbabilities, report.Metrics);
            Snapshot = snapshot;
            var changes = _prior switch
            {
                null => [],
                { Snapshot: { } before } => RunChangeNarrative.Describe(Scenario, result.Catalogue, before, snapshot),
                _ => [RunChangeNarrative.Forgotten],
            };
            return report with { Changes = changes };
        }, token);
        _ = Task.Delay(attachTimeout, token).ContinueWith(_ =>
        {
            if (Volatile.Read(ref _attached) == 0)
            {
                Cancel();
            }
        }, TaskScheduler.Default);
    }

    /// <summary>Marks that a page is listening; returns false when another page already is.</summary>
    public bool Attach() => Interlocked.Exchange(ref _attached, 1) == 0;

    /// <summary>Stops the computation at the next block of replications.</summary>
    public void Cancel()
    {
        try
        {
            _cancel.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // already finished and cleaned up
        }
    }

    /// <inheritdoc />
    public void Dispose() => _cancel.Dispose();

    private sealed class Counter(ClassroomRun run) : IProgress<long>
    {
        public void Report(long value) => Interlocked.Exchange(ref run._done, value);
    }
}
