namespace Simulation.Cli.Tests;

/// <summary>The analysis kits on the folders besides runs, sweeps and comparisons: a sensitivity study (finished, or a
/// shard of one) is loaded as a study, a calibration folder is named and refused, and a copy of a kit elsewhere still
/// finds its figures file; and every kit prints a folder's manifest as it was written.</summary>
public sealed class AnalysisKitFolderKindsTests(AnalysisFolders folders) : IClassFixture<AnalysisFolders>
{
    [SkippableTheory]
    [InlineData(AnalysisKit.Python)]
    [InlineData(AnalysisKit.R)]
    public void ASensitivityStudy_IsCalledOne_AndNamesTheFactorsWithTheLargestMuStarFromSensitivityCsv(string kit)
    {
        AnalysisKit.SkipUnlessInstalled(kit);
        var indices = AnalysisKitTests.Csv(Path.Combine(folders.Study, "sensitivity.csv")).Rows;
        var expected = indices.Where(r => r["output"] == "rent_dissipation" && r["regime"] == "timeline" && r["index"] == "mu_star")
            .OrderByDescending(r => AnalysisKitTests.Number(r["value"])).Take(3).Select(r => r["factor"]).ToList();

        var json = AnalysisKit.Json(kit, folders.Study);
        var (code, output, error) = AnalysisKit.Run(kit, folders.Study);

        Assert.Equal("sensitivity", json.GetProperty("kind").GetString());
        Assert.Equal(indices.Count, json.GetProperty("tables").GetProperty("indices").GetProperty("rows").GetInt32());
        var top = json.GetProperty("top_factors").EnumerateArray().Where(t => t.GetProperty("output").GetString() == "rent_dissipation").ToList();
        Assert.Equal(expected, top.Select(t => t.GetProperty("factor").GetString()));
        Assert.True(code == 0, error);
        Assert.StartsWith("sensitivity study smoke-sweep-morris: 12 points x 1 regime mode, factors lee_equity, lee_alignment,", output);
        Assert.Contains($"  {"rent_dissipation",-26} {"timeline",-9} {expected[0]} (mu_star ", output);
    }

    [SkippableTheory]
    [InlineData(AnalysisKit.Python)]
    [InlineData(AnalysisKit.R)]
    public void TheFiguresOfASensitivityStudy_AreNone_TheKitSaysWhereRegsimDrewItsPlots_AndMakesNoEmptyFolder(string kit)
    {
        AnalysisKit.SkipUnlessFiguresCanBeDrawn(kit);
        var outdir = Path.Combine(folders.Empty($"study-figures-{kit}"), "figures");

        var (code, output, error) = AnalysisKit.Run(kit, folders.Study, "--figures", outdir);

        Assert.True(code == 0, error);
        var warning = error.Split('\n').Single(l => l.StartsWith("warning: ", StringComparison.Ordinal));
        Assert.Contains("a sensitivity study has no main effects to draw", warning);
        Assert.Contains($"its bar plots of the indices are in {Path.Combine(folders.Study, "plots")}", warning);
        Assert.DoesNotContain("figure:", output);
        Assert.False(Directory.Exists(outdir), $"{outdir} was made, and left empty");
    }

    [SkippableFact]
    public void TheRKitsLegends_StandBesideThePlotArea_NeverOverTheData()
    {
        AnalysisKit.SkipUnlessFiguresCanBeDrawn(AnalysisKit.R);
        var outdir = Path.Combine(folders.Empty("r-legends"), "figures");
        // Every legend the figures draw, with the plot area it was drawn beside, as "left of its box, right of the plot area",
        // then how many figures were drawn: each has one legend.
        const string call = "source('analysis/R/regsim.R'); source('analysis/R/regsim_figures.R'); a <- commandArgs(TRUE); placed <- character(); "
            + "drawn <- regsim_legend; regsim_legend <- function(...) { r <- drawn(...); "
            + "placed <<- c(placed, sprintf('%.17g %.17g', r$rect$left, graphics::par('usr')[2])); invisible(r) }; "
            + "n <- 0; for (f in a[1:3]) n <- n + length(regsim_figures(regsim_load(f), file.path(a[4], basename(f)))); cat(placed, n, sep = '\\n')";

        var (code, output, error) = AnalysisKit.Eval(AnalysisKit.R, call, folders.Sweep, folders.Run, folders.Comparison, outdir);

        Assert.True(code == 0, error);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var legends = lines[..^1].Select(l => l.Split(' ').Select(v => double.Parse(v, System.Globalization.CultureInfo.InvariantCulture)).ToArray()).ToList();
        Assert.Equal(int.Parse(lines[^1], System.Globalization.CultureInfo.InvariantCulture), legends.Count);
        Assert.True(legends.Count >= 4, $"the main effects, win probabilities, distributions and differences draw legends: {output}");
        Assert.All(legends, l => Assert.True(l[0] > l[1], $"a legend's box starts at x = {l[0]}, inside the plot area, which ends at {l[1]}"));
    }

