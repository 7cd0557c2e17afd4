using System.Globalization;

namespace Simulation.Experiments.Designs;

/// <summary>Every combination of every factor's levels: the design whose main effects need no model, at a cost that grows
/// as the product of the level counts.</summary>
public static class FullGrid
{
    /// <summary>Returns the combinations, the last factor varying fastest (row-major, like nested loops).</summary>
    /// <param name="levels">Each factor's levels; every list must be non-empty.</param>
    public static double[][] Generate(IReadOnlyList<IReadOnlyList<double>> levels)
    {
        if (levels.Count == 0)
        {
            throw new ArgumentException("A grid needs at least one factor.", nameof(levels));
        }
        for (var f = 0; f < levels.Count; f++)
        {
            if (levels[f].Count == 0)
            {
                throw new ArgumentException($"Factor {f} has no levels: an empty axis is an error.", nameof(levels));
            }
        }
        var count = levels.Aggregate(1L, (n, l) => checked(n * l.Count));
        var points = new double[count][];
        for (long p = 0; p < count; p++)
        {
            var point = new double[levels.Count];
            var rest = p;
            for (var f = levels.Count - 1; f >= 0; f--)
            {
                point[f] = levels[f][(int)(rest % levels[f].Count)];
                rest /= levels[f].Count;
            }
            points[p] = point;
        }
        return points;
    }

    /// <summary>Returns <paramref name="count"/> evenly spaced levels from <paramref name="min"/> to <paramref name="max"/> inclusive:
    /// the last is <paramref name="max"/> itself and none leaves the range, whatever the rounding of the steps (min + (max − min)
    /// would give 0.15000000000000002 for −0.5 and 0.15, outside the range the experiment allows). Each level is the shortest
    /// decimal within 12 significant digits of the exact step (0.105, not 0.10500000000000001, for 0 to 0.15 in 11 levels), so
    /// that the model runs at the level a user means and an analysis can select it by its value.</summary>
    public static double[] EvenLevels(double min, double max, int count) =>
        count == 1
            ? [Decimal((min + max) / 2)]
            : Enumerable.Range(0, count).Select(i => i == count - 1 ? max : Math.Clamp(Decimal(min + ((max - min) * i / (count - 1))), min, max)).ToArray();

    // The shortest decimal that agrees with x to 12 significant digits: the arithmetic's noise in the last digits removed.
    private static double Decimal(double x) =>
        double.Parse(x.ToString("G12", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
}
