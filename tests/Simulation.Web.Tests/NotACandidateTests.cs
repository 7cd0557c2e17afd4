using System.Net;

namespace Simulation.Web.Tests;

/// <summary>A region the open round does not admit has nothing to decide: neither a bid nor a "no bid" is taken from its
/// students, so the export never shows a proposal for it.</summary>
public sealed class NotACandidateTests(GameServerFixture server) : IClassFixture<GameServerFixture>
{
    [Fact]
    public async Task ASeatForARegionNotInTheRound_CannotBid_NorSendANoBidThatWouldBeExportedAsAProposal()
    {
        using var http = server.Client();
        var game = new GameClient(http);
        var (code, teacher) = await game.StartAsync();
        var (seat, _) = await game.TakeSeatAsync(code, "Seoul player", "seoul"); // Seoul is no Maglev candidate
        await game.AdvanceAsync(code, teacher);

        var brief = (await game.ViewAsync(code, seat)).GetProperty("me").GetProperty("brief");
        using var response = await game.SendAsync(HttpMethod.Put, $"api/games/{code}/decision", """{"bid":true,"effort":10}""", seat: seat);
        using var noBid = await game.SendAsync(HttpMethod.Put, $"api/games/{code}/decision", """{"bid":false,"round":1}""", seat: seat);

        Assert.False(brief.GetProperty("eligible").GetBoolean());
        await Problems.AssertAsync(response, HttpStatusCode.BadRequest, "bid");
        var refused = await Problems.AssertAsync(noBid, HttpStatusCode.BadRequest, "bid");
        Assert.Contains("nothing to decide this round", refused.GetProperty("detail").GetString());
        await game.AdvanceAsync(code, teacher); // judged: the round's rows are exported
        var row = Assert.Single(await game.ExportRowsAsync(code, teacher), r => r["region"] == "seoul");
        Assert.Equal("", row["proposed_bid"]);
    }
}
