using System.Globalization;
using System.Text.Json;

namespace Simulation.Web.Tests;

/// <summary>In the class game, a joint bid's effort adds up what each member's students put in, and each member is charged
/// what it put in (not its population share): the standings, net gains and comparison count what the students chose. A
/// consortium one member's students kept out is said to have stayed out, and why.</summary>
public sealed class JointBidChargeTests(GameServerFixture server) : IClassFixture<GameServerFixture>
{
    private static readonly string[] Consortium = ["busan", "ulsan", "gyeongnam"];

    [Fact]
    public async Task EachMemberOfAJointBid_IsChargedWhatItsStudentsPutIn()
    {
        using var http = server.Client();
        var game = new GameClient(http);
        var (code, teacher, seats) = await StartWithConsortiumAsync(game, """{"scenario":"baseline","seed":11,"teamSize":1}""");
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

    [Fact]
    public async Task AConsortiumThatStayedOut_IsExplainedToItsStudents_AndInTheDebrief()
    {
        using var http = server.Client();
        var game = new GameClient(http);
        var (code, teacher, seats) = await StartWithConsortiumAsync(game, """{"scenario":"baseline","teamSize":1}""");
        for (var step = 0; step < 5; step++)
        {
            await game.AdvanceAsync(code, teacher); // rounds 1 and 2, then round 3 opens
        }
        // Busan and Gyeongnam bid, Ulsan decides not to: the consortium's bid does not enter.
        foreach (var region in new[] { "busan", "gyeongnam" })
        {
            var least = (await game.ViewAsync(code, seats[region])).GetProperty("me").GetProperty("brief").GetProperty("effortFloorBillionWon").GetDouble();
            await game.DecideAsync(code, seats[region], $$"""{"bid":true,"effort":{{least.ToString("R", CultureInfo.InvariantCulture)}}}""");
        }
        await game.DecideAsync(code, seats["ulsan"], """{"bid":false}""");
        var judged = await game.AdvanceAsync(code, teacher);

        Assert.DoesNotContain(judged.GetProperty("results")[2].GetProperty("bids").EnumerateArray(),
            b => b.GetProperty("regions").EnumerateArray().Any(r => r.GetString() == "busan"));
        var stayedOut = Assert.Single(judged.GetProperty("stayedOut").EnumerateArray());
        Assert.Equal(3, stayedOut.GetProperty("round").GetInt32());
        Assert.Equal(Consortium, stayedOut.GetProperty("members").EnumerateArray().Select(m => m.GetString()));
        Assert.Equal(["ulsan"], stayedOut.GetProperty("declined").EnumerateArray().Select(m => m.GetString()));
        var told = stayedOut.GetProperty("memberSentence").GetString()!;
        Assert.StartsWith("Your consortium (Busan + Ulsan + Gyeongnam (South Gyeongsang)) did not bid: Ulsan decided not to", told, StringComparison.Ordinal);
        var said = stayedOut.GetProperty("sentence").GetString()!;
        Assert.StartsWith("The consortium Busan + Ulsan + Gyeongnam (South Gyeongsang) did not bid: Ulsan decided not to", said, StringComparison.Ordinal);
        Assert.Contains(System.Net.WebUtility.HtmlEncode(said), await game.DebriefAsync(code, teacher), StringComparison.Ordinal);
        Assert.All((await game.ExportRowsAsync(code, teacher)).Where(r => r["project"] == "medicalComplex"), r => Assert.Equal("false", r["bid_entered"]));
    }

    [Fact]
    public async Task AMemberWhoseStudentsSentNothing_IsThePartOfTheJointBidTheModelPlayed_InTheDebriefAndTheExport()
    {
        using var http = server.Client();
        var game = new GameClient(http);
        var (code, teacher, seats) = await StartWithConsortiumAsync(game, """{"scenario":"baseline","seed":7,"teamSize":1}""");
        for (var step = 0; step < 3; step++)
        {
            await game.AdvanceAsync(code, teacher); // round 1 judged, round 2 open
        }
        await game.DecideAsync(code, seats["gyeongnam"], """{"bid":true,"effort":20}"""); // Gyeongnam's students decide in Robot Land
        await game.AdvanceAsync(code, teacher);
        await game.AdvanceAsync(code, teacher); // round 3 open: Busan's and Ulsan's students bid, Gyeongnam's send nothing
        foreach (var region in new[] { "busan", "ulsan" })
        {
            await game.DecideAsync(code, seats[region], """{"bid":true,"effort":30}""");
        }
        await game.AdvanceAsync(code, teacher);
        var finished = await game.AdvanceAsync(code, teacher);

        var debrief = await game.DebriefAsync(code, teacher);
        Assert.Contains("the class for Busan, Ulsan, the model for Gyeongnam (South Gyeongsang)", debrief, StringComparison.Ordinal);
        var gyeongnam = finished.GetProperty("comparison").GetProperty("players").EnumerateArray().Single(p => p.GetProperty("region").GetString() == "gyeongnam");
        Assert.True(gyeongnam.GetProperty("partlyModelPlayed").GetBoolean());
        Assert.True(gyeongnam.GetProperty("modelPlayedEffortBillionWon").GetDouble() > 0);
        // Each region's parts of its bids, once per round, add up to its final net gain, to the rounding to ₩1 million.
        var rows = await game.ExportRowsAsync(code, teacher);
        foreach (var region in rows.GroupBy(r => r["region"]))
        {
            var net = region.GroupBy(r => r["round"]).Select(g => g.First())
                .Sum(r => Number(r["prize_won"]) - Number(r["effort_charged"]));
            Assert.Equal(Number(region.First()["final_net_gain"]), net, 2);
        }
        var charged = rows.Single(r => r["region"] == "gyeongnam" && r["round"] == "3");
        Assert.Equal("model", charged["decided_by"]);
        Assert.True(Number(charged["effort_charged"]) > 0);
    }

    // A game of the given settings with one student seated in each member of the Medical Complex's consortium, by region.
    private static async Task<(string Code, string Teacher, Dictionary<string, string> Seats)> StartWithConsortiumAsync(GameClient game, string settings)
    {
        var (code, teacher) = await game.StartWithAsync(settings);
        var seats = new Dictionary<string, string>();
        foreach (var region in Consortium)
        {
            seats[region] = (await game.TakeSeatAsync(code, $"Student of {region}", region)).Token;
        }
        return (code, teacher, seats);
    }

    private static double Number(string text) => double.Parse(text, CultureInfo.InvariantCulture);

    private static Dictionary<string, double> Efforts(JsonElement view) =>
        view.GetProperty("standings").EnumerateArray().Select(s => s.GetProperty("standing"))
            .ToDictionary(s => s.GetProperty("region").GetString()!, s => s.GetProperty("effortBillionWon").GetDouble());
}
