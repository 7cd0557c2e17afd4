using ScottPlot;

namespace Simulation.Output.Charts;

/// <summary>Saves a chart as PNG (for viewing) and SVG (for print) at an explicit size, so figures are reproducible.</summary>
public static class ChartWriter
{
    /// <summary>Writes <c>&lt;path&gt;.png</c> and <c>&lt;path&gt;.svg</c>, creating the folder if needed, with axis labels longer
    /// than their axis wrapped to fit (<see cref="ChartLayout"/>).</summary>
    /// <param name="plot">The chart.</param>
    /// <param name="pathWithoutExtension">File path without extension.</param>
    /// <param name="width">Width in pixels (default 1000).</param>
    /// <param name="height">Height in pixels (default 600).</param>
    public static void Save(Plot plot, string pathWithoutExtension, int width = 1000, int height = 600)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(pathWithoutExtension));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }
        ChartLayout.Fit(plot, width, height);
        plot.SavePng(pathWithoutExtension + ".png", width, height);
        plot.SaveSvg(pathWithoutExtension + ".svg", width, height);
    }

    /// <summary>Returns the chart as SVG text at <paramref name="width"/> × <paramref name="height"/> pixels, its axis labels
    /// fitted as <see cref="Save"/> fits them: for a page that inlines its charts.</summary>
    public static string Svg(Plot plot, int width, int height)
    {
        ChartLayout.Fit(plot, width, height);
        return plot.GetSvgXml(width, height);
    }
}
