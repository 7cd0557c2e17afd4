using System.Text;
using Simulation.Experiments.Games;

namespace Simulation.Output.Charts;

/// <summary>
/// The class against the model as SVG text: one row per played region with the model's 90 % range of net gains as a bar,
/// its mean as a tick and the class's result as a diamond, on one shared axis. A dot-and-range chart rather than one
/// histogram per region, so a class of sixteen players reads it at a glance on a projector; no I/O.
/// </summary>
public static class ClassComparisonChart
{
    private const int Width = 900;
    private const int FewestLeft = 140;
    private const int MostLeft = 380;
    private const double LabelSize = 16;
    private const int Right = 30;
    private const int Top = 64;
    private const int Row = 44;
    private const int Bottom = 56;
    private const string Range = "#b9c7e0";
    private const string Mean = "#1b1b1b";
    private const string Class = "#d95f02";

    /// <summary>Returns the chart as an <c>&lt;svg&gt;</c> element with a <c>viewBox</c>.</summary>
    /// <param name="players">The played regions' comparisons.</param>
    /// <param name="labels">The label of each row, in the order of <paramref name="players"/> (for example "Daegu (Jun)").</param>
    public static string Svg(IReadOnlyList<PlayerComparison> players, IReadOnlyList<string> labels)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(labels.Count, players.Count, nameof(labels));
        var values = players.SelectMany(p => ClassPlayed(p)
            ? new[] { p.NetGainP05, p.NetGainP95, p.MeanNetGainBillionWon, p.ClassNetGainBillionWon }
            : [p.NetGainP05, p.NetGainP95, p.MeanNetGainBillionWon]).DefaultIfEmpty(0.0).ToList();
        var (low, high, step) = Axis(values.Min(), values.Max());
        var height = Top + (Math.Max(players.Count, 1) * Row) + Bottom;
        // The labels' column is as wide as the longest label needs, up to a limit past which a label is cut to fit, its
        // whole text kept in its tooltip: a team of three's names would otherwise run off the chart's left edge.
        var left = (int)Math.Clamp(Math.Ceiling(labels.DefaultIfEmpty("").Max(l => TextWidth(l)) + 24), FewestLeft, MostLeft);
        double X(double v) => left + ((v - low) / (high - low) * (Width - left - Right));

