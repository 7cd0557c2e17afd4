using System.Globalization;
using System.Text.Json;

namespace Simulation.Cli.Tests;

/// <summary><c>regsim run --format</c>: the Parquet tables, read back by an independent reader (hyparquet, in Node.js), hold
/// exactly the CSV tables' columns, with typed columns (a count metric's as whole numbers), and values, and the run's
/// provenance in their metadata; the manifest lists the outcome columns with those types.</summary>
public sealed class ParquetOutputTests : IDisposable
{
    private readonly string _temp = Regsim.TempFolder();

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [SkippableFact]
    public void ParquetTables_ReadByAnotherImplementation_EqualTheCsvTables_ValueForValue()
    {
        Skip.IfNot(ParquetTwin.ReaderAvailable, ParquetTwin.Absent);
        var folder = Path.Combine(_temp, "both");
        Assert.Equal(0, Regsim.Run("run", "scenarios/smoke.json", "--format", "both", "--out", folder, "--quiet").ExitCode);
        var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "manifest.json"))).RootElement;

        foreach (var table in new[] { "win_probabilities", "summary", "outcomes" })
        {
            var parquet = ParquetTwin.AssertEqualsCsv(Path.Combine(folder, table + ".csv"), Path.Combine(folder, table + ".parquet"), Type);

            Assert.Equal(manifest.GetProperty("seed").GetUInt64().ToString(CultureInfo.InvariantCulture), parquet.Metadata["regsim.seed"]);
            Assert.Equal(manifest.GetProperty("scenarioSha256").GetString(), parquet.Metadata["regsim.scenario_sha256"]);
            Assert.Equal(manifest.GetProperty("toolVersion").GetString(), parquet.Metadata["regsim.tool_version"]);
        }
    }

    [SkippableFact]
    public void ParquetMetadata_NamesTheScenarioFile_TheBuild_AndTheMergedScenario_WhichChangesWithTheFileItExtends()
    {
        Skip.IfNot(ParquetTwin.ReaderAvailable, ParquetTwin.Absent);
        var scenarios = Path.Combine(_temp, "scenarios");
        Directory.CreateDirectory(scenarios);
        foreach (var name in new[] { "baseline.json", "smoke.json", "scenario.schema.json" })
        {
            File.Copy(Path.Combine(Regsim.Root, "scenarios", name), Path.Combine(scenarios, name));
        }
        Dictionary<string, string> Metadata(string folder)
        {
            Assert.Equal(0, Regsim.Run("run", Path.Combine(scenarios, "smoke.json"), "-n", "20", "--format", "parquet", "--no-outcomes", "--out", folder, "--quiet").ExitCode);
            return new Dictionary<string, string>(ParquetTwin.Read(Path.Combine(folder, "summary.parquet")).Metadata);
        }

        var before = Metadata(Path.Combine(_temp, "before"));
        var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(_temp, "before", "manifest.json"))).RootElement;
        var parent = Path.Combine(scenarios, "baseline.json");
        File.WriteAllText(parent, File.ReadAllText(parent).Replace("\"description\": \"", "\"description\": \"Edited. ", StringComparison.Ordinal));
        var after = Metadata(Path.Combine(_temp, "after"));

        Assert.Equal("smoke.json", before["regsim.scenario_file"]);
        Assert.Equal("smoke", before["regsim.scenario"]);
        Assert.Equal("[\"timeline\",\"roh\",\"lee\"]", before["regsim.modes"]);
        Assert.Equal(manifest.TryGetProperty("sourceRevision", out var revision) ? revision.GetString() : null, before.GetValueOrDefault("regsim.source_revision"));
        // The file itself is the same; what it extends is not, and the merged scenario's digest says so.
        Assert.Equal(before["regsim.scenario_sha256"], after["regsim.scenario_sha256"]);
        Assert.NotEqual(before["regsim.scenario_merged_sha256"], after["regsim.scenario_merged_sha256"]);
    }

    [Fact]
    public void ParquetOnly_WritesNoCsvTables_AndListsTheParquetOnesInTheManifest()
    {
        var folder = Path.Combine(_temp, "parquet");

        Assert.Equal(0, Regsim.Run("run", "scenarios/smoke.json", "--format", "parquet", "--out", folder, "--quiet").ExitCode);

        Assert.False(File.Exists(Path.Combine(folder, "summary.csv")));
        Assert.False(File.Exists(Path.Combine(folder, "win_probabilities.csv")));
        Assert.False(File.Exists(Path.Combine(folder, "outcomes.csv")));
        var files = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "manifest.json"))).RootElement.GetProperty("files").EnumerateArray().Select(f => f.GetString()).ToList();
        Assert.Contains("summary.parquet", files);
        Assert.Contains("win_probabilities.parquet", files);
        Assert.Contains("outcomes.parquet", files);
        Assert.Equal("PAR1"u8.ToArray(), File.ReadAllBytes(Path.Combine(folder, "summary.parquet"))[..4]);
    }

    [SkippableFact]
    public void TheManifest_ListsTheOutcomeColumnsInFileOrder_WithTheTypesOfTheParquetFile_AndNoneWithoutOutcomes()
    {
        Skip.IfNot(ParquetTwin.ReaderAvailable, ParquetTwin.Absent);
        var folder = Path.Combine(_temp, "listed");
        Assert.Equal(0, Regsim.Run("run", "scenarios/smoke.json", "-n", "3", "--format", "both", "--out", folder, "--quiet").ExitCode);
        var without = Path.Combine(_temp, "without");
        Assert.Equal(0, Regsim.Run("run", "scenarios/smoke.json", "-n", "3", "--no-outcomes", "--out", without, "--quiet").ExitCode);

        var listed = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "manifest.json"))).RootElement.GetProperty("outcomeColumns")
            .EnumerateObject().Select(p => (p.Name, p.Value.GetString())).ToList();
        var parquet = ParquetTwin.Read(Path.Combine(folder, "outcomes.parquet"));

        Assert.Equal(ParquetTwin.ReadCsv(Path.Combine(folder, "outcomes.csv"))[0], listed.Select(c => c.Name));
        Assert.Equal(parquet.Columns.Zip(parquet.Types, (c, t) => (c, (string?)t)), listed);
        Assert.False(JsonDocument.Parse(File.ReadAllText(Path.Combine(without, "manifest.json"))).RootElement.TryGetProperty("outcomeColumns", out _));
    }

    [SkippableFact]
    public void AMissingValue_IsANullInTheParquetTwin_WhereTheCsvFieldIsEmpty_NotANaN_InSummariesComparisonsAndSobolIndices()
    {
        Skip.IfNot(ParquetTwin.ReaderAvailable, ParquetTwin.Absent);
        // A summary's sd of one value, a comparison's interval of one pair and a Sobol index of an output that never varies
        // are undefined: empty in the CSV, and a SQL reader's avg() over the Parquet column must skip them, not turn NaN.
        string[][] commands =
        [
            ["run", "scenarios/smoke.json", "-n", "1"],
            ["compare", "scenarios/roh-only.json", "scenarios/lee-only.json", "-n", "1"],
            ["sensitivity", "scenarios/experiments/smoke-sweep.json", "--method", "sobol", "--base-samples", "4", "--bootstrap", "0"],
        ];
        var tables = new[] { "run/summary", "compare/comparison", "sensitivity/sensitivity" };
        foreach (var command in commands)
        {
            var (code, _, stderr) = Regsim.Run([.. command, "--format", "both", "--quiet", "--out", Path.Combine(_temp, command[0])]);
            Assert.True(code == 0, $"{command[0]}: {stderr}");
        }

        foreach (var table in tables)
        {
            var csv = ParquetTwin.ReadCsv(Path.Combine(_temp, table + ".csv"));
            var parquet = ParquetTwin.Read(Path.Combine(_temp, table + ".parquet"));
            var empty = Enumerable.Range(1, csv.Count - 1).SelectMany(i => Enumerable.Range(0, csv[0].Length).Where(c => csv[i][c] == "").Select(c => (Row: i - 1, Column: c))).ToList();
            Assert.True(empty.Count > 0, $"{table}.csv has an empty field (the fixture has what the test is about)");
            Assert.All(empty, at => Assert.True(parquet.Rows[at.Row][at.Column].ValueKind == JsonValueKind.Null,
                $"{table}.parquet row {at.Row + 1}, {parquet.Columns[at.Column]}: {parquet.Rows[at.Row][at.Column].GetRawText()} where the CSV field is empty"));
            Assert.DoesNotContain(parquet.Rows.SelectMany(r => r), v => v.ValueKind == JsonValueKind.String && v.GetString() == "NaN");
            var doubles = parquet.Columns.Select((c, i) => (Column: c, Type: parquet.Types[i], Repetition: parquet.Repetitions[i])).Where(c => c.Type == "double").ToList();
            Assert.All(doubles, c => Assert.True(c.Repetition == "OPTIONAL", $"{table}.parquet: {c.Column} is {c.Repetition}, not OPTIONAL"));
        }
    }

    // The run tables' column types: identifiers and winners as text, counts (the ODD's count metrics too: joint bids,
    // region-funded clusters, designations held, stalled, delivered and pending) as 64-bit integers, everything else doubles.
    private static string Type(string column) => column switch
    {
        "regime" or "project" or "region" or "metric" => "string",
        "wins" or "replications" or "count" or "replication" => "int64",
        "joint_bids" or "clusters_started" or "clusters_completed" or "clusters_stalled" => "int64",
        _ when new[] { "designations_", "stalled_", "delivered_", "pending_" }.Any(p => column.StartsWith(p, StringComparison.Ordinal)) => "int64",
        _ when column.StartsWith("winners_", StringComparison.Ordinal) => "string",
        _ => "double",
    };
}
