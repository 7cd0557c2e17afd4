using Simulation.Core;

namespace Simulation.Experiments;

/// <summary>The outcomes of a block of replications, every mode of each, allocated once and overwritten block after block
/// so that replicating allocates nothing in steady state.</summary>
internal sealed class ReplicationBlock(Scenario scenario, int size, int modes)
{
    private readonly ReplicationOutcome[] _outcomes = [.. Enumerable.Range(0, size * modes).Select(_ => new ReplicationOutcome(scenario))];

    /// <summary>Returns the outcome of the <paramref name="i"/>-th replication of the block under mode number <paramref name="mode"/>.</summary>
    public ReplicationOutcome Outcome(int i, int mode) => _outcomes[(i * modes) + mode];
}
