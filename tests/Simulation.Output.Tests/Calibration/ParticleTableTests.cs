using Simulation.Experiments.Calibration;
using Simulation.Output.Calibration;

namespace Simulation.Output.Tests.Calibration;

public class ParticleTableTests
{
    private static readonly ParticleTable Table = new(["a", "b"], ["p_x"]);

    [Fact]
    public void ExtremeValues_RoundTripBitForBit()
    {
        var particle = new Particle(12345, [double.Epsilon, -0.0], [double.MaxValue], double.NegativeInfinity);

        var parsed = Table.Parse(Table.Format(particle).TrimEnd('\n'))!;

        Assert.Equal(12345, parsed.Index);
        Assert.Equal(double.Epsilon, parsed.Parameters[0]);
        Assert.Equal(BitConverter.DoubleToInt64Bits(-0.0), BitConverter.DoubleToInt64Bits(parsed.Parameters[1]));
        Assert.Equal(double.MaxValue, parsed.Summaries[0]);
        Assert.Equal(double.NegativeInfinity, parsed.LogLikelihood);
        Assert.Equal(Table.Format(particle), Table.Format(parsed));
    }

    [Fact]
    public void NoValue_IsAnEmptyField_AsInTheOtherTables_AndReadsBackAsNaN()
    {
        var particle = new Particle(3, [0.5, 0.25], [double.NaN], double.NegativeInfinity);

        var line = Table.Format(particle);
        var parsed = Table.Parse(line.TrimEnd('\n'))!;

        Assert.Equal("3,0.5,0.25,,-Infinity\n", line);
        Assert.True(double.IsNaN(parsed.Summaries[0]));
        Assert.Equal(line, Table.Format(parsed));
    }

    [Fact]
    public void QuotedFields_ReadAsTheirValues()
    {
        var parsed = Table.Parse("\"7\",0.5,\"0.25\",1,\"-2.5\"")!;

        Assert.Equal(7, parsed.Index);
        Assert.Equal([0.5, 0.25], parsed.Parameters);
        Assert.Equal([1.0], parsed.Summaries);
        Assert.Equal(-2.5, parsed.LogLikelihood);
    }

    [Fact]
    public void ACarriageReturnBeforeTheLineEnd_IsNotPartOfTheLastValue()
    {
        Assert.Equal(-2.5, Table.Parse("7,0.5,0.25,1,-2.5\r")!.LogLikelihood);
    }

    [Theory]
    [InlineData("")]
    [InlineData("3,0.1,0.2")] // too few fields: a row cut off mid-write
    [InlineData("3,0.1,0.2,0.3,0.4,0.5")] // too many
    [InlineData("3,0.1,0.2,0.3,-1.5e")] // a number cut off mid-write
    [InlineData("3,0.1,x,0.3,0.4")]
    [InlineData("3,0.1,,0.3,0.4")] // an empty field is not a number here
    [InlineData("-3,0.1,0.2,0.3,0.4")] // the particle is a non-negative integer
    [InlineData("3.0,0.1,0.2,0.3,0.4")]
    [InlineData("3,\"0,1\",0.2,0.3,0.4")] // a quoted separator is one field, and not a number
    [InlineData("3,\"0.1\"x,0.2,0.3,0.4")] // text after a closing quote
    [InlineData("3,0.1,\"0.2,0.3,0.4")] // a quote never closed
    [InlineData("3,0.1,0.2,0.3,0.4\r4,0.1,0.2,0.3,0.4")] // two records
    public void ALineThatIsNotACompleteRow_IsNull(string line)
    {
        Assert.Null(Table.Parse(line));
    }
}
