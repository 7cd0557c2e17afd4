using Simulation.Core.Bidding;
using Simulation.Core.Tests.Agents;

namespace Simulation.Core.Tests.Bidding;

/// <summary>The set of played regions and how their choices combine for a bid.</summary>
public class PlayerChoiceTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(64)]
    public void APlayedSet_IsForOneTo64Regions(int regions) => Assert.Equal(0UL, new PlayedRegions(regions).Members);

    [Theory]
    [InlineData(0)]
    [InlineData(65)]
    public void APlayedSetForNoneOrMoreThan64Regions_IsRefused(int regions) =>
        Assert.Contains("between 1 and 64", Assert.Throws<ArgumentOutOfRangeException>(() => new PlayedRegions(regions)).Message, StringComparison.Ordinal);

    [Fact]
    public void SettingARegionTwice_KeepsItPlayed_WithTheLatestChoice()
    {
        var players = new PlayedRegions(3);
        players.Set(1, new PlayerChoice(true, 5, false));
        players.Set(1, new PlayerChoice(false, 7, true));

        Assert.Equal(0b010UL, players.Members);
        Assert.Equal(new PlayerChoice(false, 7, true), players.Choice(1));
        players.Release(1);
        Assert.False(players.Includes(0b010));
    }

    [Fact]
    public void AJointBidsEffort_IsThePlayersScaledUpByThePopulationOfTheAgentsJoiningIn()
    {
        // Region 0 (1,000 thousand people) plays ₩6 billion; its agent partner has 3,000: 6 · 4,000 / 1,000 = 24.
        var governments = new[] { RegionalGovernmentTests.Government(), RegionalGovernmentTests.Government() };
        governments[1] = new(1, governments[1].Region, 3000, 30_000);
        var players = new PlayedRegions(2);
        players.Set(0, new PlayerChoice(true, 6, true));

        Assert.Equal(24.0, players.Effort(0b11, governments), 12);
        Assert.Equal(6.0, players.Effort(0b01, governments), 12);
        Assert.Equal(0.0, players.Effort(0b10, governments));
    }

    [Fact]
    public void ABidEntersOrTeamsUp_UnlessOneOfItsOwnPlayedMembersDeclines()
    {
        var players = new PlayedRegions(3);
        players.Set(0, new PlayerChoice(Bid: false, 1, TeamUp: false));
        players.Set(1, new PlayerChoice(Bid: true, 1, TeamUp: true));

        Assert.False(players.Enters(0b001));
        Assert.True(players.Enters(0b010));
        Assert.True(players.Enters(0b100)); // nobody plays region 2: region 0's refusal is not its
        Assert.False(players.Enters(0b011));
        Assert.True(players.TeamsUp(0b110));
        Assert.False(players.TeamsUp(0b011));
    }
}
