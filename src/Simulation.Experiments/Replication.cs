using Simulation.Core;
using Simulation.Core.Randomness;
using Simulation.Core.Regimes;

namespace Simulation.Experiments;

/// <summary>Runs one replication of a model under one regime mode: the single-run verb that <see cref="MonteCarlo"/> repeats.</summary>
public static class Replication
{
    /// <summary>Returns the model's outcome buffer after running replication <paramref name="index"/> under <paramref name="mode"/>.
    /// Every mode of a replication draws from the same stream (common random numbers).</summary>
    public static ReplicationOutcome Run(SimulationModel model, RegimeMode mode, ulong seed, long index)
    {
        model.Reset(mode, RandomStream.ForReplication(seed, index));
        return model.RunToEnd();
    }
}
