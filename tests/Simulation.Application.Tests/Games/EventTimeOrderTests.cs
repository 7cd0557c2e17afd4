using Simulation.Application.Games;
using Simulation.Application.Games.Journal;
using Simulation.Core.Bidding;
using Simulation.Experiments.Scenarios;
using Simulation.Experiments.Tests;

namespace Simulation.Application.Tests.Games;

/// <summary>A request reads the clock before it takes the game's lock, so under load two proposals may reach the game out of
/// their clocks' order; the game records a later event never earlier than the one before it, so that an export's times say
/// which of a team's proposals was the last, the one that decided.</summary>
public sealed class EventTimeOrderTests
{
    [Fact]
    public void AProposalThatTookEffectSecond_IsNotRecordedAsTheEarlier_InTheExport()
    {
        var loaded = ScenarioLoader.Load(Repository.Scenario("baseline.json"));
        var start = DateTimeOffset.UnixEpoch;
        var game = ClassroomGame.Start(new GameRecord("ORDER1", "teacher", "baseline", "{}", 3, 0, 10, new TeamRules(2, false), start), loaded.Model, null);
        var (ana, _) = game.Take("Ana", "incheon", start);
        var (bo, _) = game.Take("Bo", "incheon", start);
        Assert.Null(game.Advance(start));

        // Bo's request read the clock a second before Ana's but reached the game after it: Bo's "no bid" is the team's decision.
        var usual = GameView.Of(game, ana, start).Me!.Brief!.UsualEffortBillionWon;
        Assert.Null(game.Decide(ana!, new PlayerChoice(true, usual, false), start.AddSeconds(10)));
        Assert.Null(game.Decide(bo!, new PlayerChoice(false, 0, false), start.AddSeconds(9)));
        Assert.Null(game.Advance(start.AddSeconds(20)));

        var rows = GameExport.Csv(game).Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(r => r.Split(',')).ToList();
        var at = GameExport.Columns.ToList().IndexOf("proposed_at");
        var decided = GameExport.Columns.ToList().IndexOf("decided_bid");
        var anaRow = rows.Single(r => r.Contains("Ana"));
        var boRow = rows.Single(r => r.Contains("Bo"));
        Assert.Equal("false", boRow[decided]);
        Assert.Equal("1970-01-01 00:00:10.000", anaRow[at]); // UTC, to the millisecond, as a spreadsheet reads a time
        Assert.True(DateTimeOffset.Parse(boRow[at], System.Globalization.CultureInfo.InvariantCulture) >= DateTimeOffset.Parse(anaRow[at], System.Globalization.CultureInfo.InvariantCulture),
            $"Bo's proposal decided, so it must not read as the earlier: Ana {anaRow[at]}, Bo {boRow[at]}");
    }
}
