using System.Globalization;
using MathNet.Numerics.Statistics;
using Simulation.Core;
using Simulation.Core.Randomness;
using Simulation.Core.Regimes;
using Simulation.Experiments.Replay;

namespace Simulation.Experiments.Games;

/// <summary>
/// The class against the simulated distribution: the finished game's regimes, year by year, replayed by the model alone
/// over many games. Game 0 draws from the class game's own stream, so it is the same world with the model playing every
/// region; games 1.. are other worlds.
/// </summary>
/// <param name="Games">Games the model played.</param>
/// <param name="Players">One comparison per played region, in scenario order.</param>
/// <param name="ClassRentDissipation">The class game's effort over prize value awarded.</param>
/// <param name="MeanRentDissipation">Mean over the model's games.</param>
/// <param name="RentDissipationP05">5th percentile over the model's games.</param>
/// <param name="RentDissipationP95">95th percentile over the model's games.</param>
/// <param name="Sentences">What the comparison says, in plain words.</param>
public sealed record GameComparison(int Games, IReadOnlyList<PlayerComparison> Players, double ClassRentDissipation, double MeanRentDissipation,
    double RentDissipationP05, double RentDissipationP95, IReadOnlyList<string> Sentences)
{
    /// <summary>Compares a finished <paramref name="game"/> with <paramref name="games"/> games the model plays alone.</summary>
    /// <exception cref="InvalidOperationException">The game is not finished.</exception>
    public static GameComparison Of(ParticipatoryGame game, int games, CancellationToken cancellationToken = default)
    {
        if (game.Outcome is not { } outcome)
        {
            throw new InvalidOperationException("the game is not finished");
        }
        ArgumentOutOfRangeException.ThrowIfLessThan(games, 2);
        var scenario = game.Scenario;
        var played = game.Seated;
        var classStandings = game.Standings().ToDictionary(s => s.Region);
        var model = new SimulationModel(scenario);
        var recorder = new CompetitionRecorder(scenario);
        model.Observer = recorder;
        var net = played.Select(_ => new double[games]).ToArray();
        var wins = played.Select(_ => new int[games]).ToArray();
        var rent = new double[games];
        for (var k = 0; k < games; k++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            recorder.Clear();
            model.Reset(RegimeMode.Timeline, RandomStream.ForReplication(game.Seed, k));
            foreach (var plan in game.Plans)
            {
                model.OpenYear(plan.OpeningRegime);
                foreach (var (project, regime) in plan.Competitions)
                {
                    model.HoldCompetition(project, regime);
                }
                model.CloseYear();
            }
            rent[k] = model.Finish().RentDissipation;
            for (var i = 0; i < played.Count; i++)
            {
                net[i][k] = recorder.PrizeWon[played[i]] - recorder.Effort[played[i]];
                wins[i][k] = recorder.Wins[played[i]];
            }
        }

        var players = new List<PlayerComparison>();
        for (var i = 0; i < played.Count; i++)
        {
            var mine = classStandings[scenario.Regions[played[i]].Id];
            var beaten = net[i].Sum(x => x < mine.NetGainBillionWon ? 1.0 : x == mine.NetGainBillionWon ? 0.5 : 0.0) / games;
            var modelWins = game.Results.Sum(r => r.Bids.Count(b => b.Won && !b.Played && b.Regions.Contains(mine.Region)));
            var watched = !game.Rounds.Any(r => scenario.Projects[r.Project].Admits(played[i]));
            players.Add(new PlayerComparison(mine.Region, mine.Name, mine.Wins, mine.NetGainBillionWon, wins[i][0], net[i][0],
                wins[i].Average(), net[i].Average(), net[i].Quantile(0.05), net[i].Quantile(0.95), beaten, game.HasDecided(played[i]), modelWins, watched));
        }
        var comparison = new GameComparison(games, players, outcome.RentDissipation, rent.Average(), rent.Quantile(0.05), rent.Quantile(0.95), []);
        return comparison with { Sentences = comparison.Describe() };
    }

    private List<string> Describe()
    {
        var sentences = new List<string>();
        foreach (var p in Players)
        {
            if (p.Watched)
            {
                sentences.Add(Text($"{p.Name}: a candidate in no round of this game, so there was nothing to decide for it; it watched."));
                continue;
            }
            if (!p.Decided)
            {
                sentences.Add(Text($"{p.Name}: no decision was sent for it in any round, so the model played it throughout (it won {p.ClassWins} ") +
                    Text($"project{(p.ClassWins == 1 ? "" : "s")} and gained {Money(p.ClassNetGainBillionWon)} net); it says nothing about the class."));
                continue;
            }
            // A win in a round nobody decided for is the model's: said, so the sentence does not credit the class with it.
            var model = p.ModelPlayedWins == 0 ? "" : p.ClassWins == 1 ? " (in a round the model played for it, no decision having been sent)"
                : Text($" ({p.ModelPlayedWins} of them in rounds the model played for it, no decision having been sent)");
            sentences.Add(Text($"{p.Name}: the class won {p.ClassWins} project{(p.ClassWins == 1 ? "" : "s")}{model} and gained {Money(p.ClassNetGainBillionWon)} net ") +
                Text($"(prizes won minus effort). The model playing {p.Name} gains {Money(p.MeanNetGainBillionWon)} on average (90 % of its {Games:N0} games between ") +
                Text($"{Money(p.NetGainP05)} and {Money(p.NetGainP95)}); the class did better than {p.ShareOfGamesBeaten * 100:0} % of them. ") +
                Text($"With the same luck, the model would have won {p.SameWorldWins} and gained {Money(p.SameWorldNetGainBillionWon)}."));
        }
        var compared = ClassRentDissipation > MeanRentDissipation ? "more" : "less";
        sentences.Add(Text($"Rent dissipation: the class's competitions cost {ClassRentDissipation:0.000} won of effort per won of prize, {compared} than the ") +
            Text($"model's {MeanRentDissipation:0.000} on average (90 % between {RentDissipationP05:0.000} and {RentDissipationP95:0.000})."));
        return sentences;
    }

    /// <summary>An amount in ₩ billion as a class reads it: "₩12.3 bn", "−₩4.0 bn".</summary>
    public static string Money(double billionWon) =>
        (billionWon < 0 ? "−₩" : "₩") + Math.Abs(billionWon).ToString("#,0.0", CultureInfo.InvariantCulture) + " bn";

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
