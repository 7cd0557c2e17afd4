using System.Globalization;
using System.Text.Json;

namespace Simulation.Cli.Tests;

/// <summary>
/// <c>--format both</c> for <c>sweep</c>, <c>compare</c>, <c>sensitivity</c> and <c>calibrate</c>: every CSV table has a
/// Parquet twin that an independent reader (hyparquet, in Node.js) reads back with the same columns, typed, and the same
/// values in the same order, with the command's provenance in its metadata; the shards of a sweep write parts into one
/// folder whose union is the merged sweep.
/// </summary>
public sealed class ParquetExperimentOutputTests : IDisposable
{
    private const string Experiment = "scenarios/experiments/smoke-sweep.json";
    private readonly string _temp = Regsim.TempFolder();

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [SkippableFact]
    public void Sweep_ParquetTable_EqualsSweepCsv_AndAChangedValueIsCaught()
    {
        Skip.IfNot(ParquetTwin.ReaderAvailable, ParquetTwin.Absent);
        var folder = Path.Combine(_temp, "sweep");

        var (code, stdout, stderr) = Regsim.Run("sweep", Experiment, "--format", "both", "--out", folder, "--quiet");

        Assert.True(code == 0, stderr);
        // A whole sweep's table is a dataset of one part, the same kind of table a merged sweep's shards leave.
        var part = Path.Combine(folder, "sweep.parquet", "part-00000-of-00001.parquet");
        Assert.Contains(part, stdout);
        Assert.Equal([part], Directory.GetFiles(Path.Combine(folder, "sweep.parquet")));
        var csv = Path.Combine(folder, "sweep.csv");
        var parquet = ParquetTwin.AssertEqualsCsv(csv, part, SweepType);
        Assert.Equal(18, parquet.Rows.Count);
        Assert.Equal(("0", "1"), (parquet.Metadata["regsim.shard_index"], parquet.Metadata["regsim.shard_count"]));
        var manifest = Json(Path.Combine(folder, "sweep.manifest.json"));
        Assert.Equal(manifest.GetProperty("experimentSha256").GetString(), parquet.Metadata["regsim.experiment_sha256"]);
        Assert.Equal(manifest.GetProperty("scenarioSha256").GetString(), parquet.Metadata["regsim.scenario_sha256"]);
        Assert.Equal(manifest.GetProperty("toolVersion").GetString(), parquet.Metadata["regsim.tool_version"]);
        Assert.Equal("11", parquet.Metadata["regsim.seed"]);
        Assert.Equal("20", parquet.Metadata["regsim.replications_per_point"]);
        Assert.Equal("smoke-sweep.json", parquet.Metadata["regsim.experiment_file"]);
        Assert.Equal(manifest.GetProperty("design").GetString(), parquet.Metadata["regsim.design"]);
        Assert.Equal(manifest.GetProperty("commonRandomNumbers").GetBoolean() ? "true" : "false", parquet.Metadata["regsim.common_random_numbers"]);
        Assert.Equal(manifest.GetProperty("mergedScenarioSha256").GetString(), parquet.Metadata["regsim.scenario_merged_sha256"]);
        // The table says what its columns and factors are, as the manifest does, when it is passed on alone.
        var header = File.ReadLines(csv).First().Split(',');
        Assert.Equal(header, System.Text.Json.JsonDocument.Parse(parquet.Metadata["regsim.columns"]).RootElement.EnumerateObject().Select(c => c.Name));
        Assert.Contains("regimes[lee].tilt[equity].weight", parquet.Metadata["regsim.factors"], StringComparison.Ordinal);

        // The same sweep named by its absolute path, as a cluster job names it: the same bytes.
        var absolute = Path.Combine(_temp, "sweep-absolute");
        Assert.Equal(0, Regsim.Run("sweep", Path.Combine(Regsim.Root, Experiment), "--format", "parquet", "--out", absolute, "--quiet").ExitCode);
        Assert.Equal(File.ReadAllBytes(part), File.ReadAllBytes(Path.Combine(absolute, "sweep.parquet", "part-00000-of-00001.parquet")));

        // The comparison can fail: one value of the CSV changed (by a millionth) no longer matches the Parquet file.
        var records = ParquetTwin.ReadCsv(csv);
        var column = records[0].ToList().FindIndex(c => c.EndsWith("_mean", StringComparison.Ordinal));
        var row = records.FindIndex(1, r => r[column].Length > 0);
        records[row][column] = (double.Parse(records[row][column], CultureInfo.InvariantCulture) + 1e-6).ToString("R", CultureInfo.InvariantCulture);
        Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => ParquetTwin.AssertEqualsCsv(records, parquet, SweepType, "a changed value"));
    }

    [SkippableFact]
    public void ShardedSweep_WritesOnePartPerShardIntoOneFolder_WhoseUnionIsTheMergedSweep()
    {
        Skip.IfNot(ParquetTwin.ReaderAvailable, ParquetTwin.Absent);
        var root = Path.Combine(_temp, "sharded");
        var shards = Enumerable.Range(0, 3).Select(i => Path.Combine(root, $"shard-{i}-of-3")).ToList();
        for (var i = 0; i < 3; i++)
        {
            var (code, _, stderr) = Regsim.Run("sweep", Experiment, "--shard", $"{i}/3", "--format", "parquet", "--out", shards[i], "--quiet", "--threads", "1");
            Assert.True(code == 0, stderr);
        }
        var dataset = Path.Combine(root, "sweep.parquet");
        Assert.Equal(["part-00000-of-00003.parquet", "part-00001-of-00003.parquet", "part-00002-of-00003.parquet"],
            Directory.GetFiles(dataset).Select(Path.GetFileName).Order(StringComparer.Ordinal));

        var (merged, stdout, error) = Regsim.Run(["merge", "--out", root, .. shards]);

        Assert.True(merged == 0, error);
        Assert.Contains($"{dataset}/", stdout);
        var parts = Enumerable.Range(0, 3).Select(i => ParquetTwin.Read(Path.Combine(dataset, $"part-0000{i}-of-00003.parquet"))).ToList();
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(parts[0].Columns, parts[i].Columns); // one schema
            Assert.Equal(parts[0].Types, parts[i].Types);
            Assert.Equal(i.ToString(CultureInfo.InvariantCulture), parts[i].Metadata["regsim.shard_index"]);
            Assert.Equal("3", parts[i].Metadata["regsim.shard_count"]);
            ParquetTwin.AssertEqualsCsv(ParquetTwin.ReadCsv(Path.Combine(shards[i], "sweep.csv")), parts[i], SweepType, $"part {i}");
        }
        // The parts' rows in design-point order (each part keeps its rows' order) are the merged sweep.csv, value for value.
        var union = parts.SelectMany(p => p.Rows).OrderBy(r => long.Parse(r[0].GetString()!, CultureInfo.InvariantCulture)).ToList();
        ParquetTwin.AssertEqualsCsv(ParquetTwin.ReadCsv(Path.Combine(root, "sweep.csv")), parts[0] with { Rows = union }, SweepType, "the union of the parts");

        // Merged elsewhere, the parts are gathered there; with a part missing, merge refuses and says which shard to run again.
        var elsewhere = Path.Combine(_temp, "elsewhere");
        Assert.Equal(0, Regsim.Run(["merge", "--out", elsewhere, .. shards]).ExitCode);
        Assert.Equal(3, Directory.GetFiles(Path.Combine(elsewhere, "sweep.parquet"), "part-*.parquet").Length);
        File.Delete(Path.Combine(dataset, "part-00001-of-00003.parquet"));
        var (refused, _, why) = Regsim.Run(["merge", "--out", Path.Combine(_temp, "never"), .. shards]);
        Assert.Equal(1, refused);
        Assert.Contains("shard 1", why);
        Assert.Contains("--format parquet", why);
        // With every part gone (the shards copied without their sweep.parquet folder), the parts their manifests recorded
        // are not dropped unsaid: merge refuses rather than write a sweep as CSV alone.
        Directory.Delete(dataset, recursive: true);
        var (noneLeft, _, whyNone) = Regsim.Run(["merge", "--out", Path.Combine(_temp, "never-either"), .. shards]);
        Assert.Equal(1, noneLeft);
        Assert.Contains("recorded a Parquet part", whyNone);
        Assert.False(Directory.Exists(Path.Combine(_temp, "never-either")));
    }

    [SkippableFact]
    public void Compare_ParquetTables_EqualTheCsvTables_WithTheComparisonsProvenance()
    {
        Skip.IfNot(ParquetTwin.ReaderAvailable, ParquetTwin.Absent);
        var folder = Path.Combine(_temp, "compare");

        var (code, _, stderr) = Regsim.Run("compare", "scenarios/roh-only.json", "scenarios/lee-only.json", "-n", "200", "--format", "both", "--out", folder, "-q");

        Assert.True(code == 0, stderr);
        var manifest = Json(Path.Combine(folder, "manifest.json"));
        foreach (var table in new[] { "comparison", "parameters" })
        {
            var parquet = ParquetTwin.AssertEqualsCsv(Path.Combine(folder, table + ".csv"), Path.Combine(folder, table + ".parquet"), column => column switch
            {
                "kind" or "name" or "regime" or "path" or "a" or "b" => "string",
                "pairs" => "int64",
                _ => "double",
            });
            Assert.Equal(manifest.GetProperty("scenarioA")[0].GetProperty("sha256").GetString(), parquet.Metadata["regsim.scenario_a_sha256"]);
            Assert.Equal(manifest.GetProperty("scenarioB")[0].GetProperty("sha256").GetString(), parquet.Metadata["regsim.scenario_b_sha256"]);
            // Each scenario by its name and its file's name, never by where it lies.
            Assert.Equal(("roh-only", "roh-only.json"), (parquet.Metadata["regsim.scenario_a"], parquet.Metadata["regsim.scenario_a_file"]));
            Assert.Equal("lee-only.json", parquet.Metadata["regsim.scenario_b_file"]);
            Assert.Equal(manifest.GetProperty("seed").GetUInt64().ToString(CultureInfo.InvariantCulture), parquet.Metadata["regsim.seed"]);
            Assert.Equal("200", parquet.Metadata["regsim.replications"]);
            Assert.Equal(manifest.GetProperty("toolVersion").GetString(), parquet.Metadata["regsim.tool_version"]);
        }
        Assert.Contains("comparison.parquet", manifest.GetProperty("files").EnumerateArray().Select(f => f.GetString()));
    }

    [Fact]
    public void Compare_ParquetOnly_WritesNoCsvTables()
    {
        var folder = Path.Combine(_temp, "parquet-only");

        var (code, stdout, _) = Regsim.Run("compare", "scenarios/roh-only.json", "scenarios/lee-only.json", "-n", "50", "--format", "parquet", "--out", folder);
        Assert.Equal(0, code);

        // The console sends the user to the table that was written.
        Assert.Contains("units as in comparison.parquet", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("comparison.csv", stdout, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(folder, "comparison.csv")));
        Assert.False(File.Exists(Path.Combine(folder, "parameters.csv")));
        Assert.Equal("PAR1"u8.ToArray(), File.ReadAllBytes(Path.Combine(folder, "comparison.parquet"))[..4]);
        Assert.True(File.Exists(Path.Combine(folder, "plots", "difference_win_probability_maglev.png")));
    }

    [SkippableFact]
    public void Sensitivity_ParquetTable_EqualsTheCsvTable_WithTheStudysProvenance()
    {
        Skip.IfNot(ParquetTwin.ReaderAvailable, ParquetTwin.Absent);
        var folder = Path.Combine(_temp, "morris");

        var (code, _, stderr) = Regsim.Run("sensitivity", Experiment, "--method", "morris", "--trajectories", "4", "--bootstrap", "100",
            "--output", "rent_dissipation", "--output", "win_medicalComplex_daegu", "--regime", "lee", "--format", "both", "--out", folder, "-q");

        Assert.True(code == 0, stderr);
        var parquet = ParquetTwin.AssertEqualsCsv(Path.Combine(folder, "sensitivity.csv"), Path.Combine(folder, "sensitivity.parquet"),
            column => column is "value" or "ci_low" or "ci_high" ? "double" : "string");
        var manifest = Json(Path.Combine(folder, "manifest.json"));
        Assert.Equal(manifest.GetProperty("experimentSha256").GetString(), parquet.Metadata["regsim.experiment_sha256"]);
        Assert.Equal(manifest.GetProperty("scenarioSha256").GetString(), parquet.Metadata["regsim.scenario_sha256"]);
        Assert.Equal(manifest.GetProperty("seed").GetUInt64().ToString(CultureInfo.InvariantCulture), parquet.Metadata["regsim.seed"]);
        Assert.Equal("morris", parquet.Metadata["regsim.method"]);
        Assert.Equal("""["rent_dissipation","win_medicalComplex_daegu"]""", parquet.Metadata["regsim.outputs"]);
    }

    [SkippableFact]
    public void Calibrate_EveryCsvTable_HasAParquetTwinThatEqualsIt()
    {
        Skip.IfNot(ParquetTwin.ReaderAvailable, ParquetTwin.Absent);
        var folder = Path.Combine(_temp, "calibration");

        var (code, _, stderr) = Regsim.Run("calibrate", "scenarios/calibration.json", "--particles", "12", "-n", "20", "--predictive-replications", "100",
            "--sbc-records", "4", "--sbc-particles", "6", "--format", "both", "--out", folder, "-q");

        Assert.True(code == 0, stderr);
        var manifest = Json(Path.Combine(folder, "manifest.json"));
        var tables = Directory.GetFiles(folder, "*.csv", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        // particles, posterior, summary, predictive check, leave one out, the two SBC tables, the stages and each stage's population
        Assert.Equal(8 + manifest.GetProperty("stages").GetInt32(), tables.Count);
        foreach (var csv in tables)
        {
            var parquet = ParquetTwin.AssertEqualsCsv(csv, Path.ChangeExtension(csv, ".parquet"), column => column switch
            {
                "particle" or "record" or "stage" => "int64",
                "parameter" or "path" or "prior" or "target" or "description" or "competition" or "not_read_because" => "string",
                "read" or "moves_record" => "boolean",
                _ => "double",
            });
            Assert.Equal(manifest.GetProperty("scenarioSha256").GetString(), parquet.Metadata["regsim.scenario_sha256"]);
            Assert.Equal(manifest.GetProperty("seed").GetUInt64().ToString(CultureInfo.InvariantCulture), parquet.Metadata["regsim.seed"]);
            Assert.Equal("12", parquet.Metadata["regsim.particles"]);
            Assert.Equal(manifest.GetProperty("stages").GetInt32().ToString(CultureInfo.InvariantCulture), parquet.Metadata["regsim.stages"]);
        }
    }

    [Fact]
    public void Slurm_PassesTheFormatOnToTheShardsAndTheGatheringJob()
    {
        var sweep = Path.Combine(_temp, "slurm-sweep");
        var calibration = Path.Combine(_temp, "slurm-calibration");

        Assert.Equal(0, Regsim.Run("slurm", Experiment, "--shards", "3", "--out", sweep, "--format", "parquet").ExitCode);
        Assert.Equal(0, Regsim.Run("slurm", "calibrate", "scenarios/calibration.json", "--shards", "2", "--out", calibration, "--format", "both").ExitCode);

        Assert.Contains("--format parquet --shard \"$shard/3\"", File.ReadAllText(Path.Combine(sweep, "slurm", "sweep.sbatch")));
        Assert.Contains("--format both --shard", File.ReadAllText(Path.Combine(calibration, "slurm", "calibrate.sbatch")));
        Assert.Contains("--format both --out", File.ReadAllText(Path.Combine(calibration, "slurm", "gather.sbatch")));
    }

    // The sweep table's column types: point, seed and replications whole numbers (64-bit, as in every table), the regime
    // text, the rest doubles.
    private static string SweepType(string column) => column switch
    {
        "point" or "replications" or "seed" => "int64",
        "regime" => "string",
        _ => "double",
    };

    private static JsonElement Json(string path) => JsonDocument.Parse(File.ReadAllText(path)).RootElement.Clone();
}
