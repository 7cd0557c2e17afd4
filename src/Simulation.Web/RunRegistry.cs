using System.Collections.Concurrent;
using System.Security.Cryptography;
using Simulation.Application.Runs;
using Simulation.Core;
using Simulation.Experiments;
using Simulation.Experiments.Narration;

namespace Simulation.Web;

/// <summary>
/// The runs in flight. Bounds how many compute at once (a classroom of phones must not starve the machine) and forgets a
/// run once it has ended, so memory does not grow over a lesson; of the last <see cref="KeptSnapshots"/> finished runs it
/// keeps the settings and main results (a <see cref="RunSnapshot"/>), so that a page's next run can say what changed.
/// </summary>
public sealed class RunRegistry(ClassroomOptions options)
{
    /// <summary>How many finished runs' snapshots are kept: one per page of a large class, a few runs each.</summary>
    public const int KeptSnapshots = 256;

    private readonly ConcurrentDictionary<string, ClassroomRun> _runs = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, RunSnapshot> _snapshots = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _snapshotOrder = new();
    private readonly SemaphoreSlim _slots = new(options.MaxConcurrentRuns, options.MaxConcurrentRuns);
    private readonly RunScenario _runScenario = new();

    /// <summary>Starts a run, or returns null when the limit of concurrent runs is reached.</summary>
    /// <param name="scenario">The scenario with the page's overrides applied, and its settings.</param>
    /// <param name="runOptions">Replications, seed and threads.</param>
    /// <param name="previous">Id of the page's previous finished run, whose snapshot the result is compared with; null for none.</param>
    public ClassroomRun? TryStart(PreparedScenario scenario, RunOptions runOptions, string? previous = null)
    {
        if (!_slots.Wait(0))
        {
            return null;
        }
        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));
        var since = previous is null ? null : new PriorRun(_snapshots.GetValueOrDefault(previous));
        var run = new ClassroomRun(id, scenario, runOptions, _runScenario, since);
        _runs[id] = run;
        run.Start(options.AttachTimeout);
        _ = run.Completion.ContinueWith(_ => Keep(id, run.Snapshot), TaskScheduler.Default);
        _ = run.Completion.ContinueWith(_ => Task.Delay(TimeSpan.FromMinutes(1)).ContinueWith(__ =>
        {
            _runs.TryRemove(id, out var _);
            run.Dispose();
        }, TaskScheduler.Default), TaskScheduler.Default);
        _ = run.Completion.ContinueWith(_ => _slots.Release(), TaskScheduler.Default);
        return run;
    }

    private void Keep(string id, RunSnapshot? snapshot)
    {
        if (snapshot is null)
        {
            return; // cancelled or failed: nothing to compare a later run with
        }
        _snapshots[id] = snapshot;
        _snapshotOrder.Enqueue(id);
        while (_snapshotOrder.Count > KeptSnapshots && _snapshotOrder.TryDequeue(out var oldest))
        {
            _snapshots.TryRemove(oldest, out var _);
        }
    }

    /// <summary>Returns the run with this id, if it is known.</summary>
    public ClassroomRun? Find(string id) => _runs.TryGetValue(id, out var run) ? run : null;
}
