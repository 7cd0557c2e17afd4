namespace Simulation.Cli.Tests;

/// <summary>
/// One rule for whole numbers in every Parquet file regsim writes, read back by the independent reader (hyparquet): a
/// count (a count metric of a run's outcomes too), an index or a seed is a signed 64-bit integer (INT64, logical type
/// INTEGER(64, signed)), so a column such as <c>replications</c> or
/// <c>seed</c> has one type whichever file it is read from, and tables from several commands join without a cast.
/// </summary>
public sealed class ParquetColumnTypeTests : IDisposable
{
    private readonly string _temp = Regsim.TempFolder();

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [SkippableFact]
    public void EveryWholeNumberColumn_OfEveryParquetFile_IsASigned64BitInteger_AndAColumnHasOneTypeAcrossFiles()
    {
        Skip.IfNot(ParquetTwin.ReaderAvailable, ParquetTwin.Absent);
        string[][] commands =
        [
            ["run", "scenarios/smoke.json", "-n", "20"],
            ["sweep", "scenarios/experiments/smoke-sweep.json"],
            ["compare", "scenarios/roh-only.json", "scenarios/lee-only.json", "-n", "20"],
            ["sensitivity", "scenarios/experiments/smoke-sweep.json", "--trajectories", "2", "--bootstrap", "0", "--output", "rent_dissipation"],
            ["calibrate", "scenarios/calibration.json", "--particles", "8", "-n", "4", "--moves", "1", "--predictive-replications", "10",
                "--sbc-records", "2", "--sbc-particles", "4"],
        ];
        foreach (var command in commands)
        {
            var (code, _, stderr) = Regsim.Run([.. command, "--format", "parquet", "--quiet", "--out", Path.Combine(_temp, command[0])]);
            Assert.True(code == 0, $"{command[0]}: {stderr}");
        }

        var columns = Directory.GetFiles(_temp, "*.parquet", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .SelectMany(file => Columns(Path.GetRelativePath(_temp, file), ParquetTwin.Read(file))).ToList();

        var tables = columns.Select(c => c.File).Distinct().ToList();
        Assert.Superset(new HashSet<string>(["run/win_probabilities.parquet", "run/summary.parquet", "run/outcomes.parquet", "sweep/sweep.parquet/part-00000-of-00001.parquet",
            "compare/comparison.parquet", "sensitivity/sensitivity.parquet", "calibrate/particles.parquet", "calibrate/sbc.parquet"]), tables.ToHashSet());
        var wholeNumbers = columns.Where(c => IsInteger(c.Type)).ToList();
        // Every kind of whole number the tables hold: counts (of replications, and a count metric's values), indices and seeds.
        Assert.Superset(new HashSet<string>(["wins", "replications", "count", "replication", "pairs", "point", "seed", "particle", "stage", "record", "joint_bids"]),
            wholeNumbers.Select(c => c.Column).ToHashSet());
        var other = wholeNumbers.Where(c => c.Type != "int64").Select(c => $"{c.File}: {c.Column} is {c.Type}").ToList();
        Assert.True(other.Count == 0, "whole-number columns that are not int64:\n" + string.Join("\n", other));
        var mixed = columns.GroupBy(c => c.Column).Where(g => g.Select(c => c.Type).Distinct().Count() > 1)
            .Select(g => $"{g.Key}: {string.Join(", ", g.Select(c => $"{c.Type} in {c.File}"))}").ToList();
        Assert.True(mixed.Count == 0, "columns whose type differs between files:\n" + string.Join("\n", mixed));
        Assert.True(wholeNumbers.Count(c => c.Column == "replications") >= 2, "replications is in the run's and the sweep's tables");
    }

    private static IEnumerable<(string File, string Column, string Type)> Columns(string file, ParquetContent content) =>
        content.Columns.Zip(content.Types, (column, type) => (file, column, type));

    // int32, int64 and uint64 as the reader names them, or any other annotation of an INT32 or INT64 column.
    private static bool IsInteger(string type) => type is "int32" or "int64" or "uint64" || type.StartsWith("INT", StringComparison.Ordinal);
}
