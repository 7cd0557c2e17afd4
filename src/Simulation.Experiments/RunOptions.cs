namespace Simulation.Experiments;

/// <summary>How many replications to run, from which seed, on how many threads.</summary>
/// <param name="Replications">Number of replications (≥ 1).</param>
/// <param name="Seed">Master seed; replication k draws from the stream derived from (seed, k).</param>
/// <param name="Threads">Worker threads (≥ 1); results do not depend on it.</param>
public sealed record RunOptions(int Replications, ulong Seed, int Threads)
{
    /// <summary>Throws when an option is out of range.</summary>
    public void Validate()
    {
        if (Replications < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(Replications), Replications, "must be at least 1");
        }
        if (Threads < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(Threads), Threads, "must be at least 1");
        }
    }
}
