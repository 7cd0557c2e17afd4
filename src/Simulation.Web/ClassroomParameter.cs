namespace Simulation.Web;

/// <summary>A number (or switch) a class may change from the page, with the range the scenario schema allows.</summary>
/// <param name="Path">Parameter path in the scenario (see <c>ParameterPath</c>), or <c>jointBids</c> for the switch.</param>
/// <param name="Label">Plain-language label shown beside the slider.</param>
/// <param name="Group">Heading the slider is shown under (a regime, the fund, the projects).</param>
/// <param name="Kind">A slider or an on/off switch (value 1 or 0).</param>
/// <param name="Value">The scenario's value.</param>
/// <param name="Min">Smallest value accepted.</param>
/// <param name="Max">Largest value accepted.</param>
/// <param name="Step">Slider step.</param>
/// <param name="Source">Where the scenario's value comes from (paper section, statistic or assumption).</param>
/// <param name="Format">How a value reads on the page (a number of the scenario's unit may be shown in another: ₩, %).</param>
public sealed record ClassroomParameter(string Path, string Label, string Group, ParameterKind Kind, double Value, double Min, double Max, double Step, string? Source,
    ValueFormat Format)
{
    /// <summary>Returns <paramref name="value"/> as the page shows it: "on" or "off" for a switch, else by <see cref="Format"/>.</summary>
    public string Shown(double value) => Kind == ParameterKind.Switch ? (value >= 0.5 ? "on" : "off") : Format.Show(value);
}
