using Simulation.Core;
using Simulation.Core.Regimes;

namespace Simulation.Experiments;

/// <summary>
/// Receives every finished replication, in replication order and mode order whatever the thread count, on one
/// thread. Observers must copy what they keep: the outcome buffer is reused.
/// </summary>
public interface IReplicationObserver
{
    /// <summary>Called once per replication and mode.</summary>
    void Observe(long replication, RegimeMode mode, ReplicationOutcome outcome);
}
