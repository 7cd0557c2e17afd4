using Simulation.Experiments.Designs;

namespace Simulation.Experiments.Sweeps;

/// <summary>Expands an experiment into its design points: a pure function of the experiment, so every shard of a sweep
/// computes the same points and seeds.</summary>
public static class SweepDesign
{
    /// <summary>Returns every point of the design, in order; throws <see cref="Scenarios.ScenarioException"/> naming the
    /// experiment file when a point would leave an index with no weight (<see cref="WeightlessIndices.Refuse"/>).</summary>
    public static IReadOnlyList<DesignPoint> Points(Experiment experiment)
    {
        var factors = experiment.Factors;
        double[][] values = experiment.Design switch
        {
            DesignKind.Grid => FullGrid.Generate(factors.Select(f => f.Levels).ToList()),
            DesignKind.LatinHypercube => Scale(LatinHypercube.Generate(experiment.Points, factors.Count, experiment.Seed), factors),
            _ => Scale(SobolSequence.Generate(experiment.Points, factors.Count), factors),
        };
        var points = values.Select((v, i) => new DesignPoint(i, v, PointSeed(experiment, i))).ToList();
        WeightlessIndices.Refuse(experiment, points);
        return points;
    }

    /// <summary>Returns the points of shard <paramref name="shard"/> of <paramref name="shards"/>: those whose index modulo the shard
    /// count is the shard (0-based).</summary>
    public static IReadOnlyList<DesignPoint> Shard(IReadOnlyList<DesignPoint> points, int shard, int shards)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(shards, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(shard);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(shard, shards);
        var owner = new ShardSpec(shard, shards);
        return points.Where(p => owner.Owns(p.Index)).ToList();
    }

    // With common random numbers every point replays the same streams; otherwise each point gets its own master seed.
    private static ulong PointSeed(Experiment experiment, int index) =>
        experiment.CommonRandomNumbers
            ? experiment.Seed
            : Core.Randomness.RandomStream.ForReplication(experiment.Seed, index + 1L).NextSeed();

    private static double[][] Scale(double[][] unit, IReadOnlyList<Factor> factors) =>
        unit.Select(p => p.Select((u, f) => factors[f].Scale(u)).ToArray()).ToArray();
}
