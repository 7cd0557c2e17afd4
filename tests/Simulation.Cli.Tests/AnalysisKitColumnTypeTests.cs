using System.Text.Json;
using System.Text.Json.Nodes;

namespace Simulation.Cli.Tests;

/// <summary>What the kits make of the numbers regsim writes: a run's outcome columns typed as regsim wrote them (a count an
/// integer, every other metric a float, even where its values happen to be whole), a seed past 2^53 kept exact in R, and a
/// run of one replication or a comparison of one pair, whose standard deviation and intervals are undefined, loaded; a boolean
/// column read as true and false, and a type the kit does not know refused by name.</summary>
public sealed class AnalysisKitColumnTypeTests(AnalysisFolders folders) : IClassFixture<AnalysisFolders>
{
    // Past 2^53: a double rounds it to 2309476955576468992, another seed.
    private const string LargeSeed = "2309476955576469015";

    [SkippableTheory]
    [InlineData(AnalysisKit.Python)]
    [InlineData(AnalysisKit.R)]
    public void ARunsOutcomes_AreTypedAsRegsimWroteThem_ACountAnInteger_AndAnyOtherMetricAFloatEvenWhenEveryValueIsWhole(string kit)
    {
        AnalysisKit.SkipUnlessInstalled(kit);
        var csv = AnalysisKitTests.Csv(Path.Combine(folders.Run, "outcomes.csv"));
        // The prize awarded, in ₩ billion, is the same whole number in every replication of the smoke run: a kit that
        // guessed from the values would call it an integer.
        Assert.All(csv.Rows, r => Assert.Equal(Math.Floor(AnalysisKitTests.Number(r["prize_awarded_bn_krw"])), AnalysisKitTests.Number(r["prize_awarded_bn_krw"])));

        var types = AnalysisKit.Json(kit, folders.Run).GetProperty("tables").GetProperty("outcomes").GetProperty("types");

        var wrong = csv.Columns.Where(c => types.GetProperty(c).GetString() != Expected(c))
            .Select(c => $"{c}: {types.GetProperty(c).GetString()}, expected {Expected(c)}").ToList();
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
        Assert.Contains(csv.Columns, c => Expected(c) == "integer" && c.StartsWith("designations_", StringComparison.Ordinal));
    }

