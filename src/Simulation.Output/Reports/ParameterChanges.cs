using System.Net;
using System.Text;
using Simulation.Experiments.Comparison;

namespace Simulation.Output.Reports;

/// <summary>
/// What a scenario changes from the file it extends, shown first among a report's parameters: the reader of a what-if must
/// see at once what differs from its parent (a number, a list, the timeline), not find it among every sourced parameter by
/// its source. The differences are <see cref="ParameterDiff"/>'s, the same <c>regsim compare</c> lists.
/// </summary>
public static class ParameterChanges
{
    /// <summary>Returns the HTML of the changes: each parameter whose value differs from the parent's, is new, or is gone,
    /// with both values and, where it has one, the source it has here; a sentence when there is none.</summary>
    /// <param name="differences">The parent's document against the scenario's (<see cref="ParameterDiff.Between"/>).</param>
    /// <param name="mine">The scenario's sourced entries (<see cref="ScenarioSources.In"/>), for the sources.</param>
    /// <param name="parentFile">The parent's file, as the scenario names it.</param>
    public static string Render(IReadOnlyList<ParameterDifference> differences, IReadOnlyList<SourcedParameter> mine, string parentFile)
    {
        var html = new StringBuilder();
        if (differences.Count == 0)
        {
            return html.Append("<p>This scenario changes nothing of <code>").Append(E(parentFile)).Append("</code>, which it extends, but its name and description.</p>\n").ToString();
        }
        var sources = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var p in mine)
        {
            sources.TryAdd(p.Path, p.Source);
        }
        html.Append("<p>This scenario extends <code>").Append(E(parentFile)).Append("</code> and changes ")
            .Append(differences.Count == 1 ? "one parameter" : $"{differences.Count} parameters").Append(" of it:</p>\n")
            .Append("<div class=\"scroll\"><table class=\"params\" id=\"changed\">\n<thead><tr><th scope=\"col\">Parameter</th><th scope=\"col\">In ")
            .Append(E(parentFile)).Append("</th><th scope=\"col\">Here</th><th scope=\"col\">Source here</th></tr></thead>\n<tbody>\n");
        foreach (var d in differences)
        {
            html.Append("<tr><td><code>").Append(E(d.Path)).Append("</code></td><td class=\"num\">").Append(E(Shown(d.A))).Append("</td><td class=\"num\">")
                .Append(E(Shown(d.B))).Append("</td><td>").Append(E(d.B.Length == 0 ? "gone from this scenario" : sources.GetValueOrDefault(d.Path, ""))).Append("</td></tr>\n");
        }
        return html.Append("</tbody>\n</table></div>\n").ToString();
    }

    private static string Shown(string value) => value.Length == 0 ? "–" : value;

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
