namespace Simulation.Output.Charts;

/// <summary>
/// The values a tile map's colours run between. Maps meant to be compared (one per regime, or one per year of a replay) take
/// the same scale, so equal colours mean equal values.
/// </summary>
/// <param name="Min">Value drawn in the darkest colour.</param>
/// <param name="Max">Value drawn in the lightest colour (≥ <paramref name="Min"/>).</param>
public readonly record struct TileMapScale(double Min, double Max)
{
    /// <summary>Returns the scale from the smallest to the largest finite value of <paramref name="values"/>; (0, 1) when there is none.</summary>
    public static TileMapScale Spanning(IEnumerable<double> values)
    {
        double min = double.PositiveInfinity, max = double.NegativeInfinity;
        foreach (var value in values)
        {
            if (double.IsFinite(value))
            {
                min = Math.Min(min, value);
                max = Math.Max(max, value);
            }
        }
        return double.IsFinite(min) ? new TileMapScale(min, max) : new TileMapScale(0, 1);
    }

    /// <summary>Returns where <paramref name="value"/> falls on the scale, 0 to 1 (clamped; the middle when the scale has no width).</summary>
    public double Position(double value) => Max > Min ? Math.Clamp((value - Min) / (Max - Min), 0.0, 1.0) : 0.5;
}
