using Simulation.Core.Numerics;

namespace Simulation.Core.Tests.Numerics;

/// <summary>The batch exponentials and logarithms: accurate, exact at the edges, and independent of where a value sits.</summary>
public class BatchMathTests
{
    private static double[] Values(int count, double lowest, double highest, int seed)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, count).Select(_ => lowest + (random.NextDouble() * (highest - lowest))).ToArray();
    }

    private static double UnitsInLastPlace(double a, double b) =>
        a == b ? 0 : Math.Abs(a - b) / Math.Max(double.Epsilon, Math.BitIncrement(Math.Abs(b)) - Math.Abs(b));

    [Fact]
    public void Exp_AgreesWithTheScalarExponentialToAFewUnitsInTheLastPlace()
    {
        var x = Values(1001, -700, 700, 1);
        var y = new double[x.Length];

        BatchMath.Exp(x, y);

        Assert.All(Enumerable.Range(0, x.Length), i => Assert.True(UnitsInLastPlace(y[i], Math.Exp(x[i])) <= 4, $"exp({x[i]:R}): {y[i]:R} vs {Math.Exp(x[i]):R}"));
    }

    [Fact]
    public void Log_AgreesWithTheScalarLogarithmToAFewUnitsInTheLastPlace()
    {
        var x = Values(1001, 1e-12, 1e6, 2);
        var y = new double[x.Length];

        BatchMath.Log(x, y);

        Assert.All(Enumerable.Range(0, x.Length), i => Assert.True(UnitsInLastPlace(y[i], Math.Log(x[i])) <= 4, $"log({x[i]:R}): {y[i]:R} vs {Math.Log(x[i]):R}"));
    }

    [Theory]
    [InlineData(double.NegativeInfinity)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NaN)]
    [InlineData(-800.0)]
    [InlineData(-745.0)]
    [InlineData(709.5)]
    [InlineData(720.0)]
    public void Exp_OfAValueBeyondTheFastRange_IsTheScalarExponential_AndLeavesItsNeighboursAlone(double edge)
    {
        double[] x = [0.5, -1.5, edge, 2.0, -3.0, 7.0, -0.25, 1.0, edge, 3.5];
        var y = new double[x.Length];

        BatchMath.Exp(x, y);

        for (var i = 0; i < x.Length; i++)
        {
            Assert.Equal(BatchMath.Exp(x[i]), y[i]);
            if (x[i].Equals(edge))
            {
                Assert.Equal(Math.Exp(edge), y[i]);
            }
        }
    }

    [Fact]
    public void AValuesResult_DoesNotDependOnItsPositionOrOnTheBatchLength()
    {
        var x = Values(37, -30, 30, 3);
        var exps = new double[x.Length];
        var logs = new double[x.Length];
        BatchMath.Exp(x, exps);
        BatchMath.Log(x.Select(Math.Abs).ToArray(), logs);

        for (var length = 1; length <= x.Length; length += 5)
        {
            for (var start = 0; start + length <= x.Length; start += 7)
            {
                var part = new double[length];
                BatchMath.Exp(x.AsSpan(start, length), part);
                Assert.Equal(exps.AsSpan(start, length).ToArray(), part);
                BatchMath.Log(x.Skip(start).Take(length).Select(Math.Abs).ToArray(), part);
                Assert.Equal(logs.AsSpan(start, length).ToArray(), part);
            }
        }
        Assert.Equal(exps[5], BatchMath.Exp(x[5]));
        Assert.Equal(logs[5], BatchMath.Log(Math.Abs(x[5])));
    }

    [Fact]
    public void Exp_MayWriteOverItsInput()
    {
        var x = Values(20, -5, 5, 4);
        var expected = new double[x.Length];
        BatchMath.Exp(x, expected);

        BatchMath.Exp(x, x);

        Assert.Equal(expected, x);
    }
}
