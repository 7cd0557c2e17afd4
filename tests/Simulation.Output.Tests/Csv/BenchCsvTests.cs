using Simulation.Experiments.Benchmarks;
using Simulation.Output.Csv;

namespace Simulation.Output.Tests.Csv;

public sealed class BenchCsvTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void WhatIsWritten_IsReadBack_EveryFigureExactly()
    {
        BenchMeasurement[] rows =
        [
            BenchMeasurement.Of("replications_per_second", "replications/s, 1 thread", 20_000, 1, [13_527.023170911434, 12_384.4, 13_659.2], MeasurementUnit.ReplicationsPerSecond),
            BenchMeasurement.Of("parallel_efficiency", "parallel efficiency", 20_000, 2, [0.89976825521043, 0.85, 0.94], MeasurementUnit.Ratio),
            BenchMeasurement.Once("peak_working_set", "peak memory, 10^4 replications", 10_000, 2, 111.38671875, MeasurementUnit.Mebibytes),
        ];
        var file = _temp.File("bench.csv");
        BenchCsv.Write(file, rows);

        var read = BenchCsv.Read(file);

        Assert.Equal(rows.Select(r => r with { Label = r.Measure }), read);
    }

    [Theory]
    [InlineData("measure,value\nreplications_per_second,1\n", "first line should be")]
    [InlineData("measure,replications,threads,runs,value,min,max,unit\nreplications_per_second,20000,1,3,fast,1,2,replications/s\n", "line 2, column 'value': 'fast' is not a number")]
    [InlineData("measure,replications,threads,runs,value,min,max,unit\nreplications_per_second,20000,-1,3,1,1,2,replications/s\n", "column 'threads': '-1' is not a whole number")]
    [InlineData("measure,replications,threads,runs,value,min,max,unit\nreplications_per_second,20000,1,3,1,1,2,furlongs\n", "column 'unit': 'furlongs' is not a unit")]
    [InlineData("measure,replications,threads,runs,value,min,max,unit\nreplications_per_second,20000,1\n", "3 fields where a bench table has 8")]
    [InlineData("", "first line should be")]
    public void AFileThatIsNotABenchTable_IsRefused_NamingWhereAndWhat(string text, string expected)
    {
        var file = _temp.File("other.csv");
        File.WriteAllText(file, text);

        var e = Assert.Throws<InvalidDataException>(() => BenchCsv.Read(file));

        Assert.Contains(file, e.Message);
        Assert.Contains(expected, e.Message);
    }
}