    [SkippableTheory]
    [InlineData(AnalysisKit.Python)]
    [InlineData(AnalysisKit.R)]
    public void ASobolStudyWithUndefinedIndices_Loads_WithThemEmpty(string kit)
    {
        AnalysisKit.SkipUnlessInstalled(kit);
        var indices = AnalysisKitTests.Csv(Path.Combine(folders.SobolStudy, "sensitivity.csv")).Rows;
        Assert.Contains(indices, r => r["value"] == ""); // the fixture has what the test is about

        var (code, _, error) = AnalysisKit.Run(kit, folders.SobolStudy);
        var json = AnalysisKit.Json(kit, folders.SobolStudy);

        Assert.True(code == 0, error);
        var records = json.GetProperty("tables").GetProperty("indices").GetProperty("records").EnumerateArray().ToList();
        Assert.Equal(indices.Select(r => r["value"] == ""), records.Select(r => r.GetProperty("value").ValueKind == System.Text.Json.JsonValueKind.Null));
        Assert.NotEmpty(json.GetProperty("top_factors").EnumerateArray());
    }

    [SkippableTheory]
    [InlineData(AnalysisKit.Python)]
    [InlineData(AnalysisKit.R)]
    public void AShardOfAStudy_IsCalledAStudy_WithoutIndicesYet_AndToldToGatherWithTheSameCommand(string kit)
    {
        AnalysisKit.SkipUnlessInstalled(kit);
        var root = folders.Empty($"study-shard-{kit}");
        var (ran, _, ranError) = Regsim.Run("sensitivity", "scenarios/experiments/smoke-sweep.json", "--method", "morris", "--trajectories", "4",
            "--shard", "0/2", "--out", root, "--quiet");
        Assert.True(ran == 0, ranError);
        var shard = Path.Combine(root, "shard-0-of-2");

        var (code, output, error) = AnalysisKit.Run(kit, shard);
        var json = AnalysisKit.Json(kit, shard);

        Assert.True(code == 0, error);
        Assert.StartsWith("sensitivity study smoke-sweep-morris:", output);
        Assert.Contains("indices: not computed yet", output);
        Assert.Contains("gather the shards first: run the same regsim sensitivity command without --shard", error);
        Assert.Equal("sensitivity", json.GetProperty("kind").GetString());
        Assert.Empty(json.GetProperty("top_factors").EnumerateArray());
    }

    [SkippableTheory]
    [InlineData(AnalysisKit.Python)]
    [InlineData(AnalysisKit.R)]
    public void AKitCopiedToAFolderWithASpace_DrawsItsFigures_FromAnyWorkingDirectory(string kit)
    {
        AnalysisKit.SkipUnlessInstalled(kit);
        var copy = folders.Empty($"my kit {kit}");
        var elsewhere = folders.Empty($"elsewhere-{kit}");
        var figures = Path.Combine(elsewhere, "figures");

        var (code, output, error) = AnalysisKit.RunCopy(kit, copy, elsewhere, folders.Comparison, "--figures", figures);

        Assert.True(code == 0, error);
        Assert.Contains("figure: ", output);
        Assert.NotEmpty(Directory.GetFiles(figures));
    }

