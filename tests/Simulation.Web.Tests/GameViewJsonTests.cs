using System.Text.Json;
using Simulation.Application.Games;
using Simulation.Application.Games.Journal;
using Simulation.Experiments.Scenarios;
using Simulation.Web.Games;

namespace Simulation.Web.Tests;

/// <summary>The event stream's JSON, built from a shared part and a spliced seat, is exactly the view serialized whole.</summary>
public sealed class GameViewJsonTests
{
    [Fact]
    public void SplicedJson_IsTheWholeViewSerialized_ForTheTeacherAndForAStudent()
    {
        var loaded = ScenarioLoader.Load(Path.Combine(ClassroomServerFixture.ScenariosFolder(), "baseline.json"));
        var record = new GameRecord("VIEW23", "teacher", "baseline", "{}", 3, 0, 10, new TeamRules(2, true), DateTimeOffset.UnixEpoch);
        var game = ClassroomGame.Start(record, loaded.Model, null);
        var (seat, _) = game.Take("Ana", null, DateTimeOffset.UnixEpoch);
        game.Take("Bo", null, DateTimeOffset.UnixEpoch);
        game.Advance(DateTimeOffset.UnixEpoch);

        var now = DateTimeOffset.UnixEpoch.AddSeconds(42);
        foreach (var holder in new[] { null, seat })
        {
            var (json, version) = GameViewJson.For(game, holder, now);

            Assert.Equal(JsonSerializer.Serialize(GameView.Of(game, holder, now), GameViewJson.Options), json);
            Assert.Equal(game.Version, version);
        }
        Assert.Contains("\"me\":{", GameViewJson.For(game, seat, now).Json);
    }

    [Fact]
    public void EveryView_CarriesTheServersTime_WhenItWasMade_NotTheTimeTheSharedPartWasCached()
    {
        var loaded = ScenarioLoader.Load(Path.Combine(ClassroomServerFixture.ScenariosFolder(), "baseline.json"));
        var record = new GameRecord("VIEW24", "teacher", "baseline", "{}", 3, 0, 10, new TeamRules(2, true), DateTimeOffset.UnixEpoch);
        var game = ClassroomGame.Start(record, loaded.Model, null);
        var (seat, _) = game.Take("Ana", null, DateTimeOffset.UnixEpoch);
        var first = DateTimeOffset.UnixEpoch.AddMinutes(3);
        var later = first.AddSeconds(65);

        // The same version sent twice (the shared part cached in between) carries each send's own time, for the teacher and a student.
        foreach (var holder in new[] { null, seat })
        {
            Assert.Equal(first, ServerTime(GameViewJson.For(game, holder, first).Json));
            Assert.Equal(later, ServerTime(GameViewJson.For(game, holder, later).Json));
        }
        Assert.Equal(later, GameView.Of(game, seat, later).ServerTime);
    }

    private static DateTimeOffset ServerTime(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return doc.RootElement.GetProperty("serverTime").GetDateTimeOffset();
    }
}
