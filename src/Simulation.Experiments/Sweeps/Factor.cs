namespace Simulation.Experiments.Sweeps;

/// <summary>One scenario parameter an experiment varies.</summary>
/// <param name="Name">Column name in the outputs.</param>
/// <param name="Parameter">Which scenario number it sets.</param>
/// <param name="Min">Lowest value.</param>
/// <param name="Max">Highest value.</param>
/// <param name="Levels">Grid levels (for a grid design), each within [min, max].</param>
public sealed record Factor(string Name, ParameterPath Parameter, double Min, double Max, IReadOnlyList<double> Levels)
{
    /// <summary>Maps a coordinate of the unit interval onto [min, max].</summary>
    public double Scale(double unit) => Min + ((Max - Min) * unit);
}