    [SkippableTheory]
    [InlineData(AnalysisKit.Python)]
    [InlineData(AnalysisKit.R)]
    public void AValidationFolder_IsNamedAsOne_NotAsNoResultAtAll(string kit)
    {
        AnalysisKit.SkipUnlessInstalled(kit);
        var folder = Directory.CreateTempSubdirectory("regsim-kit-validation-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "validation.csv"), "check,expected,simulated,ci_low,ci_high,pass,group,description,criterion,source,kind\n");

            var (code, output, error) = AnalysisKit.Run(kit, folder);

            Assert.Equal((2, ""), (code, output));
            Assert.Contains("a validation folder (regsim validate), which the kits do not load: read its tables (validation.csv, record_scores.csv)", error);
            Assert.DoesNotContain("not a regsim result folder", error);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [SkippableTheory]
    [InlineData(AnalysisKit.Python)]
    [InlineData(AnalysisKit.R)]
    public void ACalibrationFolder_IsNamedAsOne_AndRefusedWithExitCode2(string kit)
    {
        AnalysisKit.SkipUnlessInstalled(kit);

        var (code, output, error) = AnalysisKit.Run(kit, folders.Calibration);

        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Contains("a calibration folder (regsim calibrate), which the kits do not load", error);
        Assert.DoesNotContain("Traceback", error);
    }

    [SkippableTheory]
    [InlineData(AnalysisKit.Python)]
    [InlineData(AnalysisKit.R)]
    public void ASweepFileHoldingAPointTwice_IsRefusedNamingIt_NotAveragedTwice(string kit)
    {
        AnalysisKit.SkipUnlessInstalled(kit);
        var copy = folders.Empty($"sweep-twice-{kit}");
        foreach (var file in Directory.GetFiles(folders.Sweep))
        {
            File.Copy(file, Path.Combine(copy, Path.GetFileName(file)));
        }
        var table = Path.Combine(copy, "sweep.csv");
        File.AppendAllLines(table, File.ReadAllLines(table).Where(l => l.StartsWith("1,", StringComparison.Ordinal)));

        var (code, output, error) = AnalysisKit.Run(kit, copy);

        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Contains("sweep.csv holds point 1 more than once (6 rows for 3 regime modes)", error);
    }

    [SkippableTheory]
    [InlineData(AnalysisKit.Python)]
    [InlineData(AnalysisKit.R)]
    public void ASweepWithNoPointFinished_IsSummarisedAsSuch_AndDrawsNothing(string kit)
    {
        AnalysisKit.SkipUnlessFiguresCanBeDrawn(kit);
        var copy = folders.Empty($"sweep-started-{kit}");
        File.Copy(Path.Combine(folders.Sweep, "sweep.manifest.json"), Path.Combine(copy, "sweep.manifest.json"));
        File.WriteAllText(Path.Combine(copy, "sweep.csv"), File.ReadLines(Path.Combine(folders.Sweep, "sweep.csv")).First() + "\n");

        var (code, output, error) = AnalysisKit.Run(kit, copy, "--figures", Path.Combine(copy, "figures"));

        Assert.True(code == 0, error);
        Assert.Contains("no point is finished yet (run the sweep again to resume it)", output);
        Assert.DoesNotContain("figure: ", output);
        Assert.DoesNotContain("nan", output);
    }

    [SkippableTheory]
    [InlineData(AnalysisKit.Python)]
    [InlineData(AnalysisKit.R)]
    public void MainEffects_OfAWinProbability_AverageItsOwnColumn(string kit)
    {
        AnalysisKit.SkipUnlessInstalled(kit);
        var points = AnalysisKitTests.Csv(Path.Combine(folders.Sweep, "sweep.csv")).Rows;
        var column = points[0].Keys.First(k => k.StartsWith("win_", StringComparison.Ordinal));
        var factor = points[0].Keys.SkipWhile(k => k != "regime").Skip(1).First();
        var expected = points.Where(r => r["regime"] == "timeline").GroupBy(r => AnalysisKitTests.Number(r[factor]))
            .ToDictionary(g => g.Key, g => g.Average(r => AnalysisKitTests.Number(r[column])));
        var call = kit == AnalysisKit.Python
            ? $"import json, sys; sys.path.insert(0, 'analysis/python'); import regsim; e = regsim.main_effects(regsim.load_sweep(sys.argv[1]), '{column}'); "
              + $"print(json.dumps([[r.level, r.mean] for r in e.itertuples() if r.factor == '{factor}' and r.regime == 'timeline']))"
            : $"source('analysis/R/regsim.R'); e <- regsim_main_effects(regsim_load_sweep(commandArgs(TRUE)[1]), '{column}'); "
              + $"e <- e[e$factor == '{factor}' & e$regime == 'timeline', ]; cat(jsonlite::toJSON(unname(Map(c, e$level, e$mean)), digits = NA))";

        var (code, output, error) = AnalysisKit.Eval(kit, call, folders.Sweep);

        Assert.True(code == 0, error);
        var effects = System.Text.Json.JsonDocument.Parse(output).RootElement.EnumerateArray().ToDictionary(e => e[0].GetDouble(), e => e[1].GetDouble());
        Assert.Equal(expected.Keys.Order(), effects.Keys.Order());
        Assert.All(expected, e => Assert.Equal(e.Value, effects[e.Key], 12));
    }

    [SkippableTheory]
    [InlineData(AnalysisKit.Python, "run")]
    [InlineData(AnalysisKit.R, "run")]
    [InlineData(AnalysisKit.Python, "sweep")]
    [InlineData(AnalysisKit.R, "sweep")]
    [InlineData(AnalysisKit.Python, "comparison")]
    [InlineData(AnalysisKit.R, "comparison")]
    [InlineData(AnalysisKit.Python, "largest seed")]
    [InlineData(AnalysisKit.R, "largest seed")]
    public void TheJsonManifest_IsTheFileAsWritten_WithOneElementArraysKeptAsArrays(string kit, string kind)
    {
        AnalysisKit.SkipUnlessInstalled(kit);
        var (folder, file) = kind switch
        {
            "run" => (folders.Run, "manifest.json"),
            "largest seed" => (LargestSeedRun(kit), "manifest.json"), // 2^63 - 1, past what a double holds exactly
            "sweep" => (folders.Sweep, "sweep.manifest.json"),
            _ => (folders.Comparison, "manifest.json"), // of single-mode scenarios: "modes": ["timeline"]
        };
        var written = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, file))).RootElement;

