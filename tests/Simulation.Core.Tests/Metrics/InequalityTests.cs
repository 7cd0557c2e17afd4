using Simulation.Core.Metrics;

namespace Simulation.Core.Tests.Metrics;

public class InequalityTests
{
    [Fact]
    public void Gini_OfEqualValues_IsZero() => Assert.Equal(0.0, Inequality.Gini([3.0, 3.0, 3.0, 3.0]), 12);

    [Fact]
    public void Gini_WhenOneHoldsEverything_IsOneMinusOneOverN() => Assert.Equal(0.75, Inequality.Gini([0.0, 0.0, 0.0, 8.0]), 12);

    [Fact]
    public void Gini_MatchesTheMeanAbsoluteDifferenceFormula()
    {
        // values 1, 2, 3: Σ|xi−xj| over ordered pairs = 8; G = 8 / (2·9·2) = 2/9
        Assert.Equal(2.0 / 9.0, Inequality.Gini([1.0, 2.0, 3.0]), 12);
    }

    [Fact]
    public void Theil_WhenResourcesFollowPopulation_IsZero() => Assert.Equal(0.0, Inequality.Theil([10.0, 30.0], [1.0, 3.0]), 12);

    [Fact]
    public void Theil_MatchesTheShareFormula()
    {
        // s = (0.5, 0.5), p = (0.25, 0.75): T = 0.5 ln 2 + 0.5 ln(2/3)
        var expected = (0.5 * Math.Log(2.0)) + (0.5 * Math.Log(2.0 / 3.0));
        Assert.Equal(expected, Inequality.Theil([5.0, 5.0], [1.0, 3.0]), 12);
    }

    [Fact]
    public void Gini_OfNothingAnywhere_IsZero() => Assert.Equal(0.0, Inequality.Gini([0.0, 0.0, 0.0]));

    [Fact]
    public void Theil_CountsARegionWithNothingAsContributingNothing()
    {
        // s = (0, 1), p = (0.5, 0.5): T = 1 · ln(1 / 0.5) = ln 2.
        Assert.Equal(Math.Log(2.0), Inequality.Theil([0.0, 10.0], [1.0, 1.0]), 12);
    }
}
