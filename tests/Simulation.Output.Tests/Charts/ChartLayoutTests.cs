using Simulation.Experiments;
using Simulation.Experiments.Outcomes;
using Simulation.Experiments.Sensitivity;
using Simulation.Experiments.Sweeps;
using Simulation.Output.Charts;

namespace Simulation.Output.Tests.Charts;

/// <summary>Every text of a chart lies within the figure it is saved at, a long axis label wrapped onto lines that fit its
/// axis rather than run off both ends, and a legend's entries whole inside the legend's box.</summary>
public class ChartLayoutTests
{
    private static readonly ModeCatalogue Catalogue = ModeCatalogue.From(SmokeRun.Scenario.Model);

    [Fact]
    public void AMainEffectOfTheGini_KeepsItsLongAxisLabel_WithinTheFigure_OnLinesThatFitTheAxis()
    {
        var description = OutcomeMetrics.For(SmokeRun.Scenario.Model).Single(m => m.Name == OutcomeMetrics.Gini).Description;
        var effects = SmokeRun.Scenario.Model.Modes().Select((mode, i) => new MainEffect("lee_equity", OutcomeMetrics.Gini, mode.Label, [0, 1, 2], [0.17 + i, 0.18 + i, 0.2 + i], [2, 2, 2])).ToList();
        using var temp = new TempFolder();

        using var plot = MainEffectChart.Create(effects, description, Catalogue);
        ChartWriter.Save(plot, temp.File("gini"));

        var svg = SvgTexts.Read(temp.File("gini.svg"));
        var label = svg.Texts.Where(t => t.Vertical).ToList();
        Assert.True(label.Count >= 2, "the label is too long for the axis at 600 pixels, so it is wrapped (the test is about that)");
        Assert.Equal(description, string.Join(' ', label.Select(t => t.Content)));
        AssertWithinTheFigure(svg);
    }

    [Fact]
    public void ALabelThatFits_IsLeftOnOneLine()
    {
        var effects = SmokeRun.Scenario.Model.Modes().Select(mode => new MainEffect("f", "m", mode.Label, [0, 1], [1, 2], [1, 1])).ToList();
        using var temp = new TempFolder();

        using var plot = MainEffectChart.Create(effects, "Rent dissipation", Catalogue);
        ChartWriter.Save(plot, temp.File("short"));

        Assert.Equal("Rent dissipation", SvgTexts.Read(temp.File("short.svg")).Texts.Single(t => t.Vertical).Content);
    }

    [Theory]
    [InlineData(SensitivityMethod.Sobol)]
    [InlineData(SensitivityMethod.Morris)]
    public void ASensitivityChartsLegend_HoldsItsEntriesWhole_TheTopsOfTheLettersNotClipped(SensitivityMethod method)
    {
        var indices = method == SensitivityMethod.Sobol ? new[] { SensitivityIndex.First, SensitivityIndex.Total } : [SensitivityIndex.MuStar, SensitivityIndex.Mu, SensitivityIndex.Sigma];
        var rows = new[] { "lee_equity", "lee_alignment" }.SelectMany(f => indices.Select(i => new SensitivityRow(method, OutcomeMetrics.Gini, "timeline", f, i, 0.4, 0.2, 0.6))).ToList();
        using var temp = new TempFolder();

        using var plot = SensitivityChart.Create(rows, Catalogue);
        ChartWriter.Save(plot, temp.File("sensitivity"));

        var svg = SvgTexts.Read(temp.File("sensitivity.svg"));
        var legend = svg.Texts.Where(t => t.Clip is not null).ToList();
        Assert.NotEmpty(legend);
        Assert.All(legend, t => Assert.True(t.Top >= t.Clip!.Value.Top && t.Bottom <= t.Clip.Value.Bottom,
            $"'{t.Content}' reaches from {t.Top:0.#} to {t.Bottom:0.#}, its legend row from {t.Clip!.Value.Top:0.#} to {t.Clip.Value.Bottom:0.#}"));
        AssertWithinTheFigure(svg);
    }

    private static void AssertWithinTheFigure(SvgTexts svg) =>
        Assert.All(svg.Texts, t => Assert.True(Inside(svg, t.Start) && Inside(svg, t.End),
            $"'{t.Content}' runs from ({t.Start.X:0.#}, {t.Start.Y:0.#}) to ({t.End.X:0.#}, {t.End.Y:0.#}), beyond the figure's {svg.Width} × {svg.Height}"));

    private static bool Inside(SvgTexts svg, (double X, double Y) point) => point.X >= 0 && point.X <= svg.Width && point.Y >= 0 && point.Y <= svg.Height;
}