        var printed = AnalysisKit.Json(kit, folder).GetProperty("manifest");

        Assert.Equal("", JsonDifference.Between(written, printed, "manifest"));
    }

    [SkippableTheory]
    [InlineData(AnalysisKit.Python)]
    [InlineData(AnalysisKit.R)]
    public void AManifestSavedWithAByteOrderMark_IsRead_AsRegsimReadsAFileSavedSo(string kit)
    {
        AnalysisKit.SkipUnlessInstalled(kit);
        var copy = folders.Empty($"bom-manifest-{kit}");
        foreach (var file in Directory.GetFiles(folders.Run))
        {
            File.Copy(file, Path.Combine(copy, Path.GetFileName(file)));
        }
        var manifest = Path.Combine(copy, "manifest.json");
        var written = File.ReadAllBytes(manifest);
        File.WriteAllBytes(manifest, [.. System.Text.Encoding.UTF8.Preamble, .. written]);

        var (code, output, error) = AnalysisKit.Run(kit, copy);
        var printed = AnalysisKit.Json(kit, copy).GetProperty("manifest");

        Assert.True(code == 0, error);
        Assert.StartsWith("run of smoke (scenarios/smoke.json): seed ", output);
        Assert.Contains("20 replications x 3 regime modes (timeline, roh, lee)", output);
        Assert.Equal("", error);
        Assert.Equal("", JsonDifference.Between(System.Text.Json.JsonDocument.Parse(written).RootElement, printed, "manifest"));
    }

    private string LargestSeedRun(string kit)
    {
        var folder = Path.Combine(folders.Empty($"largest-seed-{kit}"), "run");
        var (code, _, error) = Regsim.Run("run", "scenarios/smoke.json", "--seed", "9223372036854775807", "-n", "20", "--out", folder, "--quiet");
        Assert.True(code == 0, error);
        return folder;
    }
}
