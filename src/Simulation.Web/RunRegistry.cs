using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Simulation.Application.Runs;
using Simulation.Experiments;

namespace Simulation.Web;

/// <summary>
/// The runs in flight. Admits them to compute first come, first served through one <see cref="RunQueue"/> (a classroom of
/// phones must neither starve the machine nor be served in a random order), holds at most
/// <see cref="ClassroomOptions.MaxQueuedRuns"/> waiting, and forgets a run a minute after it has ended, so memory does not
/// grow over a lesson. What a page's next run is compared with is kept by the use case, <see cref="ExploreScenario"/>, not here.
/// </summary>
public sealed class RunRegistry(ClassroomOptions options, ILogger<RunRegistry> logger)
{
    private static readonly EventId RunFailed = new(20, nameof(RunFailed));

    private readonly ConcurrentDictionary<string, ClassroomRun> _runs = new(StringComparer.Ordinal);
    private readonly RunQueue _queue = new(options.MaxConcurrentRuns, options.MaxQueuedRuns);
    private readonly ExploreScenario _explore = new();

    /// <summary>Returns a place in line for a run just asked for, before its request is read, so that runs asked for
    /// together start in the order they were asked for; null when the queue of waiting runs is full. Dispose it if the
    /// request is refused; once started (<see cref="Start"/>), the run leaves the line when it ends.</summary>
    public RunTurn? TryJoin() => _queue.TryJoin();

    /// <summary>Starts a run in its place in line: it computes once its turn comes.</summary>
    /// <param name="turn">Its place in line, from <see cref="TryJoin"/>.</param>
    /// <param name="scenario">The scenario with the page's overrides applied, and its settings.</param>
    /// <param name="runOptions">Replications, seed and threads.</param>
    /// <param name="previous">The page's previous finished run, which the result is compared with; null for none.</param>
    public ClassroomRun Start(RunTurn turn, PreparedScenario scenario, RunOptions runOptions, RunId? previous = null)
    {
        turn.Expect(runOptions.Replications);
        var run = new ClassroomRun(_explore.Start(), scenario, runOptions, _explore, turn, previous);
        _runs[run.Id] = run;
        run.Start(options.AttachTimeout);
        // A run that fails (not one stopped) is a fault of the server, not of the page's request: the page is told so in
        // fixed words, and the details go to the server's log, where whoever runs it can see them.
        _ = run.Completion.ContinueWith(ended =>
        {
            if (ended.Exception?.InnerException is { } failure and not OperationCanceledException)
            {
                logger.LogError(RunFailed, failure, "Run {Id} of {Scenario} failed", run.Id, scenario.Name);
            }
        }, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
        _ = run.Completion.ContinueWith(_ => Task.Delay(TimeSpan.FromMinutes(1)).ContinueWith(__ =>
        {
            _runs.TryRemove(run.Id, out var _);
            run.Dispose();
        }, TaskScheduler.Default), TaskScheduler.Default);
        return run;
    }

    /// <summary>Returns the run with this id, if it is known.</summary>
    public ClassroomRun? Find(string id) => _runs.TryGetValue(id, out var run) ? run : null;
}
