using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Simulation.Web.Tests;

/// <summary>Once the last round is judged and before the teacher finishes the game, no region bids again: every region
/// watches, a student who joins then is told so and may move to any team with room, and the debrief does not count the region
/// they sit in as played by the class (the model played it).</summary>
public sealed class LastRoundWatchingTests(GameServerFixture server) : IClassFixture<GameServerFixture>
{
    [Fact]
    public async Task AfterTheLastRoundIsJudged_EveryRegionWatches_ALateJoinerMayMove_AndTheDebriefCountsOnlyRegionsPlayed()
    {
        using var http = server.Client();
        var game = new GameClient(http);
        var (code, teacher) = await game.StartWithAsync("""{"scenario":"baseline","teamSize":3}""");
        var opened = await game.AdvanceAsync(code, teacher);
        var candidate = Regions(opened).First(r => r.GetProperty("eligible").GetBoolean()).GetProperty("id").GetString()!;
        var (ana, _) = await game.TakeSeatAsync(code, "Ana", candidate);
        await game.DecideAsync(code, ana, """{"bid":false}""");
        var view = await game.AdvanceAsync(code, teacher);
        var rounds = view.GetProperty("rounds").GetArrayLength();
        while (view.GetProperty("phase").GetString() != "judged" || view.GetProperty("round").GetInt32() < rounds)
        {
            view = await game.AdvanceAsync(code, teacher);
        }
        Assert.All(Regions(view), r => Assert.True(r.GetProperty("watches").GetBoolean(), r.GetProperty("id").GetString()));

        using var taken = await http.PostAsync($"api/games/{code}/seats", GameClient.Json("""{"name":"VeryLate"}"""));
        Assert.Equal(HttpStatusCode.Created, taken.StatusCode);
        var seat = await taken.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(seat.GetProperty("watches").GetBoolean());
        var (late, seated) = (seat.GetProperty("token").GetString()!, seat.GetProperty("region").GetString()!);

        // No region bids, so "any region that bids" has no answer, said as such; a region named with room takes the student.
        using (var anyBidding = await game.SendAsync(HttpMethod.Put, $"api/games/{code}/seat", "{}", seat: late))
        {
            var problem = await Problems.AssertAsync(anyBidding, HttpStatusCode.Conflict, "region");
            Assert.StartsWith("every round has been judged, so no region bids again and every region watches",
                problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }
        var other = Regions(view).Select(r => r.GetProperty("id").GetString()!).First(id => id != seated && id != candidate);
        using var move = await game.SendAsync(HttpMethod.Put, $"api/games/{code}/seat", $$"""{"region":"{{other}}"}""", seat: late);
        Assert.Equal(HttpStatusCode.OK, move.StatusCode);
        var moved = await move.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(other, moved.GetProperty("region").GetString());
        Assert.True(moved.GetProperty("watches").GetBoolean());

        // Ana was in the game: she stays with the team she played with, so the comparison keeps the region she played.
        var elsewhere = Regions(view).Select(r => r.GetProperty("id").GetString()!).First(id => id != candidate && id != other && id != seated);
        using (var stays = await game.SendAsync(HttpMethod.Put, $"api/games/{code}/seat", $$"""{"region":"{{elsewhere}}"}""", seat: ana))
        {
            var problem = await Problems.AssertAsync(stays, HttpStatusCode.Conflict, "region");
            Assert.Contains("you stay in it to the end: the debrief counts the region you played", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }

        // Ana decided for her region; VeryLate holds one, but only watched it: one region played by the class, before the
        // teacher finishes and after.
        Assert.Contains("<p>2 students in 1 region; ", await game.DebriefAsync(code, teacher), StringComparison.Ordinal);
        await game.PlayToTheEndAsync(code, teacher);
        var debrief = await game.DebriefAsync(code, teacher);
        Assert.Contains("<p>2 students in 1 region; ", debrief, StringComparison.Ordinal);
        var played = Regions(view).Single(r => r.GetProperty("id").GetString() == candidate).GetProperty("name").GetString()!;
        Assert.Contains($"<tr><td>{WebUtility.HtmlEncode(played)}</td><td>Ana</td>", debrief, StringComparison.Ordinal); // her region's row of the comparison
    }

    private static JsonElement[] Regions(JsonElement view) => [.. view.GetProperty("regions").EnumerateArray()];
}
