using Simulation.Core;

namespace Simulation.Experiments;

/// <summary>The outcomes of a block of replications, every mode of each, allocated once and overwritten block after block
/// so that replicating allocates nothing in steady state; with room for each outcome's metric values and their sketch
/// buckets when the thread that computes them also reads them (<see cref="RunAccumulator.Read"/>).</summary>
internal sealed class ReplicationBlock(Scenario scenario, int size, int modes, int metrics = 0)
{
    private readonly ReplicationOutcome[] _outcomes = [.. Enumerable.Range(0, size * modes).Select(_ => new ReplicationOutcome(scenario))];
    private readonly double[] _values = new double[size * modes * metrics];
    private readonly int[] _keys = new int[size * modes * metrics];

    /// <summary>Room for the metric values of the <paramref name="i"/>-th replication under mode number <paramref name="mode"/>.</summary>
    public Span<double> Values(int i, int mode) => _values.AsSpan(((i * modes) + mode) * metrics, metrics);

    /// <summary>Room for the sketch buckets of those values.</summary>
    public Span<int> Keys(int i, int mode) => _keys.AsSpan(((i * modes) + mode) * metrics, metrics);

    /// <summary>Returns the outcome of the <paramref name="i"/>-th replication of the block under mode number <paramref name="mode"/>.</summary>
    public ReplicationOutcome Outcome(int i, int mode) => _outcomes[(i * modes) + mode];
}
