using System.Globalization;
using Simulation.Experiments;
using Simulation.Output.Tables;

namespace Simulation.Output.Tests.Tables;

/// <summary>A run's two finished tables as CSV: fixed columns, exact doubles, NaN as an empty field, stable bytes.</summary>
public class RunTablesTests
{
    private static readonly WinProbability[] WinRows =
    [
        new("timeline", "maglev", "daegu", 7, 50, 0.14, 0.058207, 0.26744),
        new("roh", "maglev", "incheon", 0, 50, 0, 0, 0.1 + 0.2),
    ];

    private static readonly MetricSummary[] SummaryRows =
    [
        new("gini_resources_per_capita", "lee", 50, 0.31234567890123, 0.0123, 0.29, 0.31, 0.33),
        new("realisation_x_y", "roh", 1, 2.5, double.NaN, 2.5, 2.5, 2.5),
    ];

    [Fact]
    public void WinProbabilities_HeaderHasFixedColumns()
    {
        using var temp = new TempFolder();
        var path = temp.File("win_probabilities.csv");

        TableWriter.CsvOnly.Write(Path.GetDirectoryName(path)!, "win_probabilities", RunTables.WinProbabilities, WinRows);

        Assert.Equal("regime,project,region,wins,replications,probability,ci_low,ci_high", File.ReadLines(path).First());
        Assert.Equal(3, File.ReadAllLines(path).Length);
    }

    [Fact]
    public void WinProbabilities_RoundTripExactly()
    {
        using var temp = new TempFolder();
        var path = temp.File("win_probabilities.csv");

        TableWriter.CsvOnly.Write(Path.GetDirectoryName(path)!, "win_probabilities", RunTables.WinProbabilities, WinRows);

        Assert.Equal(WinRows, Rows(path).Select(f => new WinProbability(f[0], f[1], f[2], long.Parse(f[3], CultureInfo.InvariantCulture),
            long.Parse(f[4], CultureInfo.InvariantCulture), Number(f[5]), Number(f[6]), Number(f[7]))).ToArray());
    }

    [Fact]
    public void Summaries_HeaderHasFixedColumnsAndNaNIsEmpty()
    {
        using var temp = new TempFolder();
        var path = temp.File("summary.csv");

        TableWriter.CsvOnly.Write(Path.GetDirectoryName(path)!, "summary", RunTables.Summaries, SummaryRows);

        var lines = File.ReadAllLines(path);
        Assert.Equal("metric,regime,count,mean,sd,p05,p50,p95", lines[0]);
        Assert.Equal("realisation_x_y,roh,1,2.5,,2.5,2.5,2.5", lines[2]);
        Assert.Equal(SummaryRows, Rows(path).Select(f => new MetricSummary(f[0], f[1], long.Parse(f[2], CultureInfo.InvariantCulture),
            Number(f[3]), Number(f[4]), Number(f[5]), Number(f[6]), Number(f[7]))).ToArray());
    }

    [Fact]
    public void Files_AreByteIdenticalBetweenWritesAndUseLfWithoutBom()
    {
        using var temp = new TempFolder();

        Directory.CreateDirectory(temp.File("a"));
        Directory.CreateDirectory(temp.File("b"));
        TableWriter.CsvOnly.Write(temp.File("a"), "summary", RunTables.Summaries, SummaryRows);
        TableWriter.CsvOnly.Write(temp.File("b"), "summary", RunTables.Summaries, SummaryRows);

        var bytes = File.ReadAllBytes(Path.Combine(temp.File("a"), "summary.csv"));
        Assert.Equal(bytes, File.ReadAllBytes(Path.Combine(temp.File("b"), "summary.csv")));
        Assert.DoesNotContain((byte)'\r', bytes);
        Assert.Equal((byte)'m', bytes[0]);
    }

    [Fact]
    public void EmptyTable_StillHasHeader()
    {
        using var temp = new TempFolder();
        var path = temp.File("win_probabilities.csv");

        TableWriter.CsvOnly.Write(Path.GetDirectoryName(path)!, "win_probabilities", RunTables.WinProbabilities, Array.Empty<WinProbability>());

        Assert.Equal(["regime,project,region,wins,replications,probability,ci_low,ci_high"], File.ReadAllLines(path));
    }

    // The data lines' fields (no field here holds a comma or a quote).
    private static IEnumerable<string[]> Rows(string path) => File.ReadLines(path).Skip(1).Select(line => line.Split(','));

    private static double Number(string field) => field.Length == 0 ? double.NaN : double.Parse(field, CultureInfo.InvariantCulture);
}
