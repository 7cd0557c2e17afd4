using System.Net;
using System.Text;

namespace Simulation.Output.Reports;

/// <summary>
/// What a scenario changes from the file it extends, shown first among a report's parameters: the reader of a what-if must
/// see at once which numbers differ from its parent, not find them among every sourced parameter by their sources.
/// </summary>
public static class ParameterChanges
{
    /// <summary>Returns the HTML of the changes: each sourced number whose value differs from the parent's, is new, or is gone,
    /// with both values and the source it has here; a sentence when there is none.</summary>
    /// <param name="mine">The scenario's sourced entries (<see cref="ScenarioSources.In"/>).</param>
    /// <param name="parent">Those of the scenario it extends, loaded on its own.</param>
    /// <param name="parentFile">The parent's file, as the scenario names it.</param>
    public static string Render(IReadOnlyList<SourcedParameter> mine, IReadOnlyList<SourcedParameter> parent, string parentFile)
    {
        var before = new Dictionary<string, SourcedParameter>(StringComparer.Ordinal);
        foreach (var p in parent.Where(p => p.Value.Length > 0))
        {
            before.TryAdd(p.Path, p);
        }
        var here = mine.Where(p => p.Value.Length > 0).Select(p => p.Path).ToHashSet(StringComparer.Ordinal);
        var rows = mine.Where(p => p.Value.Length > 0 && (!before.TryGetValue(p.Path, out var was) || was.Value != p.Value))
            .Select(p => (p.Path, Was: before.TryGetValue(p.Path, out var was) ? was.Value : "–", Now: p.Value, p.Source))
            .Concat(before.Values.Where(p => !here.Contains(p.Path)).Select(p => (p.Path, Was: p.Value, Now: "–", Source: "gone from this scenario")))
            .ToList();
        var html = new StringBuilder();
        if (rows.Count == 0)
        {
            return html.Append("<p>This scenario changes no sourced number of <code>").Append(E(parentFile)).Append("</code>, which it extends.</p>\n").ToString();
        }
        html.Append("<p>This scenario extends <code>").Append(E(parentFile)).Append("</code> and changes ")
            .Append(rows.Count == 1 ? "one sourced number" : $"{rows.Count} sourced numbers").Append(" of it:</p>\n")
            .Append("<div class=\"scroll\"><table class=\"params\" id=\"changed\">\n<thead><tr><th scope=\"col\">Parameter</th><th scope=\"col\">In ")
            .Append(E(parentFile)).Append("</th><th scope=\"col\">Here</th><th scope=\"col\">Source here</th></tr></thead>\n<tbody>\n");
        foreach (var (path, was, now, source) in rows)
        {
            html.Append("<tr><td><code>").Append(E(path)).Append("</code></td><td class=\"num\">").Append(E(was)).Append("</td><td class=\"num\">")
                .Append(E(now)).Append("</td><td>").Append(E(source)).Append("</td></tr>\n");
        }
        return html.Append("</tbody>\n</table></div>\n").ToString();
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
