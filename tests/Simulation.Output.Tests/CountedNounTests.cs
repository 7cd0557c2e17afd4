namespace Simulation.Output.Tests;

public sealed class CountedNounTests
{
    [Theory]
    [InlineData(0, "0 points")]
    [InlineData(1, "1 point")]
    [InlineData(2, "2 points")]
    [InlineData(1000, "1000 points")]
    public void OneTakesTheSingular_EveryOtherCountThePlural(int count, string expected) =>
        Assert.Equal(expected, CountedNoun.Of(count, "point"));
}
