using Simulation.Core;
using Simulation.Core.Randomness;
using Simulation.Core.Regimes;

namespace Simulation.Experiments.Validation;

/// <summary>
/// Runs replications of a scenario up to a given year and lets the caller read the partial outcome, for checks whose
/// period ends before the horizon (paper Table 3 covers 2004–2010). Replication k draws from the stream of (seed, k), as
/// in <see cref="MonteCarlo"/>; each replication's reading lands in its own slot, so results do not depend on the thread count.
/// </summary>
public static class ReplicationStepper
{
    /// <summary>Returns one reading per replication: <paramref name="read"/> applied to the model after it simulated every
    /// year up to and including <paramref name="lastYear"/> under <paramref name="mode"/>.</summary>
    public static T[] Run<T>(Scenario scenario, RegimeMode mode, int lastYear, ValidationOptions options, Func<SimulationModel, T> read,
        CancellationToken cancellationToken = default)
    {
        options.Validate();
        var readings = new T[options.Replications];
        var threads = Math.Min(options.Threads, options.Replications);
        Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads, CancellationToken = cancellationToken }, t =>
        {
            var model = new SimulationModel(scenario);
            for (var k = t; k < options.Replications; k += threads)
            {
                cancellationToken.ThrowIfCancellationRequested();
                model.Reset(mode, RandomStream.ForReplication(options.Seed, k));
                while (!model.IsFinished && model.Year <= lastYear)
                {
                    model.Step();
                }
                readings[k] = read(model);
            }
        });
        return readings;
    }
}
