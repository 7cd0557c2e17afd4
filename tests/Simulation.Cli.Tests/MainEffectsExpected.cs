using System.Text.Json;

namespace Simulation.Cli.Tests;

/// <summary>A sweep's main effects as <c>sweep.csv</c> gives them, read with CsvHelper: per factor and regime mode, the mean of
/// a metric over the points at each level, the levels found by a function of the factor and its value (the value itself
/// for a grid, a bin's centre for a space-filling design).</summary>
internal static class MainEffectsExpected
{
    /// <summary>Asserts that a kit's <c>main_effects</c> of <paramref name="metric"/> (its <c>--json</c>) equal those of
    /// <paramref name="sweep"/>, factor by factor, mode by mode, level by level.</summary>
    public static void AssertKitAgrees(JsonElement json, AnalysisKitTests.CsvTable sweep, IEnumerable<string> factors, string metric,
        Func<string, double, double> level)
    {
        var expected = factors.SelectMany(factor => sweep.Rows.Select(r => r["regime"]).Distinct().SelectMany(regime =>
            sweep.Rows.Where(r => r["regime"] == regime)
                .GroupBy(r => level(factor, AnalysisKitTests.Number(r[factor])))
                .OrderBy(g => g.Key)
                .Select(g => (Factor: factor, Level: g.Key, Regime: regime, Mean: g.Average(r => AnalysisKitTests.Number(r[metric + "_mean"])), Points: g.Count()))))
            .ToList();
        var actual = json.GetProperty("main_effects").GetProperty(metric).EnumerateArray().ToList();
        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected[i].Factor, actual[i].GetProperty("factor").GetString());
            Assert.Equal(expected[i].Regime, actual[i].GetProperty("regime").GetString());
            Close(expected[i].Level, actual[i].GetProperty("level").GetDouble());
            Assert.Equal(expected[i].Points, actual[i].GetProperty("points").GetInt32());
            Close(expected[i].Mean, actual[i].GetProperty("mean").GetDouble());
        }
    }

    private static void Close(double expected, double actual) =>
        Assert.True(Math.Abs(expected - actual) <= 1e-12 * Math.Max(1, Math.Abs(expected)), $"{actual}, expected {expected}");
}
