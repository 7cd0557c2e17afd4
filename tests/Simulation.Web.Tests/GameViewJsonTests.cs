using System.Text.Json;
using Simulation.Experiments.Scenarios;
using Simulation.Web.Games;
using Simulation.Web.Games.Journal;

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

        foreach (var holder in new[] { null, seat })
        {
            var (json, version) = GameViewJson.For(game, holder);

            Assert.Equal(JsonSerializer.Serialize(GameView.Of(game, holder), GameViewJson.Options), json);
            Assert.Equal(game.Version, version);
        }
        Assert.Contains("\"me\":{", GameViewJson.For(game, seat).Json);
    }
}
