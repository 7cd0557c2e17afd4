using Simulation.Application.Games;
using Simulation.Web.Games;

namespace Simulation.Web.Tests;

public sealed class GameRefusalAnswerTests
{
    [Fact]
    public void EveryKindOfRefusal_IsAnsweredWithItsOwnStatus_AndKeepsItsFieldAndWords()
    {
        // A kind added to the game's rules without an answer here would reach a student as a server error.
        var statuses = Enum.GetValues<GameRefusalKind>()
            .Select(kind => RequestProblem.From(new GameRefusal(kind, "round", "closed")))
            .ToList();

        Assert.Equal([400, 404, 409, 403], statuses.Select(p => p.Status));
        Assert.All(statuses, p => Assert.Equal("closed", p.Detail));
        Assert.All(statuses.SkipLast(1), p => Assert.Equal("round", p.Field));
    }

    [Fact]
    public void ASeatTheGameDoesNotHold_NamesTheHeaderThatCarriedItsToken()
    {
        var answer = RequestProblem.From(GameRefusal.NotASeat("ABCD1234"));

        Assert.Equal(403, answer.Status);
        Assert.Equal(GameEndpoints.SeatHeader, answer.Field);
        Assert.Contains("is not a seat of game ABCD1234", answer.Detail);
    }
}
