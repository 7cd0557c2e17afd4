using Simulation.Core.Metrics;

namespace Simulation.Core.Tests.Metrics;

public class ConcentrationTests
{
    private static readonly bool[] All = [true, true, true, true, true];

    [Fact]
    public void Herfindahl_IsOneOverN_WhenEven_AndOne_WhenAllInOne()
    {
        Assert.Equal(0.2, Concentration.Herfindahl([3, 3, 3, 3, 3], All), 12);
        Assert.Equal(1.0, Concentration.Herfindahl([0, 0, 7, 0, 0], All), 12);
    }

    [Fact]
    public void Herfindahl_CountsOnlyTheIncludedEntries()
    {
        // Shares among the included 1, 1, 2: 0.25² + 0.25² + 0.5² = 0.375; the excluded 100 plays no part.
        Assert.Equal(0.375, Concentration.Herfindahl([100, 1, 1, 2, 0], [false, true, true, true, false]), 12);
        Assert.Equal(0.0, Concentration.Herfindahl([5, 0, 0], [false, true, true]));
    }

    [Fact]
    public void TopThreeShare_TakesTheThreeLargestIncluded_InAnyOrder()
    {
        Assert.Equal(0.9, Concentration.TopThreeShare([1, 4, 0, 2, 3], All), 12);     // (4 + 3 + 2) / 10
        Assert.Equal(0.9, Concentration.TopThreeShare([4, 3, 2, 1, 0], All), 12);
        Assert.Equal(0.9, Concentration.TopThreeShare([0, 1, 2, 3, 4], All), 12);
        Assert.Equal(0.8, Concentration.TopThreeShare([3, 3, 1, 1, 2], All), 12);     // ties: (3 + 3 + 2) / 10
        Assert.Equal(1.0, Concentration.TopThreeShare([9, 2, 1, 50, 60], [true, true, true, false, false]), 12);
        Assert.Equal(0.0, Concentration.TopThreeShare([0, 0, 0, 0, 0], All));
    }

    [Fact]
    public void StandardDeviation_IsThePopulationOne()
    {
        Assert.Equal(2.0, Concentration.StandardDeviation([2, 4, 4, 4, 5, 5, 7, 9]), 12);
        Assert.Equal(0.0, Concentration.StandardDeviation([1.5, 1.5]), 12);
    }
}
