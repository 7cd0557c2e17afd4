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
    /// would give 0.15000000000000002 for −0.5 and 0.15, outside the range the experiment allows). Each level is computed in
    /// decimal arithmetic from the bounds as written, so it is the decimal a user means (0.105, not 0.10500000000000001, for
    /// 0 to 0.15 in 11 levels; 0, not 1.4·10⁻¹⁷, for −0.1 to 0.2 in 4): the model runs at it and an analysis can select it by
    /// its value.</summary>
    public static double[] EvenLevels(double min, double max, int count) =>
        count == 1
            ? [Math.Clamp(Level(min, max, 1, 2), min, max)]
            : Enumerable.Range(0, count).Select(i => i == count - 1 ? max : Math.Clamp(Level(min, max, i, count - 1), min, max)).ToArray();

    // min + (max − min)·i/n in decimal, from the bounds' shortest decimal forms; in binary where a bound is beyond decimal's
    // range or precision (below 10⁻¹² in size, say), where the binary result is all there is.
    private static double Level(double min, double max, int i, int n)
    {
        var binary = min + ((max - min) * i / n);
        if (!ExactInDecimal(min) || !ExactInDecimal(max))
        {
            return binary;
        }
        var low = decimal.Parse(min.ToString("R", CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture);
        var high = decimal.Parse(max.ToString("R", CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture);
        return (double)(low + ((high - low) * i / n));
    }

    // Whether a bound's shortest decimal form fits decimal with digits to spare: zero, or a size between 10⁻¹² and 10¹⁵.
    private static bool ExactInDecimal(double x) => x == 0 || (Math.Abs(x) >= 1e-12 && Math.Abs(x) <= 1e15);
}
