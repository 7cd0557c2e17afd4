using Simulation.Experiments.Validation;

namespace Simulation.Experiments.Tests.Validation;

public class NaiveBaselineTests
{
    [Theory]
    [InlineData(4, 1, 1, 0.25)]
    [InlineData(9, 2, 1, 2.0 / 9)]
    [InlineData(9, 2, 2, 1.0 / 36)]
    [InlineData(14, 2, 2, 1.0 / 91)]
    [InlineData(5, 5, 3, 1.0)]
    [InlineData(6, 2, 3, 0.0)]
    [InlineData(6, 3, 0, 1.0)]
    public void ContainsAll_IsTheHypergeometricShare(int n, int k, int h, double expected)
    {
        Assert.Equal(expected, NaiveBaseline.ContainsAll(n, k, h), 12);
    }

    [Theory]
    [InlineData(7, 3, 2)]
    [InlineData(10, 4, 3)]
    [InlineData(6, 6, 4)]
    public void ContainsAll_AgreesWithEnumeratingEveryWinnerSet(int n, int k, int h)
    {
        // Every k-subset of n candidates equally likely; count those containing candidates 0 … h − 1.
        long all = 0, containing = 0;
        for (var mask = 0; mask < 1 << n; mask++)
        {
            if (System.Numerics.BitOperations.PopCount((uint)mask) != k)
            {
                continue;
            }
            all++;
            if ((mask & ((1 << h) - 1)) == (1 << h) - 1)
            {
                containing++;
            }
        }

        Assert.Equal((double)containing / all, NaiveBaseline.ContainsAll(n, k, h), 12);
    }
}
