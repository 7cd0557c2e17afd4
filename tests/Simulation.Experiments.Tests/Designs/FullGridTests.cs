using Simulation.Experiments.Designs;

namespace Simulation.Experiments.Tests.Designs;

public class FullGridTests
{
    [Fact]
    public void Grid_HasEveryCombination_LastFactorFastest()
    {
        var points = FullGrid.Generate([[0.0, 1.0], [10.0, 20.0, 30.0]]);

        Assert.Equal(6, points.Length);
        Assert.Equal([0.0, 10.0], points[0]);
        Assert.Equal([0.0, 20.0], points[1]);
        Assert.Equal([1.0, 30.0], points[5]);
        Assert.Equal(6, points.Select(p => (p[0], p[1])).Distinct().Count());
    }

    [Fact]
    public void EmptyAxis_IsAnError() =>
        Assert.Throws<ArgumentException>(() => FullGrid.Generate([[0.0, 1.0], []]));

    [Fact]
    public void EvenLevels_SpanTheRangeInclusive() =>
        Assert.Equal([0.0, 0.25, 0.5, 0.75, 1.0], FullGrid.EvenLevels(0, 1, 5));

    // (0.15 − 0) · 7 / 10 is 0.10500000000000001 in floating point: the level a user means, and selects by, is 0.105.
    [Fact]
    public void EvenLevels_AreTheDecimalsMeant_NotTheStepsRoundingNoise() =>
        Assert.Equal([0.0, 0.015, 0.03, 0.045, 0.06, 0.075, 0.09, 0.105, 0.12, 0.135, 0.15], FullGrid.EvenLevels(0, 0.15, 11));

    // A range through zero meets it at 0 exactly, and a narrow range at a large size keeps every level distinct.
    [Fact]
    public void EvenLevels_CrossZeroAtZero_AndStayDistinctAtLargeSizes()
    {
        Assert.Equal([-0.1, 0.0, 0.1, 0.2], FullGrid.EvenLevels(-0.1, 0.2, 4));
        Assert.Equal([-0.7, -0.6, -0.5, -0.4, -0.3, -0.2, -0.1, 0.0, 0.1, 0.2], FullGrid.EvenLevels(-0.7, 0.2, 10));
        var large = FullGrid.EvenLevels(1e12, 1e12 + 10, 11);
        Assert.Equal(Enumerable.Range(0, 11).Select(i => 1e12 + i), large);
    }

    [Theory]
    [InlineData(-0.5, 0.15, 2)]
    [InlineData(-0.5, 0.15, 7)]
    [InlineData(-5, 0.15, 2)]
    [InlineData(0.1, 0.3, 3)]
    public void EvenLevels_EndAtMaxExactly_AndNeverLeaveTheRange(double min, double max, int count)
    {
        var levels = FullGrid.EvenLevels(min, max, count);

        Assert.Equal(count, levels.Length);
        Assert.Equal(min, levels[0]);
        Assert.Equal(max, levels[^1]);
        Assert.All(levels, l => Assert.InRange(l, min, max));
    }
}
