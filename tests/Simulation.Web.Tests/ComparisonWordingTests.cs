using System.Globalization;
using System.Text.Json;

namespace Simulation.Web.Tests;

/// <summary>The end of a game in words a class reads right: a loss is said as one, and where a region rarely wins a large
/// prize, so that the model's average lies above 90 % of its games, the sentence says so and leads with the typical game.</summary>
public sealed class ComparisonWordingTests(GameServerFixture server) : IClassFixture<GameServerFixture>
{
    [Fact]
    public async Task TheComparison_SaysLossesAsLosses_AndExplainsAnAverageOutsideTheRange()
    {
        using var http = server.Client();
        var game = new GameClient(http);
        var (code, teacher) = await game.StartWithAsync("""{"scenario":"baseline","regime":"lee","seed":1,"teamSize":1}""");
        var seats = new List<string>();
        for (var i = 0; i < 15; i++)
        {
            seats.Add((await game.TakeSeatAsync(code, $"Student {i}")).Token);
        }
        var view = await game.AdvanceAsync(code, teacher);
        while (view.GetProperty("phase").GetString() != "finished")
        {
            if (view.GetProperty("phase").GetString() == "deciding")
            {
                foreach (var seat in seats)
                {
                    var brief = (await game.ViewAsync(code, seat)).GetProperty("me").GetProperty("brief");
                    if (brief.GetProperty("eligible").GetBoolean())
                    {
                        var effort = brief.GetProperty("usualEffortBillionWon").GetDouble().ToString("R", CultureInfo.InvariantCulture);
                        await game.DecideAsync(code, seat, $$"""{"bid":true,"effort":{{effort}}}""");
                    }
                }
            }
            view = await game.AdvanceAsync(code, teacher);
        }

        var comparison = view.GetProperty("comparison");
        var players = comparison.GetProperty("players").EnumerateArray().ToList();
        var sentences = comparison.GetProperty("sentences").EnumerateArray().Select(s => s.GetString()!).ToList();
        var skewed = 0;
        for (var i = 0; i < players.Count; i++)
        {
            var p = players[i];
            var sentence = sentences[i];
            if (p.GetProperty("watched").GetBoolean())
            {
                continue;
            }
            Assert.DoesNotContain("gained −", sentence, StringComparison.Ordinal);
            Assert.DoesNotContain("gains −", sentence, StringComparison.Ordinal);
            Assert.DoesNotContain("between −", sentence, StringComparison.Ordinal);
            var net = p.GetProperty("classNetGainBillionWon").GetDouble();
            if (net <= -0.05)
            {
                Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"and lost ₩{-net:#,0.0} bn net"), sentence, StringComparison.Ordinal);
            }
            var mean = p.GetProperty("meanNetGainBillionWon").GetDouble();
            var median = p.GetProperty("netGainMedian").GetDouble();
            Assert.InRange(median, p.GetProperty("netGainP05").GetDouble(), p.GetProperty("netGainP95").GetDouble());
            Assert.Contains("in a typical game (half of its games end better, half worse)", sentence, StringComparison.Ordinal);
            if (mean > p.GetProperty("netGainP95").GetDouble())
            {
                skewed++;
                Assert.Contains("those big prizes lift its average to", sentence, StringComparison.Ordinal);
            }
            var share = p.GetProperty("shareOfGamesBeaten").GetDouble();
            if (net < mean && share > 0.5)
            {
                Assert.Contains("more than the model's typical game, but less than its average", sentence, StringComparison.Ordinal);
            }
        }
        Assert.True(skewed > 0, "no region of this game rarely wins a large prize: the test checks nothing");
        Assert.StartsWith("Rent dissipation, the share of the prizes' worth that bidding for them cost:", sentences[^1], StringComparison.Ordinal);
    }
}
