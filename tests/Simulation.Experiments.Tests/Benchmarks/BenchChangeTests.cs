using Simulation.Experiments.Benchmarks;

namespace Simulation.Experiments.Tests.Benchmarks;

public class BenchChangeTests
{
    private static BenchMeasurement Rate(int threads, params double[] runs) =>
        BenchMeasurement.Of("replications_per_second", $"{threads} threads", 20_000, threads, runs, MeasurementUnit.ReplicationsPerSecond);

    [Fact]
    public void EachFigure_IsPairedWithTheEarlierOneOfItsMeasureReplicationsAndThreads()
    {
        BenchMeasurement[] now = [Rate(1, 10, 12, 11), Rate(2, 20, 24, 22), BenchMeasurement.Once("wall_time", "10^6", 1_000_000, 2, 38, MeasurementUnit.Seconds)];
        BenchMeasurement[] before = [Rate(2, 10, 11, 12), Rate(1, 11, 13, 12), BenchMeasurement.Once("wall_time", "10^5", 100_000, 2, 4, MeasurementUnit.Seconds)];

        var changes = BenchChange.Of(now, before);

        Assert.Equal(11.0 / 12.0, changes[0].Ratio, 12);
        Assert.True(changes[0].RangesOverlap);
        Assert.Equal(2.0, changes[1].Ratio, 12);
        Assert.False(changes[1].RangesOverlap);
        Assert.Null(changes[2].Before); // the earlier benchmark probed another size
        Assert.True(double.IsNaN(changes[2].Ratio));
        Assert.Null(changes[2].RangesOverlap);
    }

    [Fact]
    public void AFigureOfOneRun_HasNoRangeToCompare()
    {
        var once = BenchMeasurement.Once("wall_time", "10^5", 100_000, 2, 4.3, MeasurementUnit.Seconds);

        var change = BenchChange.Of([once], [once with { Value = 5.0, Low = 5.0, High = 5.0 }])[0];

        Assert.Equal(4.3 / 5.0, change.Ratio, 12);
        Assert.Null(change.RangesOverlap);
    }

    [Fact]
    public void RangesThatTouch_Overlap()
    {
        var change = BenchChange.Of([Rate(1, 12, 14)], [Rate(1, 10, 12)])[0];

        Assert.True(change.RangesOverlap);
    }
}
