using Simulation.Core.Projects;

namespace Simulation.Core.Tests.Projects;

public class NationalProjectTests
{
    private static NationalProject Project(int? everyYears = null, IReadOnlyList<int>? candidates = null) =>
        new("p", "Project", 2000, everyYears, 1, 100, 100, candidates ?? [], false, [1, 1, 1, 1], [], []);

    [Theory]
    [InlineData(2000, true)]
    [InlineData(2003, true)]
    [InlineData(2006, true)]
    [InlineData(2001, false)]
    [InlineData(2004, false)]
    [InlineData(1997, false)]
    public void ARepeatedProject_IsHeldInItsFirstYearAndEveryIntervalAfter(int year, bool held) =>
        Assert.Equal(held, Project(everyYears: 3).IsHeldIn(year));

    [Fact]
    public void AOneOffProject_IsHeldOnlyInItsYear()
    {
        Assert.True(Project().IsHeldIn(2000));
        Assert.False(Project().IsHeldIn(2003));
    }

    [Fact]
    public void WithoutNamedCandidates_EveryRegionMayBid()
    {
        var open = Project();

        Assert.Equal([0, 1, 2, 3], open.CandidatesAmong(4));
        Assert.True(open.Admits(3));
    }

    [Fact]
    public void NamedCandidates_AreTheOnlyRegionsThatMayBid()
    {
        var restricted = Project(candidates: [2, 0]);

        Assert.Equal([2, 0], restricted.CandidatesAmong(4));
        Assert.True(restricted.Admits(2));
        Assert.False(restricted.Admits(1));
    }

    [Fact]
    public void UnnamedCandidates_MayBidBesideTheNamedOnes()
    {
        var withPool = Project(candidates: [2, 0]) with { Unnamed = new UnnamedCandidates(1, [3]) };

        Assert.Equal([2, 0, 3], withPool.CandidatesAmong(4));
        Assert.Equal(3, withPool.CandidateCount(4));
        Assert.Equal(4, Project().CandidateCount(4));
        Assert.True(withPool.Admits(3));
        Assert.False(withPool.Admits(1));
    }
}
