using Simulation.Application.Games;
using Simulation.Application.Games.Journal;
using Simulation.Experiments.Scenarios;
using Simulation.Experiments.Tests;

namespace Simulation.Application.Tests.Games;

/// <summary>The game's own refusals of a seat, without a server: what a student typed is read by the game's rules, and each
/// refusal names the field to change in words a student can act on.</summary>
public sealed class SeatRefusalTests
{
    private static ClassroomGame NewGame()
    {
        var loaded = ScenarioLoader.Load(Repository.Scenario("baseline.json"));
        return ClassroomGame.Start(new GameRecord("SEATS1", "teacher", "baseline", "{}", 3, 0, 10, TeamRules.Single, DateTimeOffset.UnixEpoch), loaded.Model, null);
    }

    [Theory]
    [InlineData(null, "is required")]
    [InlineData("   ", "is required")]
    [InlineData("Kim, Minji", "may not contain a comma")]
    [InlineData("12345678901234567890123456789012345678901", "is 41 characters long; at most 40")]
    public void ANameThatCannotBeShown_IsRefusedAsTheNameField(string? typed, string words)
    {
        var (name, refusal) = StudentName.Read(typed);

        Assert.Null(name);
        Assert.Equal(GameRefusalKind.Invalid, refusal!.Kind);
        Assert.Equal("name", refusal.Field);
        Assert.Contains(words, refusal.Detail);
    }

    [Fact]
    public void ANameIsTrimmed_AndKeptWithItsAccentComposed()
    {
        var (name, refusal) = StudentName.Read("  Jose\u0301 ");

        Assert.Null(refusal);
        Assert.Equal("Jos\u00E9", name);
    }

    [Fact]
    public void ARegionThatIsNotTheScenarios_IsRefusedBeforeAnythingElse_NamingTheIdMeant()
    {
        var game = NewGame();
        Assert.NotNull(game.Take("Minji", "daegu", DateTimeOffset.UnixEpoch).Seat);

        // A namesake asking for a mistyped region is told of the region first: the request itself is wrong.
        var (seat, refusal) = game.Take("Minji", "Daegu", DateTimeOffset.UnixEpoch);

        Assert.Null(seat);
        Assert.Equal(GameRefusalKind.Invalid, refusal!.Kind);
        Assert.Equal("region", refusal.Field);
        Assert.Contains("here 'daegu'", refusal.Detail);
        Assert.Equal("name", game.Take("Minji", "busan", DateTimeOffset.UnixEpoch).Refusal?.Field); // a known region: the namesake's refusal
    }

    [Fact]
    public void AFreedSeat_IsRefusedAsNotASeat_WhenItsStudentTriesToMove()
    {
        var game = NewGame();
        var seat = game.Take("Jun", "seoul", DateTimeOffset.UnixEpoch).Seat!;
        Assert.Null(game.Release("seoul", null, DateTimeOffset.UnixEpoch));

        var (moved, refusal) = game.Move(seat, "busan", DateTimeOffset.UnixEpoch);

        Assert.Null(moved);
        Assert.Equal(GameRefusalKind.NotASeat, refusal!.Kind);
        Assert.Contains("is not a seat of game SEATS1", refusal.Detail);
    }
}
