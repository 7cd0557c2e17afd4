namespace Simulation.Experiments.Sweeps;

/// <summary>One scenario parameter an experiment varies.</summary>
/// <param name="Name">Column name in the outputs.</param>
/// <param name="Parameter">Which scenario number it sets.</param>
/// <param name="Min">Lowest value.</param>
/// <param name="Max">Highest value.</param>
/// <param name="Levels">Grid levels (for a grid design), each within [min, max].</param>
/// <param name="Quantile">Maps a unit coordinate to a value when the factor is not spread evenly over [min, max] (a prior's
/// quantile function, so equally spaced design levels are equally probable values); null for the straight line.</param>
/// <param name="RangeChecked">True when the scenario was checked against its schema with this factor at its minimum, at its
/// maximum and at a fraction between: the schema bounds a number by an interval, so every value in [min, max] passes it
/// and a point's scenario need not be checked again (<see cref="Sweep.ScenarioAt"/>). False for a field that takes only
/// whole numbers, and for factors not loaded from an experiment file.</param>
/// <param name="Source">Why the factor has its range, as the experiment file says it (its <c>source</c>), kept in the sweep's
/// manifest so the folder says it; null when not given.</param>
public sealed record Factor(string Name, ParameterPath Parameter, double Min, double Max, IReadOnlyList<double> Levels, Func<double, double>? Quantile = null,
    bool RangeChecked = false, string? Source = null)
{
    /// <summary>Returns true when <paramref name="value"/> is one the scenario's schema was shown to admit for this factor.</summary>
    public bool Admits(double value) => RangeChecked && value >= Min && value <= Max;

    /// <summary>Maps a coordinate of the unit interval onto [min, max]: linearly, or through <see cref="Quantile"/>.</summary>
    public double Scale(double unit) => Quantile is { } quantile ? quantile(unit) : Min + ((Max - Min) * unit);
}
