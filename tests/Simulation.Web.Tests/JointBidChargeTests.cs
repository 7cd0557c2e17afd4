using System.Globalization;
using System.Text.Json;

namespace Simulation.Web.Tests;

/// <summary>In the class game, a joint bid's effort adds up what each member's students put in, and each member is charged
/// what it put in (not its population share): the standings, net gains and comparison count what the students chose.</summary>
public sealed class JointBidChargeTests(GameServerFixture server) : IClassFixture<GameServerFixture>
{
    private static readonly string[] Consortium = ["busan", "ulsan", "gyeongnam"];

    [Fact]
    public async Task EachMemberOfAJointBid_IsChargedWhatItsStudentsPutIn()
    {
        using var http = server.Client();
        var game = new GameClient(http);
        var (code, teacher) = await game.StartWithAsync("""{"scenario":"baseline","seed":11,"teamSize":1}""");
        var seats = new Dictionary<string, string>();
        foreach (var region in Consortium)
        {
            seats[region] = (await game.TakeSeatAsync(code, $"Student of {region}", region)).Token;
        }
        for (var step = 0; step < 4; step++)
        {
            await game.AdvanceAsync(code, teacher); // rounds 1 and 2, played by the model for everyone
        }
        var before = Efforts(await game.ViewAsync(code));
        await game.AdvanceAsync(code, teacher); // round 3 opens: the three bid as one consortium

        // Busan and Gyeongnam put in the least they may, Ulsan the most it may.
        var chosen = new Dictionary<string, double>();
        foreach (var region in Consortium)
        {
            var brief = (await game.ViewAsync(code, seats[region])).GetProperty("me").GetProperty("brief");
            Assert.NotEmpty(brief.GetProperty("consortium").EnumerateArray());
            chosen[region] = brief.GetProperty(region == "ulsan" ? "effortCapBillionWon" : "effortFloorBillionWon").GetDouble();
            await game.DecideAsync(code, seats[region], $$"""{"bid":true,"effort":{{chosen[region].ToString("R", CultureInfo.InvariantCulture)}}}""");
        }
        var judged = await game.AdvanceAsync(code, teacher);

        var round = judged.GetProperty("results")[2];
        var bid = round.GetProperty("bids").EnumerateArray().Single(b => b.GetProperty("regions").EnumerateArray().Any(r => r.GetString() == "ulsan"));
        Assert.Equal(Consortium.Order(StringComparer.Ordinal), bid.GetProperty("regions").EnumerateArray().Select(r => r.GetString()!).Order(StringComparer.Ordinal));
        var effort = bid.GetProperty("effortBillionWon").GetDouble();
        Assert.Equal(chosen.Values.Sum(), effort, 6); // the joint bid's effort adds up theirs
        var after = Efforts(judged);
        foreach (var region in Consortium)
        {
            Assert.Equal(chosen[region], after[region] - before[region], 6);
        }
        Assert.True(after["ulsan"] - before["ulsan"] > after["busan"] - before["busan"]); // not by population: Busan is the largest
    }

    private static Dictionary<string, double> Efforts(JsonElement view) =>
        view.GetProperty("standings").EnumerateArray().Select(s => s.GetProperty("standing"))
            .ToDictionary(s => s.GetProperty("region").GetString()!, s => s.GetProperty("effortBillionWon").GetDouble());
}
