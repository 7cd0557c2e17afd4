using Simulation.Core.Programmes;

namespace Simulation.Core.Tests.Programmes;

public class NationalFundTests
{
    [Fact]
    public void FundPath_StartsAtItsInitialSizeAndGrowsAtItsRate()
    {
        var fund = new NationalFund(2004, 5.5, 0.085);

        Assert.Equal(0.0, fund.SizeBillionUsd(2003));
        Assert.Equal(5.5, fund.SizeBillionUsd(2004), 12);
        Assert.Equal(5.5 * Math.Pow(1.085, 4), fund.SizeBillionUsd(2008), 12);
    }
}
