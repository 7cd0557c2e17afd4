using System.Text.Json;
using Simulation.Application.Runs;
using Simulation.Core;
using Simulation.Experiments;
using Simulation.Experiments.Narration;
using Simulation.Web.Games;

namespace Simulation.Web;

/// <summary>
/// One run started from the page: waits its turn in the <see cref="RunQueue"/>, then computes through
/// <see cref="ExploreScenario"/> on a thread of its own (not the thread pool's, which answers the class game's requests),
/// records its place in line and its progress for the event stream, and can be cancelled, waiting or computing, by
/// <c>DELETE</c>, by its page closing, or by its page never opening the stream.
/// </summary>
public sealed class ClassroomRun : IDisposable
{
    private readonly CancellationTokenSource _cancel = new();
    private readonly ExploreScenario _explore;
    private readonly PreparedScenario _prepared;
    private readonly RunId _id;
    private readonly RunId? _previous;
    private readonly RunTurn _turn;
    private long _done;
    private int _attached;

    /// <summary>Creates a run; call <see cref="Start"/> to begin.</summary>
    /// <param name="id">The id the page uses in URLs, from <see cref="ExploreScenario.Start"/>.</param>
    /// <param name="prepared">The scenario with the page's overrides applied, and its settings.</param>
    /// <param name="options">Replications, seed and threads.</param>
    /// <param name="explore">The use case that computes it and says what changed since the page's previous run.</param>
    /// <param name="turn">Its turn in the queue of runs, which it leaves when it ends.</param>
    /// <param name="previous">The run the page asked this one to be compared with; null for none.</param>
    public ClassroomRun(RunId id, PreparedScenario prepared, RunOptions options, ExploreScenario explore, RunTurn turn, RunId? previous = null)
    {
        _explore = explore;
        _turn = turn;
        _prepared = prepared;
        _id = id;
        _previous = previous;
        Scenario = prepared.Model;
        Options = options;
    }

    /// <summary>The id the page uses in URLs.</summary>
    public string Id => _id.Text;

    /// <summary>The scenario with the page's overrides applied.</summary>
    public Scenario Scenario { get; }

    /// <summary>Replications, seed and threads.</summary>
    public RunOptions Options { get; }

    /// <summary>Its place in line while it waits for its turn; null once it computes or has ended.</summary>
    public QueuePlace? Place => _turn.Place;

    /// <summary>Replications finished so far.</summary>
    public long Done => Interlocked.Read(ref _done);

    /// <summary>The computation, giving the <c>result</c> event's JSON (a <see cref="RunReport"/>); faults with
    /// <see cref="OperationCanceledException"/> when cancelled, and with the reason when the run or its description failed.</summary>
    public Task<string> Completion { get; private set; } = Task.FromException<string>(new InvalidOperationException("not started"));

    /// <summary>Starts computing; <paramref name="attachTimeout"/> cancels the run if no event stream attaches in time.</summary>
    public void Start(TimeSpan attachTimeout)
    {
        var token = _cancel.Token;
        var settings = _prepared.Settings.Select(p => new SettingValue(p.Path, $"{p.Group}: {p.Label}", p.Shown(p.Value))).ToList();
        var request = new ExploreRequest(_id, _prepared.Name, Scenario, settings, Options, _previous);
        Completion = ComputeInTurnAsync(request, token);
        _ = Task.Delay(attachTimeout, token).ContinueWith(_ =>
        {
            if (Volatile.Read(ref _attached) == 0)
            {
                Cancel();
            }
        }, TaskScheduler.Default);
    }

    // Waits for the run's turn, then computes on a thread of its own, so that however many runs wait or compute, the thread
    // pool stays free for requests. The report is serialized inside the run, so that a report that cannot be written fails
    // the run (the page is sent `failed`) and keeps no snapshot, rather than closing the page's stream without a word.
    private async Task<string> ComputeInTurnAsync(ExploreRequest request, CancellationToken token)
    {
        using var turn = _turn;
        await turn.WaitAsync(token).ConfigureAwait(false);
        var report = await Task.Factory.StartNew(() => _explore.Run(request,
            (result, changes) => JsonSerializer.Serialize(RunReport.From(Scenario, result, Experiments.Validation.HistoricalRecord.AsStatedIfAny(_prepared.Loaded)) with { Changes = changes }, GameViewJson.Options),
            new Counter(this), token).Report, token, TaskCreationOptions.LongRunning, TaskScheduler.Default).ConfigureAwait(false);
        turn.Finish();
        return report;
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
