using MathNet.Numerics.Statistics;

namespace Simulation.Experiments.Sensitivity;

/// <summary>Morris elementary-effects screening: ranks factors by μ* at a cost of r(k + 1) model runs, far fewer than
/// variance-based indices need, to find the few factors worth a Sobol analysis.</summary>
public static class MorrisAnalysis
{
    /// <summary>
    /// Returns one <see cref="MorrisIndex"/> per factor, in factor order. The elementary effect of a step is
    /// (y_after − y_before) / (x_after,i − x_before,i); μ, μ* and σ are taken over the r trajectories, and the interval
    /// of μ* is a bootstrap percentile interval that resamples whole trajectories with replacement.
    /// </summary>
    /// <param name="design">The design whose points were evaluated.</param>
    /// <param name="outputs">Model output at each of <paramref name="design"/>'s points, in the same order; finite numbers.</param>
    /// <param name="bootstrapResamples">Bootstrap resamples (≥ 0; 0 leaves the interval NaN; 1,000 is usual).</param>
    /// <param name="seed">Seed of the bootstrap; resample b draws from the stream (seed, b).</param>
    /// <param name="confidence">Coverage of the interval, strictly between 0 and 1 (default 0.95).</param>
    public static IReadOnlyList<MorrisIndex> Analyse(MorrisDesign design, IReadOnlyList<double> outputs, int bootstrapResamples,
        ulong seed, double confidence = 0.95)
    {
        ArgumentNullException.ThrowIfNull(design);
        ArgumentNullException.ThrowIfNull(outputs);
        BootstrapPercentile.Validate(bootstrapResamples, confidence);
        if (outputs.Count != design.Points.Count)
        {
            throw new ArgumentException($"The design has {design.Points.Count} points but {outputs.Count} outputs were given.", nameof(outputs));
        }
        var effects = ElementaryEffects(design, outputs);
        var trajectories = design.Trajectories;
        var resampled = new double[design.Factors][];
        for (var i = 0; i < design.Factors; i++)
        {
            resampled[i] = new double[bootstrapResamples];
        }
        var draw = new int[trajectories];
        for (var b = 0; b < bootstrapResamples; b++)
        {
            // One draw of trajectories serves every factor, so the factors' intervals come from the same resamples.
            BootstrapPercentile.Draw(draw, trajectories, seed, b);
            for (var i = 0; i < design.Factors; i++)
            {
                var sum = 0.0;
                foreach (var t in draw)
                {
                    sum += Math.Abs(effects[i][t]);
                }
                resampled[i][b] = sum / trajectories;
            }
        }
        var indices = new List<MorrisIndex>(design.Factors);
        for (var i = 0; i < design.Factors; i++)
        {
            var row = effects[i];
            var (low, high) = BootstrapPercentile.Interval(resampled[i], confidence);
            indices.Add(new MorrisIndex(i, row.Mean(), row.Select(Math.Abs).Mean(), row.StandardDeviation(), low, high));
        }
        return indices;
    }

    // effects[i][t]: the elementary effect of factor i in trajectory t.
    private static double[][] ElementaryEffects(MorrisDesign design, IReadOnlyList<double> outputs)
    {
        var k = design.Factors;
        var effects = new double[k][];
        for (var i = 0; i < k; i++)
        {
            effects[i] = new double[design.Trajectories];
        }
        for (var t = 0; t < design.Trajectories; t++)
        {
            var seen = new bool[k];
            for (var step = 0; step < k; step++)
            {
                var before = (t * (k + 1)) + step;
                var factor = MovedFactor(design.Points[before], design.Points[before + 1], before);
                if (seen[factor])
                {
                    throw new ArgumentException($"Trajectory {t} moves factor {factor} twice.", nameof(design));
                }
                seen[factor] = true;
                var y0 = outputs[before];
                var y1 = outputs[before + 1];
                if (!double.IsFinite(y0) || !double.IsFinite(y1))
                {
                    throw new InputConflictException($"Output at point {(double.IsFinite(y0) ? before + 1 : before)} is not a finite number.");
                }
                var dx = design.Points[before + 1][factor] - design.Points[before][factor];
                effects[factor][t] = (y1 - y0) / dx;
            }
        }
        return effects;
    }

    private static int MovedFactor(IReadOnlyList<double> before, IReadOnlyList<double> after, int row)
    {
        var moved = -1;
        for (var i = 0; i < before.Count; i++)
        {
            if (before[i] != after[i])
            {
                if (moved >= 0)
                {
                    throw new ArgumentException($"Points {row} and {row + 1} differ in more than one factor.", "design");
                }
                moved = i;
            }
        }
        return moved >= 0 ? moved : throw new ArgumentException($"Points {row} and {row + 1} are equal.", "design");
    }
}
