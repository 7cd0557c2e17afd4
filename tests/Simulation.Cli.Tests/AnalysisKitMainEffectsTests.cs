using System.Text.Json;

namespace Simulation.Cli.Tests;

/// <summary>The analysis kits bin a space-filling design's main effects as regsim's plots do: into five equal bins of each
/// factor's range as the sweep's manifest records it, not of the range its points happen to cover.</summary>
public sealed class AnalysisKitMainEffectsTests(AnalysisFolders folders) : IClassFixture<AnalysisFolders>
{
    [SkippableTheory]
    [InlineData(AnalysisKit.Python)]
    [InlineData(AnalysisKit.R)]
    public void ALatinHypercubesMainEffects_AreBinnedOverTheManifestsRanges_AsRegsimsPlotsBinThem(string kit)
    {
        AnalysisKit.SkipUnlessInstalled(kit);
        var json = AnalysisKit.Json(kit, folders.LhsSweep);
        var sweep = AnalysisKitTests.Csv(Path.Combine(folders.LhsSweep, "sweep.csv"));
        var ranges = JsonDocument.Parse(File.ReadAllText(Path.Combine(folders.LhsSweep, "sweep.manifest.json"))).RootElement
            .GetProperty("factors").EnumerateArray()
            .ToDictionary(f => f.GetProperty("name").GetString()!, f => (Min: f.GetProperty("min").GetDouble(), Max: f.GetProperty("max").GetDouble()));
        Assert.Equal((0.2, 0.8), ranges["lee_alignment"]);

        // Five equal bins of the declared range, each labelled by its centre (MainEffects.Level).
        double Level(string factor, double value)
        {
            var (min, max) = ranges[factor];
            var width = (max - min) / 5;
            return min + ((Math.Clamp((int)Math.Floor((value - min) / width), 0, 4) + 0.5) * width);
        }
        MainEffectsExpected.AssertKitAgrees(json, sweep, ranges.Keys, "gini_resources_per_capita", Level);
    }
}
