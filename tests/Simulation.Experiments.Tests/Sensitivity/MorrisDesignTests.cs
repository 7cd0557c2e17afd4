using Simulation.Experiments.Sensitivity;

namespace Simulation.Experiments.Tests.Sensitivity;

public class MorrisDesignTests
{
    [Theory]
    [InlineData(4)]
    [InlineData(6)]
    public void EachStep_MovesOneFactorByDelta_AndEveryFactorOncePerTrajectory(int levels)
    {
        const int factors = 5;
        var design = MorrisDesign.Create(factors, 30, levels, seed: 11);
        Assert.Equal(30 * (factors + 1), design.Points.Count);
        Assert.Equal(levels / (2.0 * (levels - 1)), design.Delta, 15);
        for (var t = 0; t < design.Trajectories; t++)
        {
            var moved = new List<int>();
            for (var step = 0; step < factors; step++)
            {
                var before = design.Points[(t * (factors + 1)) + step];
                var after = design.Points[(t * (factors + 1)) + step + 1];
                var changed = Enumerable.Range(0, factors).Where(i => before[i] != after[i]).ToList();
                Assert.Single(changed);
                Assert.Equal(design.Delta, Math.Abs(after[changed[0]] - before[changed[0]]), 12);
                moved.Add(changed[0]);
            }
            Assert.Equal(Enumerable.Range(0, factors), moved.Order());
        }
    }

    [Fact]
    public void AllCoordinates_LieOnTheGridInTheUnitInterval()
    {
        const int levels = 4;
        var design = MorrisDesign.Create(3, 40, levels, seed: 5);
        foreach (var x in design.Points.SelectMany(p => p))
        {
            var level = x * (levels - 1);
            Assert.InRange(x, 0.0, 1.0);
            Assert.Equal(Math.Round(level), level, 12);
        }
    }

    [Fact]
    public void Trajectories_UseBothDirectionsAndEveryStartingLevel()
    {
        var design = MorrisDesign.Create(2, 200, 4, seed: 3);
        var starts = Enumerable.Range(0, design.Trajectories).Select(t => design.Points[t * 3][0]).Distinct().Order().ToList();
        Assert.Equal(new[] { 0.0, 1.0 / 3, 2.0 / 3, 1.0 }, starts);
    }

    [Fact]
    public void SameSeed_GivesTheSameDesign_AndAnotherSeedADifferentOne()
    {
        var first = MorrisDesign.Create(4, 10, 4, seed: 42);
        var again = MorrisDesign.Create(4, 10, 4, seed: 42);
        var other = MorrisDesign.Create(4, 10, 4, seed: 43);
        Assert.Equal(first.Points.SelectMany(p => p), again.Points.SelectMany(p => p));
        Assert.NotEqual(first.Points.SelectMany(p => p), other.Points.SelectMany(p => p));
    }

    [Theory]
    [InlineData(0, 10, 4)]
    [InlineData(3, 1, 4)]
    [InlineData(3, 10, 5)]
    [InlineData(3, 10, 0)]
    public void Create_RejectsInvalidArguments(int factors, int trajectories, int levels) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => MorrisDesign.Create(factors, trajectories, levels, seed: 1));
}
