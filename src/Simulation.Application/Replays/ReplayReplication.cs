using Simulation.Core.Regimes;
using Simulation.Experiments;
using Simulation.Experiments.Replay;

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
    public static (ReplicationReplay Replay, ulong Seed) Run(ReplayRequest request)
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
        return (ReplicationReplay.Run(request.Scenario, mode, seed, request.Replication), seed);
    }
}
