namespace Simulation.Experiments.Scheduling;

/// <summary>
/// Consecutive numbered jobs, <see cref="First"/> … <see cref="First"/> + <see cref="Count"/> − 1: the unit one thread
/// computes at a time and the calling thread hands on at a time, so scheduling costs little per job.
/// </summary>
/// <param name="First">The first job's number.</param>
/// <param name="Count">The number of jobs.</param>
public readonly record struct JobBlock(long First, int Count)
{
    /// <summary>The number after the last job's.</summary>
    public long End => First + Count;
}
