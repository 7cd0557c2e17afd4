using System.Collections.Concurrent;
using Simulation.Application.Runs;
using Simulation.Experiments;

namespace Simulation.Web;

/// <summary>
/// The runs in flight. Bounds how many compute at once (a classroom of phones must not starve the machine) and forgets a
/// run a minute after it has ended, so memory does not grow over a lesson. What a page's next run is compared with is kept
/// by the use case, <see cref="ExploreScenario"/>, not here.
/// </summary>
public sealed class RunRegistry(ClassroomOptions options)
{
    private readonly ConcurrentDictionary<string, ClassroomRun> _runs = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _slots = new(options.MaxConcurrentRuns, options.MaxConcurrentRuns);
    private readonly ExploreScenario _explore = new();

    /// <summary>Starts a run, or returns null when the limit of concurrent runs is reached.</summary>
    /// <param name="scenario">The scenario with the page's overrides applied, and its settings.</param>
    /// <param name="runOptions">Replications, seed and threads.</param>
    /// <param name="previous">The page's previous finished run, which the result is compared with; null for none.</param>
    public ClassroomRun? TryStart(PreparedScenario scenario, RunOptions runOptions, RunId? previous = null)
    {
        if (!_slots.Wait(0))
        {
            return null;
        }
        var run = new ClassroomRun(_explore.Start(), scenario, runOptions, _explore, previous);
        _runs[run.Id] = run;
        run.Start(options.AttachTimeout);
        _ = run.Completion.ContinueWith(_ => Task.Delay(TimeSpan.FromMinutes(1)).ContinueWith(__ =>
        {
            _runs.TryRemove(run.Id, out var _);
            run.Dispose();
        }, TaskScheduler.Default), TaskScheduler.Default);
        _ = run.Completion.ContinueWith(_ => _slots.Release(), TaskScheduler.Default);
        return run;
    }

    /// <summary>Returns the run with this id, if it is known.</summary>
    public ClassroomRun? Find(string id) => _runs.TryGetValue(id, out var run) ? run : null;
}
