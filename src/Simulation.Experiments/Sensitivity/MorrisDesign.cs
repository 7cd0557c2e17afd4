using Simulation.Core.Randomness;

namespace Simulation.Experiments.Sensitivity;

/// <summary>
/// A Morris one-at-a-time screening design in the unit hypercube [0, 1]^k (Morris 1991): random trajectories of k + 1
/// points on a grid of p levels, each step moving one factor by Δ = p / (2(p − 1)), so every step yields one
/// elementary effect. Callers scale the unit coordinates to their factors' ranges before running the model.
/// </summary>
public sealed record MorrisDesign
{
    private MorrisDesign(int factors, int trajectories, int levels, IReadOnlyList<IReadOnlyList<double>> points)
    {
        Factors = factors;
        Trajectories = trajectories;
        Levels = levels;
        Points = points;
    }

    /// <summary>Number of factors k.</summary>
    public int Factors { get; }

    /// <summary>Number of trajectories r.</summary>
    public int Trajectories { get; }

    /// <summary>Number of grid levels p per factor (even).</summary>
    public int Levels { get; }

    /// <summary>Step size Δ = p / (2(p − 1)), Morris's choice, which makes every grid level equally likely to be sampled.</summary>
    public double Delta => Levels / (2.0 * (Levels - 1));

    /// <summary>The r·(k + 1) points to evaluate, trajectory after trajectory: rows t(k + 1) … t(k + 1) + k belong to
    /// trajectory t, and consecutive rows of a trajectory differ in exactly one factor, by ±Δ.</summary>
    public IReadOnlyList<IReadOnlyList<double>> Points { get; }

    /// <summary>Returns a design of <paramref name="trajectories"/> random trajectories, deterministic from
    /// <paramref name="seed"/> (trajectory t draws from the stream (seed, t)). Each trajectory starts at a random grid
    /// point x* with x*_i ∈ {0, 1/(p − 1), …, 1 − Δ}, moves each factor once, in random order and random direction
    /// (up from x*_i or down from x*_i + Δ), as in Morris's randomised orientation matrix B*.</summary>
    /// <param name="factors">Number of factors k (≥ 1).</param>
    /// <param name="trajectories">Number of trajectories r (≥ 2, so σ is defined); 10 to 50 is usual (Campolongo et al. 2007).</param>
    /// <param name="levels">Grid levels p (even, ≥ 2); 4 is the common choice.</param>
    /// <param name="seed">Master seed of the design.</param>
    public static MorrisDesign Create(int factors, int trajectories, int levels, ulong seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(factors, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(trajectories, 2);
        ArgumentOutOfRangeException.ThrowIfLessThan(levels, 2);
        if (levels % 2 != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(levels), levels, "must be even, so that Δ = p/(2(p − 1)) lands on the grid");
        }
        var points = new List<IReadOnlyList<double>>(trajectories * (factors + 1));
        for (var t = 0; t < trajectories; t++)
        {
            AddTrajectory(points, factors, levels, RandomStream.ForReplication(seed, t));
        }
        return new MorrisDesign(factors, trajectories, levels, points);
    }

    private static void AddTrajectory(List<IReadOnlyList<double>> points, int factors, int levels, RandomStream random)
    {
        // Grid values are computed as j/(p − 1) rather than x + Δ, so low and high are exact grid points.
        var half = levels / 2;
        var low = new double[factors];
        var high = new double[factors];
        var up = new bool[factors];
        for (var i = 0; i < factors; i++)
        {
            var level = Math.Min(half - 1, (int)(random.NextDouble() * half));
            low[i] = level / (double)(levels - 1);
            high[i] = (level + half) / (double)(levels - 1);
            up[i] = random.NextBernoulli(0.5);
        }
        var order = new int[factors];
        for (var i = 0; i < factors; i++)
        {
            order[i] = i;
        }
        for (var i = factors - 1; i > 0; i--)
        {
            var j = Math.Min(i, (int)(random.NextDouble() * (i + 1)));
            (order[i], order[j]) = (order[j], order[i]);
        }
        var x = new double[factors];
        for (var i = 0; i < factors; i++)
        {
            x[i] = up[i] ? low[i] : high[i];
        }
        points.Add((double[])x.Clone());
        foreach (var i in order)
        {
            x[i] = up[i] ? high[i] : low[i];
            points.Add((double[])x.Clone());
        }
    }
}