        var svg = new StringBuilder();
        svg.Append(I($"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width} {height}\" width=\"{Width}\" height=\"{height}\" class=\"comparison\" role=\"img\" "))
            .Append("font-family=\"system-ui, 'DejaVu Sans', sans-serif\">")
            .Append("<title>Net gain of each played region: the class against the model's games</title>")
            .Append("<desc>").Append(Escape(string.Join("; ", players.Select((p, i) =>
                I($"{labels[i]}: {(ClassPlayed(p) ? I($"class {p.ClassNetGainBillionWon:0.0}") : NoClassResult(p))}, model mean {p.MeanNetGainBillionWon:0.0}, 90 % of the model's games between {p.NetGainP05:0.0} and {p.NetGainP95:0.0} (₩ billion)"))))).Append("</desc>")
            .Append(I($"<text x=\"12\" y=\"26\" font-size=\"19\" font-weight=\"700\" fill=\"{Mean}\">Net gain (prizes won − effort), ₩ billion</text>"));
        AppendLegend(svg);
        for (var tick = low; tick <= high + (step / 2); tick += step)
        {
            var x = X(tick);
            svg.Append(I($"<line x1=\"{x:0.#}\" y1=\"{Top - 6}\" x2=\"{x:0.#}\" y2=\"{height - Bottom + 6}\" stroke=\"#ddd\"/>"))
                .Append(I($"<text x=\"{x:0.#}\" y=\"{height - Bottom + 26}\" font-size=\"15\" text-anchor=\"middle\" fill=\"#444\">{tick:#,0.##}</text>"));
        }
        if (low < 0 && high > 0)
        {
            svg.Append(I($"<line x1=\"{X(0):0.#}\" y1=\"{Top - 6}\" x2=\"{X(0):0.#}\" y2=\"{height - Bottom + 6}\" stroke=\"#888\" stroke-width=\"1.5\"/>"));
        }
        for (var i = 0; i < players.Count; i++)
        {
            var p = players[i];
            var y = Top + (i * Row) + (Row / 2);
            var diamond = X(p.ClassNetGainBillionWon);
            svg.Append("<g class=\"label\"><title>").Append(Escape(labels[i])).Append("</title>")
                .Append(I($"<text x=\"{left - 12}\" y=\"{y + 5}\" font-size=\"{LabelSize}\" text-anchor=\"end\" fill=\"{Mean}\">"))
                .Append(Escape(Fit(labels[i], left - 24))).Append("</text></g>")
                .Append(I($"<rect x=\"{X(p.NetGainP05):0.#}\" y=\"{y - 9}\" width=\"{Math.Max(X(p.NetGainP95) - X(p.NetGainP05), 2):0.#}\" height=\"18\" rx=\"4\" fill=\"{Range}\"/>"))
                .Append(I($"<line x1=\"{X(p.MeanNetGainBillionWon):0.#}\" y1=\"{y - 13}\" x2=\"{X(p.MeanNetGainBillionWon):0.#}\" y2=\"{y + 13}\" stroke=\"{Mean}\" stroke-width=\"3\"/>"));
            if (!ClassPlayed(p))
            {
                // No diamond: what the region ended with is the model's play (or every game's, for one that only watched).
                svg.Append(I($"<text x=\"{Width - Right}\" y=\"{y + 5}\" font-size=\"14\" font-style=\"italic\" text-anchor=\"end\" fill=\"#555\">"))
                    .Append(Escape(NoClassResult(p))).Append("</text>");
                continue;
            }
            svg.Append(I($"<path d=\"M{diamond:0.#} {y - 11} L{diamond + 11:0.#} {y} L{diamond:0.#} {y + 11} L{diamond - 11:0.#} {y} Z\" fill=\"{Class}\" stroke=\"#fff\" stroke-width=\"1.5\">"))
                .Append("<title>").Append(Escape(I($"{labels[i]}: the class {p.ClassNetGainBillionWon:0.0}, beating {p.ShareOfGamesBeaten * 100:0} % of the model's games (a tie counting half)")))
                .Append("</title></path>");
        }
        return svg.Append("</svg>").ToString();
    }

    // Whether the class's result says anything: students decided for the region in some round (not only watched, nor left
    // to the model throughout).
    private static bool ClassPlayed(PlayerComparison p) => p.Decided && !p.Watched;

    private static string NoClassResult(PlayerComparison p) =>
        p.Watched ? "no class result: a candidate in no round" : "no class result: the model played it";

    // About how wide a label is set at LabelSize in a sans face such as DejaVu Sans (0.6 em a character on average).
    private static double TextWidth(string text) => text.Length * 0.6 * LabelSize;

    // The label cut, with an ellipsis, to the characters that fit `width`.
    private static string Fit(string label, double width)
    {
        var fits = (int)(width / (0.6 * LabelSize));
        return label.Length <= fits ? label : label[..Math.Max(fits - 1, 1)].TrimEnd() + "…";
    }

    /// <summary>A round axis from at most the smallest value to at least the largest, in about five steps of 1, 2 or 5 × 10^k.</summary>
    public static (double Low, double High, double Step) Axis(double min, double max)
    {
        if (max - min < 1e-9)
        {
            (min, max) = (min - 1, max + 1);
        }
        var raw = (max - min) / 5;
        var power = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var step = new[] { 1.0, 2.0, 5.0, 10.0 }.Select(m => m * power).First(s => s >= raw);
        return (Math.Floor(min / step) * step, Math.Ceiling(max / step) * step, step);
    }

    private static void AppendLegend(StringBuilder svg) =>
        svg.Append(I($"<rect x=\"12\" y=\"38\" width=\"30\" height=\"14\" rx=\"3\" fill=\"{Range}\"/><text x=\"48\" y=\"50\" font-size=\"14\" fill=\"#444\">90 % of the model's games</text>"))
            .Append(I($"<line x1=\"262\" y1=\"36\" x2=\"262\" y2=\"54\" stroke=\"{Mean}\" stroke-width=\"3\"/><text x=\"272\" y=\"50\" font-size=\"14\" fill=\"#444\">the model's mean</text>"))
            .Append(I($"<path d=\"M420 36 L429 45 L420 54 L411 45 Z\" fill=\"{Class}\"/><text x=\"436\" y=\"50\" font-size=\"14\" fill=\"#444\">the class</text>"));

    private static string Escape(string text) => SvgText.Escape(text);

    private static string I(FormattableString text) => SvgText.Invariant(text);
}
