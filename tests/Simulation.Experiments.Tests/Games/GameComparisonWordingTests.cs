using Simulation.Experiments.Games;

namespace Simulation.Experiments.Tests.Games;

/// <summary>The end-of-game sentences say a tie as a tie, "every" and "none" as words, and no project as none.</summary>
public class GameComparisonWordingTests
{
    private static string Sentence(PlayerComparison player) =>
        new GameComparison(1000, [player], 0.5, 0.5, 0.4, 0.6, []).Describe()[0];

    private static PlayerComparison Player(double classGain, double median, double mean, double beaten, double tied, int wins = 0) =>
        new("jeonbuk", "Jeonbuk", wins, classGain, 0, 0.0, 0.1, mean, -5.0, 20.0, beaten, NetGainMedian: median, ShareOfGamesTied: tied);

    [Fact]
    public void AClassThatEqualledMostOfTheModelsGames_IsSaidToHaveDoneAsWell_NotBetter_NorMoreThanItsTypicalGame()
    {
        // Never bid: a net gain of 0, as in 62 % of the model's games; 25 % of them lost something, 13 % gained.
        var text = Sentence(Player(0.0, 0.0, 1.2, beaten: 0.25 + 0.31, tied: 0.62));

        Assert.Contains("The class did better than 25 % of the model's games, the same as 62 % and worse than 13 %: 56 % beaten, a tie counting half", text);
        Assert.DoesNotContain("more than the model's typical game", text);
        Assert.Contains("the class won no project", text);
        Assert.Contains("the model would have won no project", text);
    }

    [Theory]
    [InlineData(0.0, "The class did worse than every one of the model's games")]
    [InlineData(1.0, "The class did better than every one of the model's games")]
    [InlineData(0.4, "The class did better than 40 % of the model's games")]
    public void NoTies_SayTheShareBeaten_EveryAndNoneInWords(double beaten, string said)
    {
        Assert.Contains(said, Sentence(Player(-3.0, 1.0, 2.0, beaten, tied: 0.0, wins: 1)));
    }
}
