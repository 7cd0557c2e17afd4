using System.Runtime.Intrinsics;
using Simulation.Core.Numerics;

namespace Simulation.Core.Tests.Numerics;

public class LaneMathTests
{
    private static readonly double[] Special =
    [
        0.0, -0.0, 1.0, -1.0, 1e-300, 5e-324, 2.2250738585072014E-308, 1e-310, 709.78, 709.79, -745.13, -745.14, -708.5, -740.0,
        710.0, -746.0, 1e308, double.MaxValue, double.PositiveInfinity, double.NegativeInfinity, double.NaN,
    ];

    [Fact]
    public void Exp_IsWithinOneUnitInTheLastPlaceOfMathExp()
    {
        var random = new Random(11);
        for (var i = 0; i < 200_000; i++)
        {
            var x = (i % 3) switch
            {
                0 => (random.NextDouble() - 0.5) * 1450,
                1 => (random.NextDouble() - 0.5) * 4,
                _ => (random.NextDouble() - 0.5) * 1e-9,
            };
            Assert.True(Ulps(LaneMath.Exp(x), Math.Exp(x)) <= 1, $"exp({x:R})");
        }
    }

    [Fact]
    public void Log_IsWithinTwoUnitsInTheLastPlaceOfMathLog()
    {
        var random = new Random(12);
        for (var i = 0; i < 200_000; i++)
        {
            var x = (i % 4) switch
            {
                0 => Math.Exp((random.NextDouble() - 0.5) * 1400),
                1 => 1 + ((random.NextDouble() - 0.5) * 0.01),
                2 => random.NextDouble() * 1e-310,
                _ => random.NextDouble() * 4,
            };
            Assert.True(Ulps(LaneMath.Log(x), Math.Log(x)) <= 2, $"log({x:R})");
        }
    }

    [Fact]
    public void AtTheEdges_ExpAndLogAgreeWithMath()
    {
        foreach (var x in Special)
        {
            Assert.Equal(Math.Exp(x), LaneMath.Exp(x), (a, b) => Ulps(a, b) <= 1);
            Assert.Equal(Math.Log(x), LaneMath.Log(x), (a, b) => Ulps(a, b) <= 2);
        }
    }

    [Fact]
    public void EveryLane_GivesTheBitsOfTheScalarFunction()
    {
        var random = new Random(13);
        var values = Special.Concat(Enumerable.Range(0, 4000).Select(i => i % 2 == 0 ? (random.NextDouble() - 0.5) * 1500 : Math.Exp((random.NextDouble() - 0.5) * 1400)))
            .ToArray();
        for (var i = 0; i + 4 <= values.Length; i++)
        {
            var lanes = Vector256.Create(values.AsSpan(i, 4));
            var (exp, log) = (LaneMath.Exp(lanes), LaneMath.Log(lanes));
            for (var k = 0; k < 4; k++)
            {
                Assert.Equal(BitConverter.DoubleToInt64Bits(LaneMath.Exp(values[i + k])), BitConverter.DoubleToInt64Bits(exp[k]));
                Assert.Equal(BitConverter.DoubleToInt64Bits(LaneMath.Log(values[i + k])), BitConverter.DoubleToInt64Bits(log[k]));
            }
        }
    }

    // Distance in representable doubles (0 for equal values, NaNs and equal infinities).
    private static long Ulps(double a, double b) =>
        a == b || (double.IsNaN(a) && double.IsNaN(b)) ? 0 : Math.Abs(BitConverter.DoubleToInt64Bits(a) - BitConverter.DoubleToInt64Bits(b));
}
