using Simulation.Application.Runs;
using Simulation.Core;
using Simulation.Experiments;

namespace Simulation.Web;

/// <summary>
/// One run started from the page: computes on the thread pool, records its progress for the event stream, and can be
/// cancelled by <c>DELETE</c>, by its page closing, or by its page never opening the stream.
/// </summary>
public sealed class ClassroomRun : IDisposable
{
    private readonly CancellationTokenSource _cancel = new();
    private readonly RunScenario _runScenario;
    private long _done;
    private int _attached;

    /// <summary>Creates a run; call <see cref="Start"/> to begin.</summary>
    public ClassroomRun(string id, Scenario scenario, RunOptions options, RunScenario runScenario)
    {
        _runScenario = runScenario;
        Id = id;
        Scenario = scenario;
        Options = options;
    }

    /// <summary>The id the page uses in URLs.</summary>
    public string Id { get; }

    /// <summary>The scenario with the page's overrides applied.</summary>
    public Scenario Scenario { get; }

    /// <summary>Replications, seed and threads.</summary>
    public RunOptions Options { get; }

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
            return RunReport.From(Scenario, result);
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
