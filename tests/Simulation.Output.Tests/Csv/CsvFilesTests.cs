using CsvHelper;
using Simulation.Experiments;
using Simulation.Output.Csv;

namespace Simulation.Output.Tests.Csv;

public class CsvFilesTests
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

        CsvFiles.WriteWinProbabilities(path, WinRows);

        Assert.Equal("regime,project,region,wins,replications,probability,ci_low,ci_high", File.ReadLines(path).First());
        Assert.Equal(3, File.ReadAllLines(path).Length);
    }

    [Fact]
    public void WinProbabilities_RoundTripExactly()
    {
        using var temp = new TempFolder();
        var path = temp.File("win_probabilities.csv");

        CsvFiles.WriteWinProbabilities(path, WinRows);

        using var reader = CsvReader.FromFile(path, null, FileOptions.None);
        Assert.Equal(WinRows, reader.GetRecords<WinProbability>().ToArray());
    }

    [Fact]
    public void Summaries_HeaderHasFixedColumnsAndNaNIsEmpty()
    {
        using var temp = new TempFolder();
        var path = temp.File("summary.csv");

        CsvFiles.WriteSummaries(path, SummaryRows);

        var lines = File.ReadAllLines(path);
        Assert.Equal("metric,regime,count,mean,sd,p05,p50,p95", lines[0]);
        Assert.Equal("realisation_x_y,roh,1,2.5,,2.5,2.5,2.5", lines[2]);
        using var reader = CsvReader.FromFile(path, null, FileOptions.None);
        Assert.Equal(SummaryRows, reader.GetRecords<MetricSummary>().ToArray());
    }

    [Fact]
    public void Files_AreByteIdenticalBetweenWritesAndUseLfWithoutBom()
    {
        using var temp = new TempFolder();

        CsvFiles.WriteSummaries(temp.File("a.csv"), SummaryRows);
        CsvFiles.WriteSummaries(temp.File("b.csv"), SummaryRows);

        var bytes = File.ReadAllBytes(temp.File("a.csv"));
        Assert.Equal(bytes, File.ReadAllBytes(temp.File("b.csv")));
        Assert.DoesNotContain((byte)'\r', bytes);
        Assert.Equal((byte)'m', bytes[0]);
    }

    [Fact]
    public void EmptyTable_StillHasHeader()
    {
        using var temp = new TempFolder();
        var path = temp.File("win_probabilities.csv");

        CsvFiles.WriteWinProbabilities(path, []);

        Assert.Equal(["regime,project,region,wins,replications,probability,ci_low,ci_high"], File.ReadAllLines(path));
    }
}
