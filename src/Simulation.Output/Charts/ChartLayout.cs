using ScottPlot;

namespace Simulation.Output.Charts;

/// <summary>
/// Fits a chart's axis labels into the figure it is drawn at: a label longer than its axis (a metric's description beside
/// the data area's height, such as "Gini of national resources per capita across regions (unweighted, 0-1)") is wrapped
/// at spaces onto as many lines as it needs, each no longer than the axis, since ScottPlot draws a label on one line centred
/// on its axis and lets both ends run off the figure. Called by everything that draws a chart at a size
/// (<see cref="ChartWriter.Save"/>, the report and the classroom page), just before it does.
/// </summary>
public static class ChartLayout
{
    // The data area is at least this share of the figure in every chart here: a label within it fits without laying out.
    private const float SureShare = 0.5f;

    // A single word longer than its axis is drawn in a smaller font, down to this size, rather than cut off.
    private const float SmallestFont = 9;

    /// <summary>Wraps the left axis label to the data area's height and the bottom one to its width, as laid out at
    /// <paramref name="width"/> × <paramref name="height"/> pixels; labels that fit are left as they are.</summary>
    public static void Fit(Plot plot, int width, int height)
    {
        var (left, bottom) = (plot.Axes.Left.Label, plot.Axes.Bottom.Label);
        if (Fits(left, SureShare * height) && Fits(bottom, SureShare * width))
        {
            return; // the common case, with no layout to compute
        }
        plot.RenderInMemory(width, height);
        var data = plot.RenderManager.LastRender.DataRect;
        if (!(data.Height > 0 && data.Width > 0))
        {
            return; // nothing laid out to fit to
        }
        if (Wrap(left, data.Height))
        {
            plot.RenderInMemory(width, height); // a wider left axis leaves the bottom one less room
            data = plot.RenderManager.LastRender.DataRect;
        }
        Wrap(bottom, data.Width);
    }

    /// <summary>Returns the width of the widest line of <paramref name="label"/>, in pixels.</summary>
    public static float Widest(LabelStyle label)
    {
        using var paint = Paint.NewDisposablePaint();
        return label.Measure(paint).LineWidths.DefaultIfEmpty(0).Max();
    }

    private static bool Fits(LabelStyle label, float room) => string.IsNullOrEmpty(label.Text) || Widest(label) <= room;

    // Puts the label's words on lines no wider than room (a word wider on its own gets a line of its own, and the font
    // shrinks until it fits); returns whether the label changed. A label wrapped before is wrapped again from its words.
    private static bool Wrap(LabelStyle label, float room)
    {
        var words = label.Text.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries);
        var before = (label.Text, label.FontSize);
        label.Text = string.Join(' ', words);
        if (words.Length == 0 || Widest(label) <= room)
        {
            return before != (label.Text, label.FontSize);
        }
        var lines = new List<string>();
        var line = words[0];
        foreach (var word in words.Skip(1))
        {
            label.Text = line + " " + word;
            if (Widest(label) <= room)
            {
                line = label.Text;
            }
            else
            {
                lines.Add(line);
                line = word;
            }
        }
        lines.Add(line);
        label.Text = string.Join('\n', lines);
        while (Widest(label) > room && label.FontSize > SmallestFont)
        {
            label.FontSize -= 1;
        }
        return true;
    }
}
