using Simulation.Application.Games;

namespace Simulation.Application.Tests.Games;

/// <summary>An effort is judged as the page shows amounts, ₩ billion to one decimal: one that reads as an end of the range the
/// page shows is taken as that end (never more than the budget), one that reads as outside is refused in the page's words.</summary>
public sealed class EffortRangeTests
{
    private static readonly EffortRange Wide = new(2.13, 183.497); // the page: "₩2.1 bn to ₩183.5 bn"

    [Theory]
    [InlineData(183.5, 183.497)] // the most as the page shows it
    [InlineData(183.549, 183.497)] // still reads "₩183.5 bn"
    [InlineData(183.497, 183.497)]
    [InlineData(100.0, 100.0)]
    [InlineData(2.13, 2.13)]
    [InlineData(2.1, 2.13)] // the least as the page shows it
    [InlineData(2.05, 2.13)] // reads "₩2.1 bn" on the page too, though the double lies a hair below 2.05
    [InlineData(183.46, 183.497)] // below the most, but reads as the most the page shows: the student means all of it
    [InlineData(2.14, 2.13)] // above the least, but reads as it
    public void AnEffortThatReadsWithinTheShownRange_IsTaken_AsTheNearestEffortTheRegionCanSpend(double typed, double counted)
    {
        Assert.Equal(counted, Wide.Take(typed));
    }

    [Theory]
    [InlineData(183.55)] // reads "₩183.6 bn"
    [InlineData(183.6)]
    [InlineData(2.04)]
    [InlineData(2.0)]
    [InlineData(0.0)]
    [InlineData(-1.0)]
    [InlineData(1e9)]
    [InlineData(double.NaN)]
    public void AnEffortThatReadsOutsideTheShownRange_IsRefused_InThePagesUnits(double typed)
    {
        Assert.Null(Wide.Take(typed));
        Assert.Equal("must be between ₩2.1 bn and ₩183.5 bn this round", Wide.Refusal);
        Assert.False(Wide.Single);
    }

    [Fact]
    public void ARangeThePageShowsAsOneAmount_IsRefusedAsOne_AndTakesThatAmount()
    {
        var narrow = new EffortRange(2.13, 2.14); // both read "₩2.1 bn"

        Assert.True(narrow.Single);
        Assert.Equal("must be ₩2.1 bn this round: what is left of this year's budget covers no more than the smallest bid", narrow.Refusal);
        Assert.Equal(2.13, narrow.Take(2.1));
        Assert.Null(narrow.Take(2.2));
        Assert.False(new EffortRange(2.13, 2.16).Single); // "₩2.1 bn" to "₩2.2 bn"
    }

    [Fact]
    public void TheMostAsThePageShowsIt_SpendsTheMostTheRegionCan_NotTheRoundedFigure()
    {
        var gwangju = new EffortRange(2.0, 90.6102); // the page: "₩2.0 bn to ₩90.6 bn"

        Assert.Equal(90.6102, gwangju.Take(90.6));
        Assert.Equal(90.5, gwangju.Take(90.5)); // strictly within: itself
    }

    [Fact]
    public void ThousandsAreGrouped_AsThePageGroupsThem() =>
        Assert.Equal("must be between ₩1,234.6 bn and ₩2,000.0 bn this round", new EffortRange(1234.56, 2000).Refusal);
}
