using System.Collections.Concurrent;
using System.Security.Cryptography;
using Simulation.Application.Runs;
using Simulation.Core;
using Simulation.Experiments;

namespace Simulation.Web;

/// <summary>
/// The runs in flight. Bounds how many compute at once (a classroom of phones must not starve the machine) and forgets a
/// run once it has ended, so memory does not grow over a lesson.
/// </summary>
public sealed class RunRegistry(ClassroomOptions options)
{
    private readonly ConcurrentDictionary<string, ClassroomRun> _runs = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _slots = new(options.MaxConcurrentRuns, options.MaxConcurrentRuns);
    private readonly RunScenario _runScenario = new();

    /// <summary>Starts a run, or returns null when the limit of concurrent runs is reached.</summary>
    public ClassroomRun? TryStart(Scenario scenario, RunOptions runOptions)
    {
        if (!_slots.Wait(0))
        {
            return null;
        }
        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));
        var run = new ClassroomRun(id, scenario, runOptions, _runScenario);
        _runs[id] = run;
        run.Start(options.AttachTimeout);
        _ = run.Completion.ContinueWith(_ => Task.Delay(TimeSpan.FromMinutes(1)).ContinueWith(__ =>
        {
            _runs.TryRemove(id, out var _);
            run.Dispose();
        }, TaskScheduler.Default), TaskScheduler.Default);
        _ = run.Completion.ContinueWith(_ => _slots.Release(), TaskScheduler.Default);
        return run;
    }

    /// <summary>Returns the run with this id, if it is known.</summary>
    public ClassroomRun? Find(string id) => _runs.TryGetValue(id, out var run) ? run : null;
}
