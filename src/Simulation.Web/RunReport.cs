using System.Globalization;
using Simulation.Core;
using Simulation.Experiments;
using Simulation.Experiments.Narration;
using Simulation.Experiments.Outcomes;
using Simulation.Output.Charts;

namespace Simulation.Web;

/// <summary>
/// What the page shows when a run ends: win probabilities, the inequality and rent-dissipation summaries, the charts and
/// maps as SVG (drawn on the server with the same chart classes as <c>regsim run</c>), and under each the sentences
/// <c>report.html</c> gives the same subject (<see cref="ResultNarrative"/>); this class only places them.
/// </summary>
/// <param name="Replications">Replications run.</param>
/// <param name="Seed">Master seed used.</param>
/// <param name="Modes">Regime modes run.</param>
/// <param name="ModeLabels">Each mode with its display text (<see cref="ModeCatalogue"/>), for the page's own lists such as the replay's.</param>
/// <param name="WinProbabilities">One row per mode, project and region, with its 95 % interval.</param>
/// <param name="Metrics">Gini and rent-dissipation summaries per mode.</param>
/// <param name="Charts">One chart per project, then the two distributions.</param>
/// <param name="ResourceMaps">Tile maps of the resources each region received per person over the horizon, one per compared
/// mode, titled with the horizon's years.</param>
public sealed record RunReport(int Replications, ulong Seed, IReadOnlyList<string> Modes, IReadOnlyList<ModeLabel> ModeLabels, IReadOnlyList<WinProbability> WinProbabilities,
    IReadOnlyList<MetricSummary> Metrics, IReadOnlyList<ReportChart> Charts, ReportMapSet ResourceMaps)
{
    /// <summary>Sentences saying what changed since the page's previous run (<see cref="RunChangeNarrative"/>): the settings
    /// moved and how the main results moved; empty for a first run.</summary>
    public IReadOnlyList<string> Changes { get; init; } = [];

    private const int Width = 900;
    private const int Height = 520;

    /// <summary>Builds the report of a finished run, the record's winners (empty: none) beside the model's.</summary>
    public static RunReport From(Scenario scenario, RunResult result, IReadOnlyList<Experiments.Validation.HistoricalCompetition> record)
    {
        var findings = ResultNarrative.Describe(scenario, result, record);
        var charts = new List<ReportChart>();
        foreach (var project in scenario.Projects)
        {
            using var plot = RunFigures.WinProbability(scenario, result, project);
            charts.Add(Chart($"win_{project.Id}", $"{project.Name}: who wins", plot, ResultNarrative.About(findings, project.Id)));
        }
        foreach (var figure in RunFigures.Distributions)
        {
            using var plot = RunFigures.Distribution(result, figure);
            charts.Add(Chart(figure.Metric, figure.Title, plot,
                [.. ResultNarrative.About(findings, figure.Metric), .. ResultNarrative.Ranking(scenario, result, figure.Metric).Select(s => s.Text)]));
        }
        var metrics = result.Summaries.Where(s => RunFigures.Distributions.Any(f => f.Metric == s.Metric)).ToList();
        var (first, last) = (scenario.Timeline.FirstYear, scenario.Timeline.LastYear);
        var maps = new ReportMapSet(ResourceNarrative.Subject, $"National resources received per person over {first}-{last}, by region",
            [.. Output.Charts.ResourceMaps.Create(scenario, result, result.Catalogue.Compared).Select(m => new ReportChart($"map_{m.Mode}", result.Catalogue.Label(m.Mode), m.Svg, []))],
            ResultNarrative.About(findings, ResourceNarrative.Subject))
        {
            Caption = string.Create(CultureInfo.InvariantCulture,
                $"Each region's total over the scenario's horizon, {first}-{last} ({last - first + 1} years), in {ResourceNarrative.Unit}: the mean over the run's {result.Options.Replications:N0} replications. The maps share one colour scale: lighter means more."),
        };
        return new RunReport(result.Options.Replications, result.Options.Seed, result.Modes, result.Catalogue.Labels, result.WinProbabilities, metrics, charts, maps);
    }

    // The page shows the chart's title and legend itself, above the picture, so that on a phone, where the picture scrolls
    // sideways, they stay in view.
    private static ReportChart Chart(string id, string title, ScottPlot.Plot plot, IReadOnlyList<string> sentences)
    {
        var legend = ChartLegend.TakeOut(plot);
        return new ReportChart(id, title, Inline(ChartWriter.Svg(plot, Width, Height)), sentences) { Legend = legend };
    }

    // An SVG placed inside HTML takes no XML declaration, and needs a viewBox to scale with the page (projector or phone).
    private static string Inline(string svg)
    {
        var start = svg.IndexOf("<svg", StringComparison.Ordinal);
        svg = start > 0 ? svg[start..] : svg;
        return svg.Replace($"width=\"{Width}\" height=\"{Height}\"", $"viewBox=\"0 0 {Width} {Height}\" width=\"{Width}\" height=\"{Height}\"", StringComparison.Ordinal);
    }
}
