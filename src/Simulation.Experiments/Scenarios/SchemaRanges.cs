namespace Simulation.Experiments.Scenarios;

/// <summary>
/// What lets a scenario with changed numbers skip the schema: the schema's only constraints on a number are bounds and
/// whole-numberness, so a field shown to admit both ends of a range and a fraction between admits every value of it.
/// </summary>
public static class SchemaRanges
{
    /// <summary>Returns a value strictly inside (min, max) that is not a whole number, to show a field takes fractions;
    /// min itself when max = min.</summary>
    public static double FractionWithin(double min, double max)
    {
        if (max == min)
        {
            return min;
        }
        var inside = min + ((max - min) * 0.3819660112501051);
        return inside == Math.Floor(inside) ? min + ((max - min) * 0.6180339887498949) : inside;
    }
}
