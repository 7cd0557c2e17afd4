using Simulation.Core;
using Simulation.Core.Regimes;
using Simulation.Experiments;
using Simulation.Experiments.Replay;
using Simulation.Experiments.Scenarios;

namespace Simulation.Application.Replays;

/// <summary>
/// Tells one replication of a run year by year (the classroom's replay): the mode named in the request, the seed it resolves
/// to, and the history, so that a host only reads the request and presents what comes back. One replication takes
/// milliseconds, so it is computed at once.
/// </summary>
public static class ReplayReplication
{
    /// <summary>Replays the replication <paramref name="request"/> names.</summary>
    /// <exception cref="UnknownModeException">The mode is not one of the scenario's.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The replication's number is negative.</exception>
    public static ReplayedReplication Run(ReplayRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentOutOfRangeException.ThrowIfNegative(request.Replication);
        var modes = request.Scenario.Modes();
        var label = request.Mode ?? RegimeMode.TimelineLabel;
        var mode = modes.FirstOrDefault(m => m.Label == label);
        if (mode.Label is null)
        {
            throw new UnknownModeException(label, [.. modes.Select(m => m.Label)]);
        }
        var seed = request.Seed ?? request.Scenario.Seed;
        return new ReplayedReplication(request.Scenario, seed, ReplicationReplay.Run(request.Scenario, mode, seed, request.Replication));
    }

    /// <summary>Replays replication <paramref name="replication"/> of the scenario file <paramref name="scenarioPath"/> (as
    /// <c>regsim run</c> reads it) under the mode <paramref name="mode"/> (the timeline when null).</summary>
    /// <exception cref="ScenarioException">The file is not a valid scenario.</exception>
    /// <exception cref="UnknownModeException">The mode is not one of the scenario's.</exception>
    public static ReplayedReplication Run(string scenarioPath, string? mode, long replication, ulong? seed) =>
        Run(new ReplayRequest(ScenarioLoader.Load(scenarioPath).Model, mode, replication, seed));
}
