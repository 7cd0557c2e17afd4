using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Simulation.Experiments;
using Simulation.Experiments.Narration;
using Simulation.Experiments.Outcomes;
using Simulation.Experiments.Scenarios;
using Simulation.Output.Charts;

namespace Simulation.Output.Reports;

/// <summary>
/// Writes <c>report.html</c>: one self-contained page (inline CSS, charts as inline SVG, no scripts, fonts or external
/// links) that a student can open offline in any browser, with the scenario, the plain-language findings, the charts,
/// the tables with their intervals, every sourced parameter and the manifest. It only picks and formats numbers it is
/// given; the statistics and sentences come from Experiments.
/// </summary>
public static class HtmlReport
{
    /// <summary>Name of the report file in a results folder.</summary>
    public const string FileName = "report.html";

    /// <summary>Regions shown per project in the top-regions table.</summary>
    public const int TopRegions = 5;

    private const int ChartWidth = 1000;
    private const int ChartHeight = 560;

    /// <summary>Writes the report as UTF-8 to <paramref name="path"/>, creating its folder if needed.</summary>
    /// <param name="path">File to write (usually <see cref="FileName"/> in the results folder).</param>
    /// <param name="scenario">The scenario as loaded, for names, description and the sourced parameters.</param>
    /// <param name="result">The run's finished summaries.</param>
    /// <param name="manifest">What produced the run, shown at the end so the page can be traced and re-run.</param>
    /// <param name="sentences">Plain-language findings (from <see cref="ResultNarrative.Describe"/>); each is shown in the
    /// headline list and again beside the chart its subject names.</param>
    /// <param name="parent">The scenario it extends, loaded on its own, whose numbers the report compares with its own; null
    /// for a scenario that extends none.</param>
    public static void Write(string path, LoadedScenario scenario, RunResult result, RunManifest manifest, IReadOnlyList<NarrativeSentence> sentences,
        LoadedScenario? parent = null)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }
        File.WriteAllText(path, Render(scenario, result, manifest, sentences, parent), new UTF8Encoding(false));
    }

    /// <summary>Returns the report's HTML text (what <see cref="Write"/> writes).</summary>
    /// <param name="scenario">The scenario as loaded.</param>
    /// <param name="result">The run's finished summaries.</param>
    /// <param name="manifest">What produced the run.</param>
    /// <param name="sentences">Plain-language findings.</param>
    /// <param name="parent">The scenario it extends, loaded on its own; null for none.</param>
    public static string Render(LoadedScenario scenario, RunResult result, RunManifest manifest, IReadOnlyList<NarrativeSentence> sentences,
        LoadedScenario? parent = null)
    {
        var model = scenario.Model;
        var html = new StringBuilder();
        var title = $"Results: {model.Name}";
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(E(title)).Append("</title>\n<style>").Append(ReportStyle.Css).Append("</style>\n</head>\n<body>\n<main>\n");

        html.Append("<header>\n<h1>").Append(E(title)).Append("</h1>\n<p class=\"lead\">").Append(E(model.Description)).Append("</p>\n")
            .Append("<p class=\"meta\">").Append(E($"{manifest.Replications:N0} replications per regime mode · modes: {string.Join(", ", result.Modes.Select(result.Catalogue.Label))} · seed {manifest.Seed}")).Append("</p>\n")
            .Append(Contents(model)).Append("</header>\n");

        html.Append("<section id=\"findings\">\n<h2>What the run shows</h2>\n");
        if (sentences.Count == 0)
        {
            html.Append("<p>No findings could be stated for this run.</p>\n");
        }
        else
        {
            html.Append("<ul class=\"findings\">\n");
            foreach (var sentence in sentences)
            {
                html.Append("<li>").Append(E(sentence.Text)).Append("</li>\n");
            }
            html.Append("</ul>\n<p class=\"note\">Intervals on win chances are 95 % Clopper-Pearson intervals of each proportion: they measure the "
                + "Monte Carlo error of this many replications, which more replications shrink, not the uncertainty of the scenario's inputs (below). "
                + "The regime modes are run on the same random numbers, so two modes' intervals overlapping does not mean they do not differ; "
                + "<code>regsim compare</code> gives each difference with its paired interval.</p>\n"
                + "<p class=\"note\">These are consequences of the scenario's inputs, not findings about history: who receives what under a regime "
                + "follows largely from the rules the scenario gives its fund and programmes (who is eligible, how the money is split), and who wins "
                + "a competition from the weights it gives the criteria and the regimes (the parameters below give each one's source). "
                + "<code>regsim validate</code> scores the model against the historical record, against chance and against simpler models; "
                + "<code>regsim sensitivity --priors</code> ranks the numbers a scenario gives a prior by how much they move these results "
                + "(<code>scenarios/assumptions.json</code> gives one to every number the baseline marks as an assumption, save the few it names and says why).</p>\n");
        }
        html.Append("</section>\n");

        var chart = 0;
        var record = RecordNote.Of(scenario);
        foreach (var project in model.Projects)
        {
            var rows = result.WinProbabilities.Where(w => w.Project == project.Id).ToList();
            html.Append("<section id=\"project-").Append(E(project.Id)).Append("\">\n<h2>").Append(E(project.Name)).Append("</h2>\n");
            if (ProjectSchedule.YearsHeld(model, project).Count > 1)
            {
                html.Append("<p class=\"note\">").Append(E($"Held more than once ({ProjectSchedule.Describe(model, project, withReading: false)}): a region's win "
                    + "probability is its chance of winning at least one of them, so the regions' chances add up to more than the prizes of one.")).Append("</p>\n");
            }
            AppendSentences(html, sentences, project.Id);
            using (var plot = RunFigures.WinProbability(model, result, project))
            {
                html.Append(Figure(plot, ++chart, $"Win probability of each region for the {project.Name}, by regime, with 95 % intervals."));
            }
            html.Append(TopRegionsTable(model, result, rows));
            if (record.TryGetValue(project.Id, out var recorded))
            {
                html.Append("<p class=\"note record\">").Append(E(RecordNote.Winners(model, recorded))).Append("</p>\n");
            }
            html.Append("</section>\n");
        }

        html.Append(ResourceMapSection.Render(model, result, sentences));

        html.Append("<section id=\"distributions\">\n<h2>Inequality and rent dissipation</h2>\n");
        AppendSentences(html, sentences, OutcomeMetrics.CapitalRegionShare);
        foreach (var figure in RunFigures.Distributions)
        {
            AppendSentences(html, sentences, figure.Metric);
            var samples = RunFigures.Samples(result, figure);
            using var plot = RunFigures.Distribution(result, figure);
            html.Append(Figure(plot, ++chart, $"{figure.Title}: fraction of replications in each bin (first {samples.Values.Select(s => s.Count).DefaultIfEmpty(0).Max():N0} replications of each mode)."));
        }
        html.Append("</section>\n");

        html.Append(SummarySection(model, result));
        html.Append(ParametersSection(scenario, parent));
        html.Append(ManifestSection(manifest));
        html.Append("<footer><p>").Append(E($"Written by regsim {manifest.ToolVersion}. This page is self-contained and works offline.")).Append("</p></footer>\n");
        html.Append("</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static string Contents(Core.Scenario model)
    {
        var links = new List<(string Id, string Text)> { ("findings", "What the run shows") };
        links.AddRange(model.Projects.Select(p => ($"project-{p.Id}", p.Name)));
        links.AddRange([(ResourceMapSection.Id, ResourceMapSection.Title), ("distributions", "Inequality and rent dissipation"), ("summary", "Summary table"), ("parameters", "Parameters and sources"), ("manifest", "Manifest")]);
        return "<nav aria-label=\"Contents\"><ul>" + string.Concat(links.Select(l => $"<li><a href=\"#{E(l.Id)}\">{E(l.Text)}</a></li>")) + "</ul></nav>\n";
    }

    private static void AppendSentences(StringBuilder html, IReadOnlyList<NarrativeSentence> sentences, string subject)
    {
        foreach (var sentence in ResultNarrative.About(sentences, subject))
        {
            html.Append("<p class=\"finding\">").Append(E(sentence)).Append("</p>\n");
        }
    }

    private static string Figure(ScottPlot.Plot plot, int number, string caption)
    {
        var svg = SvgInline.Prepare(ChartWriter.Svg(plot, ChartWidth, ChartHeight), $"c{number}-", ChartWidth, ChartHeight, caption);
        return $"<figure>\n{svg}\n<figcaption>{E(caption)}</figcaption>\n</figure>\n";
    }

    private static string TopRegionsTable(Core.Scenario model, RunResult result, IReadOnlyList<WinProbability> rows)
    {
        var byKey = new Dictionary<(string Mode, string Region), WinProbability>();
        foreach (var row in rows)
        {
            byKey.TryAdd((row.Regime, row.Region), row);
        }
        var top = model.Regions
            .Select(r => (Region: r, Best: result.Modes.Max(m => byKey.TryGetValue((m, r.Id), out var w) ? w.Probability : 0)))
            .Where(x => x.Best > 0)
            .OrderByDescending(x => x.Best)
            .Take(TopRegions)
            .ToList();
        if (top.Count == 0)
        {
            return "<p>No region won this project in any replication.</p>\n";
        }
        var html = new StringBuilder();
        html.Append("<div class=\"scroll\"><table>\n<caption>").Append(E($"Regions most likely to win (top {top.Count}, ordered by their highest win probability under any regime mode): win probability and 95 % interval under each regime mode"))
            .Append("</caption>\n<thead><tr><th scope=\"col\">Region</th>");
        foreach (var mode in result.Modes)
        {
            html.Append("<th scope=\"col\">").Append(E(result.Catalogue.Label(mode))).Append("</th>");
        }
        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var (region, _) in top)
        {
            html.Append("<tr><th scope=\"row\">").Append(E(region.Name)).Append("</th>");
            foreach (var mode in result.Modes)
            {
                var cell = byKey.TryGetValue((mode, region.Id), out var w)
                    ? $"{ResultNarrative.Percent(w.Probability)} % <span class=\"ci\">({ResultNarrative.Percent(w.CiLow)}–{ResultNarrative.Percent(w.CiHigh)} %)</span>"
                    : "–";
                html.Append("<td class=\"num\">").Append(cell).Append("</td>");
            }
            html.Append("</tr>\n");
        }
        html.Append("</tbody>\n</table></div>\n");
        return html.ToString();
    }

    private static string SummarySection(Core.Scenario model, RunResult result)
    {
        var metrics = OutcomeMetrics.For(model);
        var main = metrics.Where(m => !IsDetailMetric(m.Name)).ToList();
        var detail = metrics.Where(m => IsDetailMetric(m.Name)).ToList();
        var html = new StringBuilder();
        html.Append("<section id=\"summary\">\n<h2>Summary table</h2>\n<p>Each outcome across replications: mean, standard deviation and the 5th, 50th and 95th percentiles.</p>\n");
        html.Append(SummaryTable(main, result));
        if (detail.Count > 0)
        {
            html.Append("<details>\n<summary>Per-region resources and per-category realisation (").Append(detail.Count).Append(" metrics)</summary>\n")
                .Append(SummaryTable(detail, result)).Append("</details>\n");
        }
        html.Append("</section>\n");
        return html.ToString();
    }

    private static bool IsDetailMetric(string name) =>
        name.StartsWith("resources_per_capita_", StringComparison.Ordinal) || name.StartsWith("realisation_", StringComparison.Ordinal);

    private static string SummaryTable(IReadOnlyList<OutcomeMetric> metrics, RunResult result)
    {
        var html = new StringBuilder();
        html.Append("<div class=\"scroll\"><table class=\"summary\">\n<thead><tr><th scope=\"col\">Metric</th><th scope=\"col\">Regime</th><th scope=\"col\">Mean</th><th scope=\"col\">SD</th><th scope=\"col\">p05</th><th scope=\"col\">p50</th><th scope=\"col\">p95</th></tr></thead>\n<tbody>\n");
        foreach (var metric in metrics)
        {
            var rows = result.Modes.Select(mode => result.Summaries.FirstOrDefault(s => s.Metric == metric.Name && s.Regime == mode)).OfType<MetricSummary>().ToList();
            for (var i = 0; i < rows.Count; i++)
            {
                var s = rows[i];
                html.Append(i == 0 ? "<tr class=\"first\">" : "<tr>");
                if (i == 0)
                {
                    html.Append("<th scope=\"rowgroup\" rowspan=\"").Append(rows.Count).Append("\"><code>").Append(E(metric.Name)).Append("</code><br><span class=\"desc\">")
                        .Append(E(metric.Description)).Append("</span></th>");
                }
                html.Append("<td>").Append(E(result.Catalogue.Label(s.Regime))).Append("</td>");
                foreach (var value in new[] { s.Mean, s.Sd, s.P05, s.P50, s.P95 })
                {
                    html.Append("<td class=\"num\">").Append(E(Num(value))).Append("</td>");
                }
                html.Append("</tr>\n");
            }
        }
        html.Append("</tbody>\n</table></div>\n");
        return html.ToString();
    }

    private static string ParametersSection(LoadedScenario scenario, LoadedScenario? parent)
    {
        var html = new StringBuilder();
        html.Append("<section id=\"parameters\">\n<h2>Parameters and their sources</h2>\n");
        var sourced = ScenarioSources.In(scenario.Document);
        if (parent is not null && scenario.ExtendsFiles.Count > 0)
        {
            html.Append(ParameterChanges.Render(Experiments.Comparison.ParameterDiff.Between(parent.Document, scenario.Document), sourced, scenario.ExtendsFiles[0].Path));
        }
        html.Append("<p>Every number in the scenario that names its source, by parameter path. Sources marked “assumption” are the modeller's choices, not data.</p>\n");
        var numbers = sourced.Where(p => p.Value.Length > 0).ToList();
        var entries = sourced.Where(p => p.Value.Length == 0).ToList();
        html.Append("<div class=\"scroll\"><table class=\"params\">\n<thead><tr><th scope=\"col\">Parameter</th><th scope=\"col\">Value</th><th scope=\"col\">Source</th></tr></thead>\n<tbody>\n");
        foreach (var p in numbers)
        {
            html.Append("<tr><td><code>").Append(E(p.Path)).Append("</code></td><td class=\"num\">").Append(E(p.Value)).Append("</td><td>").Append(E(p.Source)).Append("</td></tr>\n");
        }
        html.Append("</tbody>\n</table></div>\n");
        if (entries.Count > 0)
        {
            html.Append("<h3>Other sourced entries</h3>\n<div class=\"scroll\"><table class=\"params\">\n<thead><tr><th scope=\"col\">Entry</th><th scope=\"col\">Source</th></tr></thead>\n<tbody>\n");
            foreach (var p in entries)
            {
                html.Append("<tr><td><code>").Append(E(p.Path)).Append("</code></td><td>").Append(E(p.Source)).Append("</td></tr>\n");
            }
            html.Append("</tbody>\n</table></div>\n");
        }
        html.Append(AttributesTables(scenario.Document));
        html.Append("<p class=\"note\">Scenario files: ").Append(E(string.Join("; ", scenario.Files.Select(f => $"{f.Path} (SHA-256 {f.Sha256})")))).Append("</p>\n");
        html.Append("</section>\n");
        return html.ToString();
    }

    private static string AttributesTables(JsonObject document)
    {
        if (document["attributes"] is not JsonArray attributes || attributes.Count == 0)
        {
            return string.Empty;
        }
        var ids = attributes.OfType<JsonObject>().Select(a => Str(a["id"])).ToList();
        var html = new StringBuilder();
        html.Append("<h3>Region attributes</h3>\n<div class=\"scroll\"><table class=\"params\">\n<thead><tr><th scope=\"col\">Attribute</th><th scope=\"col\">Unit</th><th scope=\"col\">Source</th></tr></thead>\n<tbody>\n");
        foreach (var a in attributes.OfType<JsonObject>())
        {
            html.Append("<tr><td><code>").Append(E(Str(a["id"]))).Append("</code></td><td>").Append(E(Str(a["unit"]))).Append("</td><td>").Append(E(Str(a["source"]))).Append("</td></tr>\n");
        }
        html.Append("</tbody>\n</table></div>\n");
        if (document["regions"] is JsonArray regions)
        {
            html.Append("<details>\n<summary>Attribute values by region</summary>\n<div class=\"scroll\"><table class=\"values\">\n<thead><tr><th scope=\"col\">Region</th>");
            foreach (var id in ids)
            {
                html.Append("<th scope=\"col\"><code>").Append(E(id)).Append("</code></th>");
            }
            html.Append("</tr></thead>\n<tbody>\n");
            foreach (var region in regions.OfType<JsonObject>())
            {
                html.Append("<tr><th scope=\"row\">").Append(E(Str(region["name"] ?? region["id"]))).Append("</th>");
                foreach (var id in ids)
                {
                    html.Append(RegionValueCell(region["values"]?[id]));
                }
                html.Append("</tr>\n");
            }
            html.Append("</tbody>\n</table></div>\n<p class=\"note\">A value with a range in brackets is uncertain: the range is its prior's. ")
                .Append("Hover over a value for its source.</p>\n</details>\n");
        }
        return html.ToString();
    }

    // A region's value of an attribute: a bare number, or a sourced one ({value, source, prior}) shown as its value, its
    // prior's range when uncertain, and its source on hover.
    private static string RegionValueCell(JsonNode? node)
    {
        if (node is not JsonObject sourced)
        {
            return $"<td class=\"num\">{E(node is null ? "–" : Str(node))}</td>";
        }
        var text = Str(sourced["value"]);
        if (sourced["prior"] is JsonObject prior)
        {
            text += $" ({Str(prior["min"])}–{Str(prior["max"])})";
        }
        var source = Str(sourced["source"]);
        return source.Length == 0 ? $"<td class=\"num\">{E(text)}</td>" : $"<td class=\"num\" title=\"{E(source)}\">{E(text)}</td>";
    }

    private static string ManifestSection(RunManifest manifest)
    {
        var rows = new List<(string Key, string Value)>
        {
            ("Tool version", manifest.SourceRevision is { } revision ? $"{manifest.ToolVersion} (source {revision})" : manifest.ToolVersion),
            ("Scenario", manifest.ScenarioName),
            ("Scenario file", manifest.ScenarioFile),
            ("Scenario SHA-256", manifest.ScenarioSha256),
        };
        rows.AddRange(manifest.ExtendsFiles.Select(f => ("Extends", $"{f.Path} (SHA-256 {f.Sha256})")));
        rows.AddRange(
        [
            ("Seed", manifest.Seed.ToString(CultureInfo.InvariantCulture)),
            ("Replications per mode", manifest.Replications.ToString("N0", CultureInfo.InvariantCulture)),
            ("Threads", manifest.Threads.ToString(CultureInfo.InvariantCulture)),
            ("Modes", string.Join(", ", manifest.Modes)),
            ("Started (UTC)", manifest.StartedUtc),
            ("Wall time", $"{manifest.WallTimeSeconds.ToString("F1", CultureInfo.InvariantCulture)} s"),
        ]);
        if (manifest.PeakWorkingSetBytes is { } peak)
        {
            rows.Add(("Peak working set", $"{(peak / 1048576.0).ToString("F0", CultureInfo.InvariantCulture)} MiB"));
        }
        rows.Add(("Files written", string.Join(", ", manifest.Files)));
        var html = new StringBuilder();
        html.Append("<section id=\"manifest\">\n<h2>Manifest</h2>\n<p>What produced these results; the same scenario file, seed and replications give the same numbers whatever the number of threads.</p>\n<div class=\"scroll\"><table class=\"manifest\">\n<tbody>\n");
        foreach (var (key, value) in rows)
        {
            html.Append("<tr><th scope=\"row\">").Append(E(key)).Append("</th><td><code>").Append(E(value)).Append("</code></td></tr>\n");
        }
        html.Append("</tbody>\n</table></div>\n</section>\n");
        return html.ToString();
    }

    private static string Num(double value) =>
        double.IsFinite(value) ? ResultNarrative.Number(value) : "–";

    private static string Str(JsonNode? node) => node switch
    {
        null => string.Empty,
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        _ => node.ToJsonString(),
    };

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
