using Simulation.Experiments.Statistics;

namespace Simulation.Experiments.Tests.Statistics;

public class BinomialIntervalTests
{
    [Fact]
    public void ClopperPearson_MatchesPublishedValues()
    {
        // 7 of 20: exact 95 % interval (0.1539, 0.5922).
        var (low, high) = BinomialInterval.ClopperPearson(7, 20);
        Assert.Equal(0.1539, low, 4);
        Assert.Equal(0.5922, high, 4);
    }

    [Fact]
    public void ClopperPearson_BehavesAtZeroAndOne()
    {
        var (zeroLow, zeroHigh) = BinomialInterval.ClopperPearson(0, 50);
        Assert.Equal(0.0, zeroLow);
        Assert.Equal(1 - Math.Pow(0.025, 1.0 / 50), zeroHigh, 10);
        var (low, high) = BinomialInterval.ClopperPearson(50, 50);
        Assert.Equal(Math.Pow(0.025, 1.0 / 50), low, 10);
        Assert.Equal(1.0, high);
    }

    [Fact]
    public void Wilson_MatchesTheFormula()
    {
        // 7 of 20, z = 1.959964: (0.1812, 0.5671).
        var (low, high) = BinomialInterval.Wilson(7, 20);
        Assert.Equal(0.1812, low, 4);
        Assert.Equal(0.5671, high, 4);
    }
}
