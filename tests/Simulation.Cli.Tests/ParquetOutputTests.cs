using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace Simulation.Cli.Tests;

/// <summary><c>regsim run --format</c>: the Parquet tables, read back by an independent reader (hyparquet, in Node.js), hold
/// exactly the CSV tables' columns and values, and the run's provenance in their metadata.</summary>
public sealed class ParquetOutputTests : IDisposable
{
    private static readonly string Reader = Path.Combine(Regsim.Root, "scripts", "parquet", "read.mjs");
    private readonly string _temp = Regsim.TempFolder();

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [SkippableFact]
    public void ParquetTables_ReadByAnotherImplementation_EqualTheCsvTables_ValueForValue()
    {
        Skip.IfNot(File.Exists("/usr/bin/node") && Directory.Exists(Path.Combine(Regsim.Root, "scripts", "parquet", "node_modules", "hyparquet")),
            "node or hyparquet is absent (.ci/run installs them: npm ci --prefix scripts/parquet)");
        var folder = Path.Combine(_temp, "both");
        Assert.Equal(0, Regsim.Run("run", "scenarios/smoke.json", "--format", "both", "--out", folder, "--quiet").ExitCode);
        var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "manifest.json"))).RootElement;

        foreach (var table in new[] { "win_probabilities", "summary", "outcomes" })
        {
            var parquet = Read(Path.Combine(folder, table + ".parquet"));
            var csv = File.ReadAllLines(Path.Combine(folder, table + ".csv"));

            Assert.Equal(csv[0].Split(','), parquet.GetProperty("columns").EnumerateArray().Select(c => c.GetString()));
            var rows = parquet.GetProperty("rows").EnumerateArray().ToList();
            Assert.Equal(csv.Length - 1, rows.Count);
            for (var i = 0; i < rows.Count; i++)
            {
                var expected = csv[i + 1].Split(',');
                var actual = rows[i].EnumerateArray().ToList();
                for (var c = 0; c < expected.Length; c++)
                {
                    if (actual[c].ValueKind == JsonValueKind.Number)
                    {
                        Assert.Equal(double.Parse(expected[c], CultureInfo.InvariantCulture), actual[c].GetDouble());
                    }
                    else if (actual[c].GetString() == "NaN")
                    {
                        Assert.Equal("", expected[c]); // a missing value: NaN in Parquet, an empty field in CSV
                    }
                    else
                    {
                        Assert.Equal(expected[c], actual[c].GetString());
                    }
                }
            }
            var metadata = parquet.GetProperty("metadata");
            Assert.Equal(manifest.GetProperty("seed").GetUInt64().ToString(CultureInfo.InvariantCulture), metadata.GetProperty("regsim.seed").GetString());
            Assert.Equal(manifest.GetProperty("scenarioSha256").GetString(), metadata.GetProperty("regsim.scenario_sha256").GetString());
        }
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

    private static JsonElement Read(string path)
    {
        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Reader);
        start.ArgumentList.Add(path);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(1)), "the reader did not finish");
        Assert.True(process.ExitCode == 0, error.Result);
        return JsonDocument.Parse(output.Result).RootElement.Clone();
    }
}
