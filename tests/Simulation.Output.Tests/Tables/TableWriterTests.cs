using Simulation.Output.Parquet;
using Simulation.Output.Tables;

namespace Simulation.Output.Tests.Tables;

public class TableWriterTests
{
    private sealed record Row(string Name, int Small, long Large, long Seed, double Value, bool Flag);

    private static readonly TableSchema<Row> Schema = new TableSchema<Row>()
        .String("name", r => r.Name)
        .Int64("small", r => r.Small)
        .Int64("large", r => r.Large)
        .Int64("seed", r => r.Seed)
        .Double("value", r => r.Value)
        .Boolean("flag", r => r.Flag);

    private static readonly Row[] Rows =
    [
        new("plain", -3, 5_000_000_000, long.MaxValue, 0.1, true),
        new("with, comma", 0, 0, 0, double.NaN, false),
    ];

    private static readonly Dictionary<string, string> Provenance = new() { ["regsim.seed"] = "7" };

    [Fact]
    public void Both_WritesTheCsvInTheToolkitsDialect_AndAParquetTwinWithTheSameColumnsRowsAndTheProvenance()
    {
        using var folder = new TempFolder();

        var files = new TableWriter(OutputFormat.Both, Provenance).Write(folder.Path, "table", Schema, Rows);

        Assert.Equal(["table.csv", "table.parquet"], files);
        Assert.Equal("name,small,large,seed,value,flag\nplain,-3,5000000000,9223372036854775807,0.1,true\n\"with, comma\",0,0,0,,false\n",
            File.ReadAllText(folder.File("table.csv")));
        var footer = ParquetTable.ReadFooter(folder.File("table.parquet"));
        Assert.Equal(Schema.Names, footer.Columns);
        Assert.Equal(2, footer.Rows);
        Assert.Equal("7", footer.Metadata["regsim.seed"]);
        Assert.Empty(Directory.GetFiles(folder.Path, ".*")); // no temporary file left behind
    }

    [Fact]
    public void ParquetOnly_WritesNoCsv_AndCsvOnlyNoParquet()
    {
        using var folder = new TempFolder();

        Assert.Equal(["a.parquet"], new TableWriter(OutputFormat.Parquet, Provenance).Write(folder.Path, "a", Schema, Rows));
        Assert.Equal(["b.csv"], TableWriter.CsvOnly.Write(folder.Path, "b", Schema, Rows));
        Assert.Empty(TableWriter.CsvOnly.ParquetTwin(folder.Path, "c", Schema, Rows));

        Assert.Equal(["a.parquet", "b.csv"], Directory.GetFiles(folder.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void AnEmptyTable_StillNamesItsColumns()
    {
        using var folder = new TempFolder();

        new TableWriter(OutputFormat.Both, Provenance).Write(folder.Path, "empty", Schema, []);

        Assert.Equal("name,small,large,seed,value,flag\n", File.ReadAllText(folder.File("empty.csv")));
        var footer = ParquetTable.ReadFooter(folder.File("empty.parquet"));
        Assert.Equal(Schema.Names, footer.Columns);
        Assert.Equal(0, footer.Rows);
    }

    [Fact]
    public void AColumnNamedTwice_IsRefused() =>
        Assert.Throws<ArgumentException>(() => new TableSchema<Row>().Double("x", r => r.Value).Int64("x", r => r.Small));
}
