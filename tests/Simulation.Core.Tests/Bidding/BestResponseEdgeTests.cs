using Simulation.Core.Bidding;

namespace Simulation.Core.Tests.Bidding;

/// <summary>The edges of the best-response solver: no rival, effort that does not count, a floor above the cap, huge
/// prizes, and the log-sum-exp it adds rival strengths with.</summary>
public class BestResponseEdgeTests
{
    [Fact]
    public void LogSumExp_AddsStrengthsOnTheLogScale_WithoutOverflow()
    {
        Assert.Equal(Math.Log(5.0), BestResponse.LogSumExp(Math.Log(2.0), Math.Log(3.0)), 14);
        Assert.Equal(1000 + Math.Log(2.0), BestResponse.LogSumExp(1000, 1000), 12);
        Assert.Equal(800.0, BestResponse.LogSumExp(800, 0), 12); // e^800 alone would overflow
        Assert.Equal(800.0, BestResponse.LogSumExp(0, 800), 12);
        Assert.Equal(2.0, BestResponse.LogSumExp(double.NegativeInfinity, 2.0));
        Assert.Equal(3.0, BestResponse.LogSumExp(3.0, double.NegativeInfinity));
        Assert.Equal(double.NegativeInfinity, BestResponse.LogSumExp(double.NegativeInfinity, double.NegativeInfinity));
    }

    [Fact]
    public void Payoff_WithoutRivals_IsThePrizeLessTheEffort() =>
        Assert.Equal(98.0, BestResponse.Payoff(100, 1, 0, double.NegativeInfinity, 2));

    [Fact]
    public void Payoff_WhenEffortDoesNotCount_IsTheMeritShareOfThePrize_EvenAtZeroEffort()
    {
        // ln q = c = 0 against ln Y = 0: an even chance of ₩100 billion, for nothing.
        Assert.Equal(50.0, BestResponse.Payoff(100, 0, 0, 0, 0), 12);
        Assert.Equal(100 * Logit.Probability(1.0) - 3, BestResponse.Payoff(100, 0, 1, 0, 3), 12);
    }

    [Fact]
    public void Effort_IsNeverBelowABillionthOfThePrize()
    {
        var effort = BestResponse.Solve(1e6, 1, 0, double.NegativeInfinity, 0.0, 1e9, out var payoff);

        Assert.Equal(1e-3, effort, 15);
        Assert.Equal(1e6 - 1e-3, payoff, 6);
    }

    [Theory]
    [InlineData(1.0)] // a contest whose best response would be interior
    [InlineData(0.0)] // effort does not count
    public void ACapBelowTheFloor_GivesTheFloor(double exponent)
    {
        Assert.Equal(5.0, BestResponse.Effort(100, exponent, 0, Math.Log(25), 5.0, 2.0));
    }
}
