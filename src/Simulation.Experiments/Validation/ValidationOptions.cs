namespace Simulation.Experiments.Validation;

/// <summary>How much simulation a validation run spends.</summary>
/// <param name="Replications">Replications of each Monte Carlo check (≥ 1; the report's intervals shrink as 1/√n).</param>
/// <param name="Seed">Master seed; every Monte Carlo check draws replication k from the stream of (seed, k).</param>
/// <param name="Threads">Worker threads (≥ 1); results do not depend on it.</param>
public sealed record ValidationOptions(int Replications, ulong Seed, int Threads)
{
    /// <summary>Throws when an option is out of range.</summary>
    public void Validate() => new RunOptions(Replications, Seed, Threads).Validate();
}
