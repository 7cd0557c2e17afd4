using Simulation.Experiments.Sweeps;
using Simulation.Output.Sweeps;

namespace Simulation.Output.Tests.Sweeps;

public class SweepTableTests
{
    private static readonly SweepColumns Columns = new(["a"], ["gini"], ["win_p_r0"]);

    private static readonly string Header = SweepTable.Header(Columns) + "\n";

    [Fact]
    public void AFile_RoundTripsBitForBit()
    {
        using var folder = new TempFolder();
        var rows = new List<SweepRow>
        {
            new(0, "roh", [0.1 + 0.2], long.MaxValue, int.MaxValue, [double.Epsilon], [-0.0], [double.MaxValue], [1.0 / 3]),
            new(1, "lee", [-1e-300], 7, 1, [double.NaN], [double.NegativeInfinity], [double.PositiveInfinity], [0.0]),
        };
        var path = folder.File(SweepFile.Name);
        File.WriteAllText(path, Header + SweepTable.Format(rows));

        var parsed = SweepTable.Read(path, Columns);

        Assert.Equal(SweepTable.Format(rows), SweepTable.Format(parsed));
        Assert.Equal((ulong)long.MaxValue, parsed[0].Seed);
        Assert.True(double.IsNegative(parsed[0].CiLows[0]));
        Assert.True(double.IsNaN(parsed[1].Means[0]));
        Assert.Equal(double.NegativeInfinity, parsed[1].CiLows[0]);
    }

    [Fact]
    public void QuotedFields_ReadAsTheirValues_AndEmptyLinesAreSkipped()
    {
        var text = Header + "\n0,\"roh, lee\",\"0.5\",7,100,0.25,\"\",0.3,1\n\n";

        var row = Assert.Single(SweepTable.Parse(new StringReader(text), Columns, "sweep.csv"));

        Assert.Equal("roh, lee", row.Regime);
        Assert.Equal([0.5], row.FactorValues);
        Assert.True(double.IsNaN(row.CiLows[0]));
        Assert.Equal([1.0], row.WinProbabilities);
    }

    [Fact]
    public void AFieldThatIsNotANumber_NamesTheFileLineColumnAndValue()
    {
        using var folder = new TempFolder();
        var path = folder.File(SweepFile.Name);
        File.WriteAllText(path, Header + "0,roh,0.5,7,100,0.25,0.2,0.3,1\n1,roh,0.5,7,100,abc,0.2,0.3,1\n");

        var e = Assert.Throws<InvalidDataException>(() => SweepTable.Read(path, Columns));

        Assert.Equal($"'{path}' line 3, column 'gini_mean': 'abc' is not a number.", e.Message);
    }

    [Theory]
    [InlineData("0,roh,0.5,-7,100,0.25,0.2,0.3,1", "line 2, column 'seed': '-7' is not a whole number from 0 to 2^63 − 1.")]
    [InlineData("0,roh,0.5,9223372036854775808,100,0.25,0.2,0.3,1", "line 2, column 'seed': '9223372036854775808' is not a whole number from 0 to 2^63 − 1.")]
    [InlineData("x,roh,0.5,7,100,0.25,0.2,0.3,1", "line 2, column 'point': 'x' is not an integer.")]
    [InlineData("0,roh,0.5,7,1.5,0.25,0.2,0.3,1", "line 2, column 'replications': '1.5' is not an integer.")]
    [InlineData("0,roh,0.5,7,100,0.25,0.2,0.3", "line 2: 8 fields where the table has 9 columns.")] // a row cut off
    [InlineData("0,roh,0.5,7,100,0.25,0.2,0.3,1,1", "line 2: 10 fields where the table has 9 columns.")]
    public void AMalformedRow_NamesTheLineAndWhatIsWrong(string line, string problem)
    {
        var e = Assert.Throws<InvalidDataException>(() => SweepTable.Parse(new StringReader(Header + line + "\n"), Columns, "sweep.csv"));

        Assert.Equal($"'sweep.csv' {problem}", e.Message);
    }

    [Theory]
    [InlineData("0,ro\"h,0.5,7,100,0.25,0.2,0.3,1")]
    [InlineData("0,\"roh\"x,0.5,7,100,0.25,0.2,0.3,1")]
    [InlineData("0,\"roh,0.5,7,100,0.25,0.2,0.3,1")]
    public void MalformedQuoting_IsAnErrorNamingTheFileAndLine(string line)
    {
        var e = Assert.Throws<InvalidDataException>(() => SweepTable.Parse(new StringReader(Header + line + "\n"), Columns, "sweep.csv"));

        Assert.StartsWith("'sweep.csv' is not a sweep table: ", e.Message);
        Assert.Contains("line 2", e.Message);
    }
}
