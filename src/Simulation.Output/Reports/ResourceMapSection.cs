using System.Net;
using System.Text;
using Simulation.Experiments;
using Simulation.Experiments.Narration;
using Simulation.Output.Charts;

namespace Simulation.Output.Reports;

// The report's section of resources per person: the sentences about them, then one tile map per compared regime mode side
// by side (stacked on a phone), all on one colour scale.
internal static class ResourceMapSection
{
    public const string Id = "resources";

    public const string Title = "Resources per person, by region";

    public static string Render(Core.Scenario model, RunResult result, IReadOnlyList<NarrativeSentence> sentences)
    {
        var html = new StringBuilder();
        html.Append("<section id=\"").Append(Id).Append("\">\n<h2>").Append(Title).Append("</h2>\n");
        foreach (var sentence in ResultNarrative.About(sentences, ResourceNarrative.Subject))
        {
            html.Append("<p class=\"finding\">").Append(WebUtility.HtmlEncode(sentence)).Append("</p>\n");
        }
        html.Append("<div class=\"maps\">\n");
        var horizon = $"{model.Timeline.FirstYear}–{model.Timeline.LastYear}";
        foreach (var (mode, svg) in ResourceMaps.Create(model, result, result.Catalogue.Compared))
        {
            html.Append("<figure>\n").Append(svg).Append("\n<figcaption>")
                .Append(WebUtility.HtmlEncode($"{result.Catalogue.Label(mode)}: mean over replications of the national resources each region received over {horizon}."))
                .Append("</figcaption>\n</figure>\n");
        }
        html.Append("</div>\n<p class=\"note\">")
            .Append(WebUtility.HtmlEncode($"Values in {ResourceNarrative.Unit}. The maps share one colour scale (dark = least, light = most), so the same colour means the same amount under every regime."))
            .Append("</p>\n</section>\n");
        return html.ToString();
    }
}
