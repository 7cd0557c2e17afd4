using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Simulation.Web.Tests;

/// <summary>A region that is a candidate in none of the rounds left only watches: a student given it (every other team full)
/// is told so with the seat, the view marks it for every page, and the student moves to a region that bids once one has room,
/// or is told that none has. What watches comes from the game's rounds and the projects' candidates, not from a region's id.</summary>
public sealed class WatchingRegionTests(GameServerFixture server) : IClassFixture<GameServerFixture>
{
    [Fact]
    public async Task AStudentGivenARegionThatWatches_IsToldSo_AndMoves_OnceARegionThatBidsHasRoom()
    {
        using var http = server.Client();
        var game = new GameClient(http);
        var (code, teacher) = await game.StartAsync(); // one student a region
        for (var i = 0; i < 15; i++)
        {
            await game.TakeSeatAsync(code, $"Student {i}");
        }

        using var taken = await http.PostAsync($"api/games/{code}/seats", GameClient.Json("""{"name":"Hana"}"""));
        Assert.Equal(HttpStatusCode.Created, taken.StatusCode);
        var seat = await taken.Content.ReadFromJsonAsync<JsonElement>();
        var (token, watched) = (seat.GetProperty("token").GetString()!, seat.GetProperty("region").GetString()!);
        Assert.True(seat.GetProperty("watches").GetBoolean());
        var region = Region(await game.ViewAsync(code), watched);
        Assert.True(region.GetProperty("watches").GetBoolean());
        Assert.Equal(0, region.GetProperty("candidateRounds").GetInt32());
        Assert.Equal(1, Regions(await game.ViewAsync(code)).Count(r => r.GetProperty("watches").GetBoolean()));

        // Every region that bids is full: the move is refused, and says what would make room.
        using (var full = await game.SendAsync(HttpMethod.Put, $"api/games/{code}/seat", "{}", seat: token))
        {
            var problem = await Problems.AssertAsync(full, HttpStatusCode.Conflict, "region");
            Assert.StartsWith("every region that bids in a round still to play has a full team (1 student each); ask the teacher to take more students per region",
                problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }
        using (var resized = await game.SendAsync(HttpMethod.Put, $"api/games/{code}/teams", """{"teamSize":2}""", teacher: teacher))
        {
            Assert.Equal(HttpStatusCode.OK, resized.StatusCode);
        }

        using var move = await game.SendAsync(HttpMethod.Put, $"api/games/{code}/seat", "{}", seat: token);
        Assert.Equal(HttpStatusCode.OK, move.StatusCode);
        var moved = await move.Content.ReadFromJsonAsync<JsonElement>();
        var (newToken, bidding) = (moved.GetProperty("token").GetString()!, moved.GetProperty("region").GetString()!);
        Assert.False(moved.GetProperty("watches").GetBoolean());
        Assert.NotEqual(token, newToken);
        Assert.NotEqual(watched, bidding);
        var view = await game.ViewAsync(code, newToken);
        Assert.Equal(bidding, view.GetProperty("me").GetProperty("region").GetString());
        Assert.Equal(["Student 0", "Hana"], Region(view, bidding).GetProperty("team").EnumerateArray().Select(n => n.GetString()));
        Assert.Empty(Region(view, watched).GetProperty("team").EnumerateArray()); // the model plays it again
        Assert.Equal(JsonValueKind.Null, (await game.ViewAsync(code, token)).GetProperty("me").ValueKind); // the old seat is gone
    }

    [Fact]
    public async Task AMove_IsRefused_FromARegionThatBids_ToOneThatWatches_ToAFullTeam_AndWithoutASeat()
    {
        using var http = server.Client();
        var game = new GameClient(http);
        var (code, _) = await game.StartWithAsync("""{"scenario":"baseline","teamSize":1}""");
        var (bidder, _) = await game.TakeSeatAsync(code, "Ana", "daegu");
        var watched = Regions(await game.ViewAsync(code)).First(r => r.GetProperty("watches").GetBoolean()).GetProperty("id").GetString()!;
        var (watcher, _) = await game.TakeSeatAsync(code, "Hana", watched);

        using (var fromBidding = await game.SendAsync(HttpMethod.Put, $"api/games/{code}/seat", """{"region":"busan"}""", seat: bidder))
        {
            await Problems.AssertAsync(fromBidding, HttpStatusCode.Conflict, "region");
        }
        using (var toFull = await game.SendAsync(HttpMethod.Put, $"api/games/{code}/seat", """{"region":"daegu"}""", seat: watcher))
        {
            var problem = await Problems.AssertAsync(toFull, HttpStatusCode.Conflict, "region");
            Assert.Equal("Daegu is already taken; pick another", problem.GetProperty("detail").GetString());
        }
        using (var toWatching = await game.SendAsync(HttpMethod.Put, $"api/games/{code}/seat", $$"""{"region":"{{watched}}"}""", seat: watcher))
        {
            await Problems.AssertAsync(toWatching, HttpStatusCode.BadRequest, "region");
        }
        using (var nowhere = await game.SendAsync(HttpMethod.Put, $"api/games/{code}/seat", """{"region":"atlantis"}""", seat: watcher))
        {
            await Problems.AssertAsync(nowhere, HttpStatusCode.BadRequest, "region");
        }
        using (var noSeat = await game.SendAsync(HttpMethod.Put, $"api/games/{code}/seat", """{"region":"busan"}""", seat: "nobody"))
        {
            await Problems.AssertAsync(noSeat, HttpStatusCode.Forbidden, "X-Seat-Token");
        }

        // Named, a region that bids with room takes the student.
        using var toBusan = await game.SendAsync(HttpMethod.Put, $"api/games/{code}/seat", """{"region":"busan"}""", seat: watcher);
        Assert.Equal(HttpStatusCode.OK, toBusan.StatusCode);
        Assert.Equal("busan", (await toBusan.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("region").GetString());
    }

    [Fact]
    public async Task InTheLastRound_TheRegionsItDoesNotAdmit_Watch_AndOnceItIsJudgedEveryRegionDoes()
    {
        using var http = server.Client();
        var game = new GameClient(http);
        var (code, teacher) = await game.StartAsync();
        var view = await game.ViewAsync(code);
        while (view.GetProperty("round").ValueKind == JsonValueKind.Null || view.GetProperty("round").GetInt32() < view.GetProperty("rounds").GetArrayLength()
            || view.GetProperty("phase").GetString() != "deciding")
        {
            view = await game.AdvanceAsync(code, teacher);
        }

        // The open round is the last one left: a region watches exactly when it is not one of its candidates.
        Assert.All(Regions(view), r => Assert.Equal(!r.GetProperty("eligible").GetBoolean(), r.GetProperty("watches").GetBoolean()));
        Assert.Contains(Regions(view), r => r.GetProperty("watches").GetBoolean());
        Assert.Contains(Regions(view), r => !r.GetProperty("watches").GetBoolean());

        var judged = await game.AdvanceAsync(code, teacher);
        Assert.Equal("judged", judged.GetProperty("phase").GetString());
        Assert.All(Regions(judged), r => Assert.True(r.GetProperty("watches").GetBoolean())); // no round is left to bid in
    }

    private static JsonElement[] Regions(JsonElement view) => [.. view.GetProperty("regions").EnumerateArray()];

    private static JsonElement Region(JsonElement view, string id) => Regions(view).Single(r => r.GetProperty("id").GetString() == id);
}
