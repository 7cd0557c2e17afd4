using System.Text.Json;

namespace Simulation.Cli.Tests;

/// <summary>The analysis kits read a sweep folder as regsim writes and checks it: a <c>sweep.csv</c> with a point short of
/// rows in its middle is refused as edited or damaged, as regsim refuses to resume it, while one whose whole point was
/// deleted is summarized as one regsim resumes; factors and metrics are told apart by where their columns are, not by
/// their names; and the figures of a sweep are the main effects regsim drew in its <c>plots/</c>.</summary>
public sealed class AnalysisKitSweepFileTests(AnalysisFolders folders) : IClassFixture<AnalysisFolders>
{
    [SkippableTheory]
    [InlineData(AnalysisKit.Python)]
    [InlineData(AnalysisKit.R)]
    public void ASweepFileWithARowDeletedFromItsMiddle_IsRefusedAsEditedOrDamaged_AsRegsimRefusesToResumeIt(string kit)
    {
        AnalysisKit.SkipUnlessInstalled(kit);
        var copy = folders.CopyOf(folders.Sweep, $"row-deleted-{kit}");
        var lines = File.ReadAllLines(Path.Combine(copy, "sweep.csv")).ToList();
        lines.RemoveAt(2); // `sed -i 3d sweep.csv`: the second of point 0's three rows (one per regime mode), points 1 to 5 after it
        Write(copy, lines);

        var (code, output, error) = AnalysisKit.Run(kit, copy);
        var resumed = Regsim.Run("sweep", "scenarios/experiments/smoke-sweep.json", "--out", copy, "--quiet");

        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Contains($"error: {copy}: sweep.csv line 4: point 0 has 2 of its 3 rows (one per regime mode) before point 1 starts, "
            + "so the file was edited or damaged", error);
        Assert.Contains("running the sweep again will not mend it", error);
        Assert.DoesNotContain("unfinished", error);
        Assert.DoesNotContain("Traceback", error);
        Assert.NotEqual(0, resumed.ExitCode); // regsim agrees: it does not resume the file either
        // ... in the same words: the kit's reading of the file and regsim's tell the user the same.
        Assert.Contains("line 4: point 0 has 2 of its 3 rows (one per regime mode) before point 1 starts, so the file was edited or damaged "
            + "(a stopped sweep leaves only its last point short)", resumed.Error);
    }

    [SkippableTheory]
    [InlineData(AnalysisKit.Python)]
    [InlineData(AnalysisKit.R)]
    public void ASweepFileWithAWholePointDeletedFromItsMiddle_IsSummarizedNamingIt_AsOneRegsimResumes(string kit)
    {
        AnalysisKit.SkipUnlessInstalled(kit);
        var copy = folders.CopyOf(folders.Sweep, $"point-deleted-{kit}");
        Write(copy, File.ReadAllLines(Path.Combine(copy, "sweep.csv")).Where(l => !l.StartsWith("2,", StringComparison.Ordinal)));

        var (code, output, error) = AnalysisKit.Run(kit, copy);
        var resumed = Regsim.Run("sweep", "scenarios/experiments/smoke-sweep.json", "--out", copy, "--quiet");

        Assert.True(code == 0, error);
        Assert.StartsWith("sweep smoke-sweep: 5 points", output);
        Assert.Contains($"warning: {copy}: sweep.csv holds 5 of the 6 points in sweep.manifest.json: the rows of point(s) 2 were "
            + "deleted from the middle of it (run it again to resume it", error);
        Assert.True(resumed.ExitCode == 0, resumed.Error); // and so it does: the same file as the whole sweep's
        Assert.Equal(File.ReadAllText(Path.Combine(folders.Sweep, "sweep.csv")), File.ReadAllText(Path.Combine(copy, "sweep.csv")));
    }

    [SkippableTheory]
    [InlineData(AnalysisKit.Python)]
    [InlineData(AnalysisKit.R)]
    public void AFactorNamedLikeAMetricsMean_IsAFactor_NotAMetric(string kit)
    {
        AnalysisKit.SkipUnlessInstalled(kit);
        var columns = AnalysisKitTests.Csv(Path.Combine(folders.OddSweep, "sweep.csv")).Columns;
        var metrics = columns.Where(c => c.EndsWith("_ci_low", StringComparison.Ordinal)).Select(c => c[..^"_ci_low".Length]).ToList();
        Assert.Contains("equity_mean", columns); // the fixture has what the test is about

        var json = AnalysisKit.Json(kit, folders.OddSweep);
        var (code, output, error) = AnalysisKit.Run(kit, folders.OddSweep);

        Assert.Equal(new[] { "equity_mean", "lee_alignment" }, json.GetProperty("factors").EnumerateArray().Select(f => f.GetString()));
        Assert.Equal(metrics, json.GetProperty("metrics").EnumerateArray().Select(m => m.GetString()));
        Assert.True(code == 0, error);
        Assert.StartsWith($"sweep odd-sweep: 4 points x 3 regime modes, factors equity_mean, lee_alignment, {metrics.Count} metrics", output);
    }

    [SkippableTheory]
    [InlineData(AnalysisKit.Python)]
    [InlineData(AnalysisKit.R)]
    public void TheFiguresOfASweep_AreTheMainEffectsRegsimDrewInItsPlots_TheExperimentsPlotsMetrics(string kit)
    {
        AnalysisKit.SkipUnlessFiguresCanBeDrawn(kit);
        var regsims = Directory.GetFiles(Path.Combine(folders.OddSweep, "plots"), "*.png").Select(Path.GetFileNameWithoutExtension).Order().ToList();
        Assert.Contains("main_effect_capital_region_share_equity_mean", regsims); // the fixture has what the test is about

        var outdir = Path.Combine(folders.Empty($"odd-sweep-figures-{kit}"), "figures");
        var written = AnalysisKit.Json(kit, folders.OddSweep, "--figures", outdir).GetProperty("figures").EnumerateArray()
            .Select(f => Path.GetFileNameWithoutExtension(f.GetString())).Order().ToList();

        Assert.Equal(regsims, written);
    }


    private static void Write(string folder, IEnumerable<string> lines) =>
        File.WriteAllText(Path.Combine(folder, "sweep.csv"), string.Join('\n', lines) + "\n");
}
