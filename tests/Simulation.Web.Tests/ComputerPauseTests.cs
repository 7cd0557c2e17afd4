using Simulation.Application.Games;
using Simulation.Application.Games.Journal;
using Simulation.Experiments.Scenarios;
using Simulation.Web.Games;

namespace Simulation.Web.Tests;

/// <summary>A check of the deadlines long overdue is a computer that slept: the open round gets that time back instead of
/// being judged the moment the computer wakes; an ordinary check moves nothing, and a deadline that passed is still met.</summary>
public sealed class ComputerPauseTests
{
    [Fact]
    public void ACheckLongOverdue_GivesTheOpenRoundTheTimeBack_AnOrdinaryOneDoesNot()
    {
        var registry = new GameRegistry(new ClassroomOptions([], ClassroomServerFixture.ScenariosFolder()).Games, TimeProvider.System);
        var deadlines = new RoundDeadlines(registry, TimeProvider.System);
        var scenario = ScenarioLoader.Load(Path.Combine(ClassroomServerFixture.ScenariosFolder(), "baseline.json"));
        var game = registry.TryStart(scenario, "baseline", 1, 0, TeamRules.Single)!;
        var start = DateTimeOffset.UtcNow;
        Assert.Null(game.Advance(start, TimeSpan.FromSeconds(60)));
        var deadline = game.Deadline!.Value;

        deadlines.Check(start.AddSeconds(1)); // on time
        Assert.Equal(deadline, game.Deadline);
        deadlines.Check(start.AddSeconds(31)); // the laptop slept for 30 s
        Assert.Equal(deadline.AddSeconds(30), game.Deadline);
        for (var t = 31.2; t < 89.9; t += 0.2)
        {
            deadlines.Check(start.AddSeconds(t)); // checks on time until just before the moved deadline: the round stays open
        }
        Assert.Equal(deadline.AddSeconds(30), game.Deadline);
        deadlines.Check(start.AddSeconds(90.1)); // past it: the round is judged
        Assert.Null(game.Deadline);
    }
}
