using Simulation.Experiments.Statistics;

namespace Simulation.Experiments.Tests.Statistics;

public class CountAccumulatorTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(37)]
    [InlineData(5_000)]
    public void Counts_AreSummarisedAsTheGeneralAccumulatorDoes(int n)
    {
        var random = new Random(n);
        var counts = new CountAccumulator();
        var general = new MetricAccumulator();
        for (var i = 0; i < n; i++)
        {
            double value = random.Next(0, 3) == 0 ? 0 : random.Next(0, 41);
            counts.Add(value);
            general.Add(value);
        }
        counts.Add(double.NaN);

        var (a, b) = (counts.Summarise(), general.Summarise());

        Assert.Equal(b.Count, a.Count);
        Assert.Equal(b.Mean, a.Mean, 10);
        Assert.Equal(b.StandardDeviation, a.StandardDeviation, 8);
        Assert.Equal((b.P05, b.P50, b.P95), (a.P05, a.P50, a.P95));
        Assert.Equal(1, counts.Missing);
    }

    [Theory]
    [InlineData(-1.0)]
    [InlineData(2.5)]
    public void AValueThatIsNoCount_IsRefused(double value)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new CountAccumulator().Add(value));
    }

    [Fact]
    public void Nothing_GivesNoMean()
    {
        Assert.True(double.IsNaN(new CountAccumulator().Summarise().Mean));
    }
}
