using System.Globalization;
using System.Text.Json;
using CsvHelper;

namespace Simulation.Cli.Tests;

/// <summary>The analysis kit, <c>analysis/python/regsim.py</c> (pandas) and <c>analysis/R/regsim.R</c> (base R and
/// jsonlite), on fresh folders of the real executable: what each loads and derives (printed with <c>--json</c>) equals
/// the CSV files read here with CsvHelper, the figures are written, a folder that is not a result is refused naming the
/// missing file, and an unfinished sweep or one shard of a sweep is summarized with a warning of how many points it holds.</summary>
public sealed class AnalysisKitTests(AnalysisFolders folders) : IClassFixture<AnalysisFolders>
{
    [SkippableTheory]
    [InlineData(AnalysisKit.Python)]
    [InlineData(AnalysisKit.R)]
    public void ARun_LoadsWinProbabilitiesCsvRowForRow_WithTypedColumns_AndNamesEachProjectsMostLikelyWinner(string kit)
    {
        AnalysisKit.SkipUnlessInstalled(kit);
        var json = AnalysisKit.Json(kit, folders.Run);
        var wins = Csv(Path.Combine(folders.Run, "win_probabilities.csv"));
        var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(folders.Run, "manifest.json"))).RootElement;

        Assert.Equal("run", json.GetProperty("kind").GetString());
        Assert.Equal(manifest.GetProperty("seed").GetInt64(), json.GetProperty("manifest").GetProperty("seed").GetInt64());
        Assert.Equal(manifest.GetProperty("replications").GetInt32(), json.GetProperty("manifest").GetProperty("replications").GetInt32());
        var table = json.GetProperty("tables").GetProperty("win_probabilities");
        AssertTypes(table, ("regime", "string"), ("project", "string"), ("region", "string"), ("wins", "integer"),
            ("replications", "integer"), ("probability", "float"), ("ci_low", "float"), ("ci_high", "float"));
        AssertRecordsEqual(wins, table);

        var expected = MostPerGroup(wins, r => Number(r["probability"]));
        var top = json.GetProperty("top_winners").EnumerateArray().ToList();
        Assert.Equal(expected.Count, top.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected[i]["project"], top[i].GetProperty("project").GetString());
            Assert.Equal(expected[i]["regime"], top[i].GetProperty("regime").GetString());
            Assert.Equal(expected[i]["region"], top[i].GetProperty("region").GetString());
            AssertClose(Number(expected[i]["probability"]), top[i].GetProperty("probability").GetDouble());
            AssertClose(Number(expected[i]["ci_high"]), top[i].GetProperty("ci_high").GetDouble());
        }
    }

    [SkippableTheory]
    [InlineData(AnalysisKit.Python)]
    [InlineData(AnalysisKit.R)]
    public void ARun_LoadsTheSummaryAndEveryOutcome_WhoseMeanGiniIsTheSummarysMean(string kit)
    {
        AnalysisKit.SkipUnlessInstalled(kit);
        var json = AnalysisKit.Json(kit, folders.Run);
        var summary = Csv(Path.Combine(folders.Run, "summary.csv"));
        var outcomes = Csv(Path.Combine(folders.Run, "outcomes.csv"));

        var table = json.GetProperty("tables").GetProperty("summary");
        AssertTypes(table, ("metric", "string"), ("regime", "string"), ("count", "integer"), ("mean", "float"), ("p95", "float"));
        AssertRecordsEqual(summary, table);
        var loaded = json.GetProperty("tables").GetProperty("outcomes");
        Assert.Equal(outcomes.Columns, loaded.GetProperty("columns").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(outcomes.Rows.Count, loaded.GetProperty("rows").GetInt32());
        AssertTypes(loaded, ("replication", "integer"), ("regime", "string"), ("winners_maglev", "string"),
            ("gini_resources_per_capita", "float"));

        var means = json.GetProperty("outcome_means").GetProperty("gini_resources_per_capita");
        var gini = summary.Rows.Where(r => r["metric"] == "gini_resources_per_capita").ToList();
        Assert.Equal(gini.Count, means.EnumerateObject().Count());
        foreach (var row in gini)
        {
            var mean = means.GetProperty(row["regime"]).GetDouble();
            Assert.True(Math.Abs(Number(row["mean"]) - mean) <= 1e-9 * Math.Abs(mean), $"{row["regime"]}: mean of outcomes {mean}, summary {row["mean"]}");
        }
    }

    [SkippableTheory]
    [InlineData(AnalysisKit.Python)]
    [InlineData(AnalysisKit.R)]
    public void ASweep_FindsTheExperimentsFactors_AndMainEffectsThatAreMeansOverSweepCsv(string kit)
    {
        AnalysisKit.SkipUnlessInstalled(kit);
        var json = AnalysisKit.Json(kit, folders.Sweep);
        var sweep = Csv(Path.Combine(folders.Sweep, "sweep.csv"));
        var experiment = JsonDocument.Parse(File.ReadAllText(Path.Combine(Regsim.Root, "scenarios/experiments/smoke-sweep.json"))).RootElement;
        var factors = experiment.GetProperty("factors").EnumerateArray().Select(f => f.GetProperty("name").GetString()!).ToList();

        Assert.Equal("sweep", json.GetProperty("kind").GetString());
        Assert.Equal(factors, json.GetProperty("factors").EnumerateArray().Select(f => f.GetString()));
        Assert.Contains("rent_dissipation", json.GetProperty("metrics").EnumerateArray().Select(m => m.GetString()));
        var points = json.GetProperty("tables").GetProperty("points");
        Assert.Equal(sweep.Rows.Count, points.GetProperty("rows").GetInt32());
        AssertTypes(points, ("point", "integer"), ("regime", "string"), (factors[0], "float"), ("gini_resources_per_capita_mean", "float"));

        foreach (var metric in new[] { "gini_resources_per_capita", "rent_dissipation" })
        {
            // A grid: each factor's levels are its values; the mean is over the points at a level, per regime mode.
            MainEffectsExpected.AssertKitAgrees(json, sweep, factors, metric, (_, value) => value);
        }
    }

    [SkippableTheory]
    [InlineData(AnalysisKit.Python)]
    [InlineData(AnalysisKit.R)]
    public void AnUnfinishedSweep_IsSummarized_WithAWarningOfHowManyOfTheManifestsPointsItHolds(string kit)
    {
        AnalysisKit.SkipUnlessInstalled(kit);
        var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(folders.Sweep, "sweep.manifest.json"))).RootElement;
        var (points, modes) = (manifest.GetProperty("points").GetInt32(), manifest.GetProperty("modes").GetArrayLength());
        // The header, then the rows of the first points to finish and one row of the next: a sweep that was stopped.
        var rows = File.ReadAllLines(Path.Combine(folders.Sweep, "sweep.csv"));
        var kept = rows.Take(2 * modes + 2).ToList();
        var held = kept.Skip(1).GroupBy(r => r.Split(',')[0]).Count(g => g.Count() == modes);
        var partial = folders.Empty($"unfinished-sweep-{kit}");
        File.WriteAllLines(Path.Combine(partial, "sweep.csv"), kept);
        File.Copy(Path.Combine(folders.Sweep, "sweep.manifest.json"), Path.Combine(partial, "sweep.manifest.json"));

        var whole = AnalysisKit.Run(kit, folders.Sweep);
        var (code, output, error) = AnalysisKit.Run(kit, partial);

        Assert.True(whole.ExitCode == 0, whole.Error);
        Assert.DoesNotContain("warning", whole.Error, StringComparison.OrdinalIgnoreCase);
        Assert.True(code == 0, error);
        Assert.StartsWith("sweep smoke-sweep: ", output);
        Assert.True(held < points, $"{held} of {points} points kept");
        Assert.Contains($"warning: {partial}: sweep.csv holds {held} of the {points} points in sweep.manifest.json", error);
        Assert.Contains("unfinished", error);
        Assert.DoesNotContain("Traceback", error);
    }

    [SkippableTheory]
    [InlineData(AnalysisKit.Python)]
    [InlineData(AnalysisKit.R)]
    public void ASweepKilledMidLine_LoadsOnlyItsCompletePoints_NotTheCutRowNorAPointMissingModes(string kit)
    {
        AnalysisKit.SkipUnlessInstalled(kit);
        var modes = JsonDocument.Parse(File.ReadAllText(Path.Combine(folders.Sweep, "sweep.manifest.json"))).RootElement.GetProperty("modes").GetArrayLength();
        // The header, two whole points, one row of the third, and half of its next row without a newline: as a killed sweep
        // leaves sweep.csv while a reader looks at it.
        var rows = File.ReadAllLines(Path.Combine(folders.Sweep, "sweep.csv"));
        var cut = rows[(2 * modes) + 2];
        var partial = folders.Empty($"cut-sweep-{kit}");
        File.WriteAllText(Path.Combine(partial, "sweep.csv"), string.Join('\n', rows.Take((2 * modes) + 2)) + "\n" + cut[..(cut.Length / 2)]);
        File.Copy(Path.Combine(folders.Sweep, "sweep.manifest.json"), Path.Combine(partial, "sweep.manifest.json"));

        var json = AnalysisKit.Json(kit, partial);

        var points = json.GetProperty("tables").GetProperty("points");
        Assert.Equal(2 * modes, points.GetProperty("rows").GetInt32());
        AssertTypes(points, ("gini_resources_per_capita_mean", "float"), ("rent_dissipation_mean", "float"));
        Assert.All(json.GetProperty("main_effects").GetProperty("gini_resources_per_capita").EnumerateArray(),
            e => Assert.True(double.IsFinite(e.GetProperty("mean").GetDouble())));
    }

    [SkippableTheory]
    [InlineData(AnalysisKit.Python)]
    [InlineData(AnalysisKit.R)]
    public void OneShardOfASweep_IsSummarized_WithAWarningToMergeTheShardsFirst(string kit)
    {
        AnalysisKit.SkipUnlessInstalled(kit);
        var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(folders.Shard, "sweep.manifest.json"))).RootElement;
        var points = manifest.GetProperty("points").GetInt32();
        var held = Csv(Path.Combine(folders.Shard, "sweep.csv")).Rows.Select(r => r["point"]).Distinct().Count();

        var (code, output, error) = AnalysisKit.Run(kit, folders.Shard);

        Assert.True(code == 0, error);
        Assert.StartsWith($"sweep smoke-sweep: {held} points", output);
        Assert.Contains($"sweep.csv holds {held} of the {points} points in sweep.manifest.json: it is shard 0 of 2", error);
        Assert.Contains("gather the shards first: regsim merge", error);
    }

    [SkippableTheory]
    [InlineData(AnalysisKit.Python)]
    [InlineData(AnalysisKit.R)]
    public void AComparison_LoadsComparisonCsv_AndNamesTheLargestChangeInWinProbability(string kit)
    {
        AnalysisKit.SkipUnlessInstalled(kit);
        var json = AnalysisKit.Json(kit, folders.Comparison);
        var comparison = Csv(Path.Combine(folders.Comparison, "comparison.csv"));
        var parameters = Csv(Path.Combine(folders.Comparison, "parameters.csv"));

        Assert.Equal("comparison", json.GetProperty("kind").GetString());
        var table = json.GetProperty("tables").GetProperty("comparison");
        AssertTypes(table, ("kind", "string"), ("name", "string"), ("mean_a", "float"), ("difference", "float"), ("pairs", "integer"));
        AssertRecordsEqual(comparison, table);
        AssertRecordsEqual(parameters, json.GetProperty("tables").GetProperty("parameters"));

        var wins = comparison.Rows.Where(r => r["kind"] == "win")
            .Select(r => new Dictionary<string, string>(r) { ["project"] = r["name"].Split(':')[0], ["region"] = r["name"].Split(':')[1] })
            .ToList<IReadOnlyDictionary<string, string>>();
        // A project and mode where no region's chance changes (a non-candidate's never does) has no largest change.
        var expected = MostPerGroup(new CsvTable(comparison.Columns, wins), r => Math.Abs(Number(r["difference"])))
            .Where(r => Number(r["difference"]) != 0).ToList();
        var changes = json.GetProperty("largest_changes").EnumerateArray().ToList();
        Assert.Equal(expected.Count, changes.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected[i]["project"], changes[i].GetProperty("project").GetString());
            Assert.Equal(expected[i]["region"], changes[i].GetProperty("region").GetString());
            AssertClose(Number(expected[i]["difference"]), changes[i].GetProperty("difference").GetDouble());
            AssertClose(Number(expected[i]["ci_low"]), changes[i].GetProperty("ci_low").GetDouble());
        }

        // Every metric whose interval excludes 0, the largest change relative to A's mean first.
        var metrics = comparison.Rows.Where(r => r["kind"] == "metric" && (Number(r["ci_low"]) > 0 || Number(r["ci_high"]) < 0))
            .Select(r => (Name: r["name"], Regime: r["regime"], Relative: Number(r["mean_a"]) == 0 ? double.NaN : Number(r["difference"]) / Math.Abs(Number(r["mean_a"])),
                Scale: Math.Max(Math.Abs(Number(r["mean_a"])), Math.Abs(Number(r["mean_b"]))), Difference: Number(r["difference"])))
            // As regsim ranks them (MetricChanges.RelativeSize): |B − A| over the larger of |A| and |B|, ties in the file's order.
            .OrderByDescending(m => m.Scale > 0 ? Math.Abs(m.Difference) / m.Scale : 0).ToList();
        var changed = json.GetProperty("metric_changes").EnumerateArray().ToList();
        Assert.NotEmpty(metrics); // the fixture's two scenarios differ in many metrics
        Assert.Equal(metrics.Select(m => (m.Name, m.Regime)), changed.Select(c => (c.GetProperty("name").GetString()!, c.GetProperty("regime").GetString()!)));
        AssertClose(metrics[0].Relative, changed[0].GetProperty("relative").GetDouble());
    }

    [SkippableTheory]
    [InlineData(AnalysisKit.Python)]
    [InlineData(AnalysisKit.R)]
    public void AComparisonWhereNothingDiffers_IsSaidToChangeNothing_NotToChangeSomeRegionByZero(string kit)
    {
        AnalysisKit.SkipUnlessInstalled(kit);
        var metrics = Csv(Path.Combine(folders.SameComparison, "comparison.csv")).Rows.Count(r => r["kind"] == "metric");

        var (code, stdout, stderr) = AnalysisKit.Run(kit, folders.SameComparison);
        var json = AnalysisKit.Json(kit, folders.SameComparison);

        Assert.True(code == 0, stderr);
        Assert.Contains("parameters that differ: none\n", stdout);
        Assert.Contains("largest change in win probability (B - A, 95 % interval):\n  none: no region's win probability differs between A and B\n", stdout);
        Assert.Contains($"metrics whose 95 % interval of B - A excludes 0: 0 of {metrics}\n", stdout);
        Assert.Empty(json.GetProperty("largest_changes").EnumerateArray());
        Assert.Empty(json.GetProperty("metric_changes").EnumerateArray());
    }

    [SkippableTheory]
    [InlineData(AnalysisKit.Python)]
    [InlineData(AnalysisKit.R)]
    public void TheHeadlineFigures_OfARunASweepAndAComparison_AreWritten(string kit)
    {
        AnalysisKit.SkipUnlessFiguresCanBeDrawn(kit);
        var projects = Csv(Path.Combine(folders.Run, "win_probabilities.csv")).Rows.Select(r => r["project"]).Distinct().ToList();
        var factors = Csv(Path.Combine(folders.Sweep, "sweep.csv")).Columns.SkipWhile(c => c != "regime").Skip(1).TakeWhile(c => c != "seed").ToList();
        var expected = new (string Folder, string[] Names)[]
        {
            (folders.Run, [.. projects.Select(p => "win_probability_" + p), "distribution_gini", "distribution_rent_dissipation"]),
            (folders.Sweep, [.. new[] { "gini_resources_per_capita", "rent_dissipation" }.SelectMany(m => factors.Select(f => $"main_effect_{m}_{f}"))]),
            (folders.Comparison, [.. projects.Select(p => "difference_win_probability_" + p)]),
        };

        foreach (var (folder, names) in expected)
        {
            var outdir = Path.Combine(folders.Empty($"figures-{kit}-{Path.GetFileName(folder)}"), "figures");
            var json = AnalysisKit.Json(kit, folder, "--figures", outdir);

            var written = json.GetProperty("figures").EnumerateArray().Select(f => f.GetString()!).ToList();
            Assert.Equal(names.Order(), written.Select(Path.GetFileNameWithoutExtension).Order());
            foreach (var file in written)
            {
                Assert.Equal(Path.GetFullPath(outdir), Path.GetDirectoryName(Path.GetFullPath(file)));
                var bytes = File.ReadAllBytes(file);
                Assert.True(bytes.Length > 1000, $"{file} has only {bytes.Length} bytes");
                var magic = Path.GetExtension(file) == ".png" ? new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' } : "%PDF"u8.ToArray();
                Assert.Equal(magic, bytes[..4]);
            }
        }
    }

    [SkippableTheory]
    [InlineData(AnalysisKit.Python)]
    [InlineData(AnalysisKit.R)]
    public void AFolderThatIsNoResult_IsRefused_NamingTheMissingFile_WithoutATraceback(string kit)
    {
        AnalysisKit.SkipUnlessInstalled(kit);
        var empty = folders.Empty($"empty-{kit}");
        var noManifest = folders.Empty($"no-manifest-{kit}");
        File.Copy(Path.Combine(folders.Run, "win_probabilities.csv"), Path.Combine(noManifest, "win_probabilities.csv"));
        File.Copy(Path.Combine(folders.Run, "summary.csv"), Path.Combine(noManifest, "summary.csv"));

        foreach (var (folder, missing) in new[] { (empty, "win_probabilities.csv"), (noManifest, "manifest.json") })
        {
            var (code, output, error) = AnalysisKit.Run(kit, folder);

            Assert.NotEqual(0, code);
            Assert.Equal("", output);
            Assert.Contains(missing, error);
            Assert.Contains(folder, error);
            Assert.DoesNotContain("Traceback", error);
            Assert.DoesNotContain("Error in", error);
        }
    }

    [SkippableTheory]
    [InlineData(AnalysisKit.Python)]
    [InlineData(AnalysisKit.R)]
    public void AParquetOnlyRun_GivesTheCsvRunsNumbers_OrSaysThatParquetCannotBeRead(string kit)
    {
        AnalysisKit.SkipUnlessInstalled(kit);
        var (code, output, error) = AnalysisKit.Run(kit, folders.ParquetRun, "--json");

        if (code == 0)
        {
            // Same scenario and seed as the CSV run: the same table, whichever format it was read from.
            var parquet = JsonDocument.Parse(output).RootElement.GetProperty("tables").GetProperty("win_probabilities");
            AssertRecordsEqual(Csv(Path.Combine(folders.Run, "win_probabilities.csv")), parquet);
        }
        else
        {
            Assert.Contains("summary.parquet", error);
            Assert.Contains(kit == AnalysisKit.Python ? "pyarrow" : "arrow", error);
            Assert.Contains("--format csv", error);
            Assert.DoesNotContain("Traceback", error);
        }
    }

    // Each (project, regime) group in file order, with its row of the largest key; ties go to the first row in file order.
    private static List<IReadOnlyDictionary<string, string>> MostPerGroup(CsvTable table, Func<IReadOnlyDictionary<string, string>, double> key) =>
        [.. table.Rows.GroupBy(r => (r["project"], r["regime"])).Select(g => g.OrderByDescending(key).First())];

    // Every record equals the CSV row: strings exactly, integers exactly, floats to 12 significant digits, empty fields as null.
    private static void AssertRecordsEqual(CsvTable csv, JsonElement table)
    {
        Assert.Equal(csv.Columns, table.GetProperty("columns").EnumerateArray().Select(c => c.GetString()));
        var records = table.GetProperty("records").EnumerateArray().ToList();
        Assert.Equal(csv.Rows.Count, records.Count);
        for (var i = 0; i < records.Count; i++)
        {
            foreach (var column in csv.Columns)
            {
                var expected = csv.Rows[i][column];
                var actual = records[i].GetProperty(column);
                switch (actual.ValueKind)
                {
                    case JsonValueKind.String:
                        Assert.Equal(expected, actual.GetString());
                        break;
                    case JsonValueKind.Null:
                        Assert.Equal("", expected);
                        break;
                    default: // every digit: the kits read the CSV exactly and print numbers that read back the same
                        Assert.True(Number(expected) == actual.GetDouble(), $"row {i + 1}, {column}: {expected} in the CSV, {actual.GetRawText()} printed");
                        break;
                }
            }
        }
    }

    private static void AssertTypes(JsonElement table, params (string Column, string Type)[] expected)
    {
        var types = table.GetProperty("types");
        foreach (var (column, type) in expected)
        {
            Assert.True(types.TryGetProperty(column, out var actual), $"no column {column}");
            Assert.True(type == actual.GetString(), $"{column}: {actual.GetString()}, expected {type}");
        }
    }

    private static void AssertClose(double expected, double actual, string? where = null) =>
        Assert.True(Math.Abs(expected - actual) <= 1e-12 * Math.Max(1, Math.Abs(expected)), $"{where}: {actual}, expected {expected}");

    internal static double Number(string text) => double.Parse(text, CultureInfo.InvariantCulture);

    internal static CsvTable Csv(string path)
    {
        using var csv = CsvReader.FromFile(path, null, FileOptions.None);
        var columns = csv.Headers.ToArray();
        var rows = new List<IReadOnlyDictionary<string, string>>();
        while (csv.Read())
        {
            rows.Add(columns.ToDictionary(c => c, csv.GetString));
        }
        return new CsvTable(columns, rows);
    }

    internal sealed record CsvTable(string[] Columns, List<IReadOnlyDictionary<string, string>> Rows);
}