    [SkippableTheory]
    [InlineData(AnalysisKit.Python)]
    [InlineData(AnalysisKit.R)]
    public void ASeedPast2To53_IsLoadedExactly_FromARunsAndASweepsManifest_AndPrintedSoInTheSummary(string kit)
    {
        AnalysisKit.SkipUnlessInstalled(kit);
        var root = folders.Empty($"large-seed-{kit}");
        var run = Path.Combine(root, "run");
        Assert.Equal(0, Regsim.Run("run", "scenarios/smoke.json", "--seed", LargeSeed, "-n", "2", "--no-outcomes", "--out", run, "--quiet").ExitCode);
        var experiment = Path.Combine(root, "sweep.json");
        File.WriteAllText(experiment, File.ReadAllText(Path.Combine(Regsim.Root, "scenarios/experiments/smoke-sweep.json"))
            .Replace("\"seed\": 11,", $"\"seed\": {LargeSeed},", StringComparison.Ordinal)
            .Replace("\"../baseline.json\"", JsonSerializer.Serialize(Path.Combine(Regsim.Root, "scenarios", "baseline.json")), StringComparison.Ordinal));
        var sweep = Path.Combine(root, "sweep");
        var swept = Regsim.Run("sweep", experiment, "--replications", "2", "--out", sweep, "--quiet");
        Assert.True(swept.ExitCode == 0, swept.Error);

        var (code, output, error) = kit == AnalysisKit.Python
            ? AnalysisKit.Eval(kit, "import sys; sys.path.insert(0, 'analysis/python'); import regsim; "
                + "print(regsim.load_run(sys.argv[1]).manifest['seed']); print(regsim.load_sweep(sys.argv[2]).manifest['seed'])", run, sweep)
            : AnalysisKit.Eval(kit, "source('analysis/R/regsim.R'); a <- commandArgs(TRUE); "
                + "cat(regsim_load_run(a[1])$manifest$seed, regsim_load_sweep(a[2])$manifest$seed, sep = '\\n')", run, sweep);

        Assert.True(code == 0, error);
        Assert.Equal([LargeSeed, LargeSeed], output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        var summary = AnalysisKit.Run(kit, run);
        Assert.True(summary.ExitCode == 0, summary.Error);
        Assert.Contains($"seed {LargeSeed},", summary.Out);
    }

    [SkippableTheory]
    [InlineData(AnalysisKit.Python)]
    [InlineData(AnalysisKit.R)]
    public void OneReplication_HasNoStandardDeviation_InSummaryCsvNorTheKits_AndAComparisonOfOnePair_NoInterval_LoadsAndIsDrawn(string kit)
    {
        AnalysisKit.SkipUnlessFiguresCanBeDrawn(kit);
        var root = folders.Empty($"one-replication-{kit}");
        var (run, comparison) = (Path.Combine(root, "run"), Path.Combine(root, "comparison"));
        Assert.Equal(0, Regsim.Run("run", "scenarios/smoke.json", "-n", "1", "--out", run, "--quiet").ExitCode);
        Assert.Equal(0, Regsim.Run("compare", "scenarios/roh-only.json", "scenarios/lee-only.json", "-n", "1", "--out", comparison, "--quiet").ExitCode);
        var summary = AnalysisKitTests.Csv(Path.Combine(run, "summary.csv"));

        // The sd divides by n − 1: undefined for one value, left empty; the mean and percentiles are that value.
        Assert.All(summary.Rows.Where(r => r["count"] == "1"), r => Assert.Equal(("", r["mean"], r["mean"]), (r["sd"], r["p05"], r["p95"])));
        Assert.Contains(summary.Rows, r => r["count"] == "1");
        var loaded = AnalysisKit.Json(kit, run, "--figures", Path.Combine(root, $"figures-{kit}"));
        var records = loaded.GetProperty("tables").GetProperty("summary").GetProperty("records").EnumerateArray().ToList();
        Assert.Equal(summary.Rows.Count, records.Count);
        Assert.All(records, r => Assert.Equal(JsonValueKind.Null, r.GetProperty("sd").ValueKind));
        Assert.NotEmpty(loaded.GetProperty("figures").EnumerateArray());
        Assert.Contains("<td class=\"num\">–</td>", File.ReadAllText(Path.Combine(run, "report.html")), StringComparison.Ordinal);

        var compared = AnalysisKit.Run(kit, comparison, "--json", "--figures", Path.Combine(root, $"comparison-figures-{kit}"));
        Assert.True(compared.ExitCode == 0, compared.Error);
        Assert.DoesNotContain("warning", compared.Error, StringComparison.Ordinal);
        var rows = JsonDocument.Parse(compared.Out).RootElement.GetProperty("tables").GetProperty("comparison").GetProperty("records").EnumerateArray().ToList();
        Assert.All(rows, r => Assert.Equal((JsonValueKind.Null, JsonValueKind.Null), (r.GetProperty("ci_low").ValueKind, r.GetProperty("ci_high").ValueKind)));
    }

    [SkippableTheory]
    [InlineData(AnalysisKit.Python)]
    [InlineData(AnalysisKit.R)]
    public void AnOutcomeColumnOfATypeTheKitDoesNotKnow_IsRefused_NamingTheColumnAndItsType(string kit)
    {
        AnalysisKit.SkipUnlessInstalled(kit);
        var run = SmallRun($"unknown-type-{kit}", columns => columns["prize_awarded_bn_krw"] = "decimal128");

        var (code, output, error) = AnalysisKit.Run(kit, run);

        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Contains("prize_awarded_bn_krw (decimal128)", error, StringComparison.Ordinal);
        Assert.Contains("boolean", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Traceback", error, StringComparison.Ordinal);
        Assert.StartsWith("error: ", error, StringComparison.Ordinal);
    }

    [SkippableTheory]
    [InlineData(AnalysisKit.Python)]
    [InlineData(AnalysisKit.R)]
    public void ABooleanOutcomeColumn_IsLoadedAsTrueAndFalse(string kit)
    {
        AnalysisKit.SkipUnlessInstalled(kit);
        var run = SmallRun($"boolean-{kit}", columns => columns["flag"] = "boolean");
        var outcomes = Path.Combine(run, "outcomes.csv");
        var lines = File.ReadAllLines(outcomes);
        File.WriteAllLines(outcomes, [lines[0] + ",flag", .. lines.Skip(1).Select((l, i) => l + (i % 3 == 0 ? ",true" : ",false"))]);
        var trues = (lines.Length - 1 + 2) / 3;

        var types = AnalysisKit.Json(kit, run).GetProperty("tables").GetProperty("outcomes").GetProperty("types");
        var (code, output, error) = kit == AnalysisKit.Python
            ? AnalysisKit.Eval(kit, "import sys; sys.path.insert(0, 'analysis/python'); import regsim; "
                + "f = regsim.load_run(sys.argv[1]).outcomes['flag']; print(f.dtype, int(f.sum()))", run)
            : AnalysisKit.Eval(kit, "source('analysis/R/regsim.R'); f <- regsim_load_run(commandArgs(TRUE)[1])$outcomes$flag; "
                + "cat(class(f), sum(f))", run);

        Assert.Equal("boolean", types.GetProperty("flag").GetString());
        Assert.True(code == 0, error);
        Assert.Equal($"{(kit == AnalysisKit.Python ? "bool" : "logical")} {trues}", output.Trim());
    }

    // A smoke run of two replications whose manifest's outcomeColumns were then edited.
    private string SmallRun(string name, Action<JsonObject> edit)
    {
        var run = Path.Combine(folders.Empty(name), "run");
        Assert.Equal(0, Regsim.Run("run", "scenarios/smoke.json", "-n", "2", "--out", run, "--quiet").ExitCode);
        var path = Path.Combine(run, "manifest.json");
        var manifest = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        edit(manifest["outcomeColumns"]!.AsObject());
        File.WriteAllText(path, manifest.ToJsonString());
        return run;
    }

    // The type a kit gives each column of outcomes.csv, by the ODD's metric table: the replication and every count
    // (joint bids, region-funded clusters, designations held, stalled, delivered and pending) integers, text for the
    // regime and winners, every other metric a float.
    private static string Expected(string column) => column switch
    {
        "replication" or "joint_bids" or "clusters_started" or "clusters_completed" or "clusters_stalled" => "integer",
        "regime" => "string",
        _ when column.StartsWith("winners_", StringComparison.Ordinal) => "string",
        _ when new[] { "designations_", "stalled_", "delivered_", "pending_" }.Any(p => column.StartsWith(p, StringComparison.Ordinal)) => "integer",
        _ => "float",
    };
}
