namespace Simulation.Output.Charts;

/// <summary>A region's name as a chart prints it where room is short: the part before any bracket, so "Chungbuk (North
/// Chungcheong)" reads "Chungbuk"; the whole name stays in tooltips and tables.</summary>
public static class RegionLabel
{
    /// <summary>Returns <paramref name="name"/> without its bracketed part.</summary>
    public static string Short(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var bracket = name.IndexOf(" (", StringComparison.Ordinal);
        return (bracket > 0 ? name[..bracket] : name).Trim();
    }
}
