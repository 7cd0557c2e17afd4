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
            // Member by member: in a joint bid its partners' players decided, a region nobody in its team decided for is the model's.
            var modelPlayed = game.Results.SelectMany(r => r.Bids).Select(b => (Bid: b, Part: b.Member(mine.Region)))
                .Where(x => x.Part is { Played: false }).ToList();
            var modelWins = modelPlayed.Count(x => x.Bid.Won);
            var modelEffort = modelPlayed.Sum(x => x.Part!.EffortChargedBillionWon);
            var watched = !game.Rounds.Any(r => scenario.Projects[r.Project].Admits(played[i]));
            players.Add(new PlayerComparison(mine.Region, mine.Name, mine.Wins, mine.NetGainBillionWon, wins[i][0], net[i][0],
                wins[i].Average(), net[i].Average(), net[i].Quantile(0.05), net[i].Quantile(0.95), beaten, game.HasDecided(played[i]), modelWins, watched,
                net[i].Median(), wins[i].Count(w => w > 0) / (double)games, net[i].Count(x => x == mine.NetGainBillionWon) / (double)games, modelEffort));
        }
        var comparison = new GameComparison(games, players, outcome.RentDissipation, rent.Average(), rent.Quantile(0.05), rent.Quantile(0.95), []);
        return comparison with { Sentences = comparison.Describe() };
    }

    /// <summary>Returns the plain sentences a class reads for <see cref="Players"/> and the rent dissipation: what
    /// <see cref="Of"/> puts in <c>Sentences</c>.</summary>
    public IReadOnlyList<string> Describe()
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
                sentences.Add(Text($"{p.Name}: nobody in its team decided for it in any round, so the model played it throughout (it won {Projects(p.ClassWins)} ") +
                    Text($"and {Gain(p.ClassNetGainBillionWon, "gained", "lost")} net); it says nothing about the class."));
                continue;
            }
            // A win in a round nobody decided for is the model's: said, so the sentence does not credit the class with it.
            var model = p.ModelPlayedWins == 0 ? "" : p.ClassWins == 1 ? " (in a round the model played for it, nobody in its team having decided)"
                : Text($" ({p.ModelPlayedWins} of them in rounds the model played for it, nobody in its team having decided)");
            // Likewise the effort the model spent for it: charged to the region, but not the class's choice.
            var spent = p.ModelPlayedEffortBillionWon > 0
                ? Text($"; {Money(p.ModelPlayedEffortBillionWon)} of that effort the model spent in rounds it played for it, nobody in its team having decided")
                : "";
            sentences.Add(Text($"{p.Name}: the class won {Projects(p.ClassWins)}{model} and {Gain(p.ClassNetGainBillionWon, "gained", "lost")} net ") +
                Text($"(prizes won minus effort{spent}). Playing {p.Name} alone in {Games:N0} games, the model {Gain(p.NetGainMedian, "gains", "loses")} in a typical game ") +
                Text($"(half of its games end better, half worse), and 90 % of its games end between {Outcome(p.NetGainP05)} and {Outcome(p.NetGainP95)}; {Average(p)}. ") +
                Text($"{Standing(p)}{Contrast(p)}. ") +
                Text($"With the same luck, the model would have won {Projects(p.SameWorldWins)} and {Gain(p.SameWorldNetGainBillionWon, "gained", "lost")}."));
        }
        var compared = ClassRentDissipation > MeanRentDissipation ? "more" : "less";
        sentences.Add(Text($"Rent dissipation, the share of the prizes' worth that bidding for them cost: in the class's competitions each won of prize cost ") +
            Text($"{ClassRentDissipation:0.000} won of effort ({ClassRentDissipation * 100:0} % of it), {compared} than the model's {MeanRentDissipation:0.000} on average ") +
            Text($"(90 % of its games between {RentDissipationP05:0.000} and {RentDissipationP95:0.000})."));
        return sentences;
    }

    // The model's mean net gain, and why it lies where it does when a few games far from the rest move it.
    private static string Average(PlayerComparison p)
    {
        if (p.MeanNetGainBillionWon > p.NetGainP95)
        {
            return p.ShareOfGamesWon > 0
                ? Text($"it wins a project in only {p.ShareOfGamesWon * 100:0.#} % of its games, and those big prizes lift its average to {Outcome(p.MeanNetGainBillionWon)}")
                : Text($"a few games far above the rest lift its average to {Outcome(p.MeanNetGainBillionWon)}");
        }
        return p.MeanNetGainBillionWon < p.NetGainP05
            ? Text($"a few games far below the rest pull its average down to {Outcome(p.MeanNetGainBillionWon)}")
            : Text($"its average is {Outcome(p.MeanNetGainBillionWon)}");
    }

    // How the class's result stands among the model's games: better than, the same as and worse than which shares of them (a
    // tie is neither), "every" and "none" said as words rather than 100 % and 0 %. With ties, the share beaten as the debrief's
    // table and the chart give it (a tie counting half) follows, so that the sentence and the table say one thing.
    private static string Standing(PlayerComparison p)
    {
        var better = p.ShareOfGamesBeaten - (p.ShareOfGamesTied / 2); // the beaten share counts ties half
        var worse = Math.Max(0.0, 1.0 - better - p.ShareOfGamesTied);
        static string Share(double x) => x >= 1.0 ? "every one" : $"{Math.Clamp(x * 100, 1, 99):0} %";
        if (p.ShareOfGamesTied >= 0.005)
        {
            return Text($"The class did better than {(better < 0.005 ? "none" : Share(better))} of the model's games, the same as {Share(p.ShareOfGamesTied)} ")
                + Text($"and worse than {(worse < 0.005 ? "none" : Share(worse))}: {p.ShareOfGamesBeaten * 100:0} % beaten, a tie counting half");
        }
        return better < 0.005 ? "The class did worse than every one of the model's games"
            : worse < 0.005 ? "The class did better than every one of the model's games"
            : Text($"The class did better than {Share(better)} of the model's games");
    }

    // When beating the model's average and beating its typical game disagree, why; nothing when the class equals either.
    private static string Contrast(PlayerComparison p)
    {
        var (result, mean, median) = (Math.Round(p.ClassNetGainBillionWon, 1), Math.Round(p.MeanNetGainBillionWon, 1), Math.Round(p.NetGainMedian, 1));
        if (result > mean && result < median)
        {
            return ": more than the model's average, which a few games far below the rest pull down, but less than its typical game";
        }
        return result > median && result < mean
            ? ": more than the model's typical game, but less than its average, which a few big wins lift"
            : "";
    }

    // "no project", "1 project", "3 projects".
    private static string Projects(int count) => count switch
    {
        0 => "no project",
        1 => "1 project",
        _ => Text($"{count} projects"),
    };

    // "gained ₩12.3 bn", "lost ₩4.0 bn", "gained nothing": a loss is said as one, never as a negative gain.
    private static string Gain(double billionWon, string gained, string lost) => Math.Round(billionWon, 1) switch
    {
        > 0 => $"{gained} {Money(billionWon)}",
        < 0 => $"{lost} {Money(-billionWon)}",
        _ => $"{gained} nothing",
    };

    // "a gain of ₩12.3 bn", "a loss of ₩4.0 bn", "no gain or loss".
    private static string Outcome(double billionWon) => Math.Round(billionWon, 1) switch
    {
        > 0 => $"a gain of {Money(billionWon)}",
        < 0 => $"a loss of {Money(-billionWon)}",
        _ => "no gain or loss",
    };

    /// <summary>An amount in ₩ billion as a class reads it: "₩12.3 bn", "−₩4.0 bn".</summary>
    public static string Money(double billionWon) =>
        (billionWon < 0 ? "−₩" : "₩") + Math.Abs(billionWon).ToString("#,0.0", CultureInfo.InvariantCulture) + " bn";

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
