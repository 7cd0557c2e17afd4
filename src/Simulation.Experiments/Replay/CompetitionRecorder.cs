using System.Globalization;
using Simulation.Core;
using Simulation.Core.Bidding;

namespace Simulation.Experiments.Replay;

/// <summary>
/// Turns every competition a model judges into a <see cref="CompetitionRecord"/> with the bids' chances and a plain account
/// of why the winners won; also tallies, per region, projects won, prize value won and effort spent. Used by the replay
/// and by the participatory game, which compares its class with games the model plays alone.
/// </summary>
public sealed class CompetitionRecorder(Scenario scenario) : ICompetitionObserver
{
    private readonly List<CompetitionRecord> _records = [];
    private readonly int[] _wins = new int[scenario.Regions.Count];
    private readonly double[] _prizeWon = new double[scenario.Regions.Count];
    private readonly double[] _effort = new double[scenario.Regions.Count];

    /// <summary>Regions people play, marked as such in the records; null when the model plays them all.</summary>
    public PlayedRegions? Players { get; set; }

    /// <summary>The competitions recorded so far, in the order they were judged.</summary>
    public IReadOnlyList<CompetitionRecord> Records => _records;

    /// <summary>Winning bids each region took part in.</summary>
    public IReadOnlyList<int> Wins => _wins;

    /// <summary>Prize value won per region, ₩ billion (a joint win is shared by population).</summary>
    public IReadOnlyList<double> PrizeWon => _prizeWon;

    /// <summary>Effort spent on bids per region, ₩ billion (a joint bid's is shared by population, except that in a game each
    /// played member is charged what its players put in: <see cref="PlayedRegions.EffortShare"/>).</summary>
    public IReadOnlyList<double> Effort => _effort;

    /// <summary>Forgets everything recorded, for the next replication.</summary>
    public void Clear()
    {
        _records.Clear();
        Array.Clear(_wins);
        Array.Clear(_prizeWon);
        Array.Clear(_effort);
    }

    /// <inheritdoc />
    public void CompetitionJudged(int project, int year, int regime, ReadOnlySpan<Bid> bids, ReadOnlySpan<int> winners, ulong candidates)
    {
        var spec = scenario.Projects[project];
        var chances = WinChances.Of(bids, spec.Winners);
        var records = new List<BidRecord>(bids.Length);
        for (var i = 0; i < bids.Length; i++)
        {
            var won = winners.Contains(i);
            var bid = bids[i];
            var members = Tally(bid, won ? spec.PrizeValuePerWinner : 0.0);
            records.Add(new BidRecord(RegionIds(bid.Members), bid.Effort, bid.Merit, chances[i], won, members));
        }
        // Stable, so bids of equal chance keep the model's order from one run to the next.
        var sorted = records.OrderByDescending(r => r.Chance).ToList();
        _records.Add(new CompetitionRecord(spec.Id, spec.Name, year, scenario.Regimes[regime].Id, spec.Winners, RegionIds(candidates), sorted, Why(sorted, spec.Winners)));
    }

    // Adds the bid to each member's tallies and returns each member's part, in the order of its ids.
    private List<BidMember> Tally(in Bid bid, double prize)
    {
        var parts = new List<BidMember>(2);
        for (var m = bid.Members; m != 0; m &= m - 1)
        {
            var r = System.Numerics.BitOperations.TrailingZeroCount(m);
            var share = scenario.Regions[r].Values[scenario.PopulationAttribute] / bid.Population;
            var charged = bid.Effort * (Players is { } players && players.Includes(bid.Members) ? players.EffortShare(bid.Members, r, Population) : share);
            _effort[r] += charged;
            if (prize > 0)
            {
                _wins[r]++;
                _prizeWon[r] += prize * share;
            }
            parts.Add(new BidMember(Players?.Includes(1UL << r) == true, charged, prize * share));
        }
        return parts;
    }

    private double Population(int region) => scenario.Regions[region].Values[scenario.PopulationAttribute];

    private List<string> RegionIds(ulong members)
    {
        var ids = new List<string>(2);
        for (var m = members; m != 0; m &= m - 1)
        {
            ids.Add(scenario.Regions[System.Numerics.BitOperations.TrailingZeroCount(m)].Id);
        }
        return ids;
    }

    private string Name(BidRecord bid) => string.Join(" + ", bid.Regions.Select(id => scenario.Regions.First(r => r.Id == id).Name));

    // One sentence per winner: its merit rank, its effort, its chance before the draw, and whether luck decided.
    private List<string> Why(List<BidRecord> bids, int winners)
    {
        if (bids.Count == 0)
        {
            return ["No region bid, so nobody won."];
        }
        if (bids.Count <= winners)
        {
            return [$"Only {bids.Count} bid{(bids.Count == 1 ? "" : "s")} for {winners} place{(winners == 1 ? "" : "s")}, so every bid won."];
        }
        var sentences = new List<string>();
        foreach (var w in bids.Where(b => b.Won))
        {
            var meritRank = Placed(bids, w, b => b.Merit);
            var effortRank = Placed(bids, w, b => b.EffortBillionWon);
            // Bids are in order of chance: a winner placed below the number of places won against the odds.
            var better = bids.IndexOf(w) >= winners ? bids.TakeWhile(b => !ReferenceEquals(b, w)).Count(b => !b.Won) : 0;
            var luck = better == 0 ? "" : $" Luck in the selection decided it: {better} bid{(better == 1 ? "" : "s")} with a better chance lost.";
            var chance = Narration.ResultNarrative.Percent(w.Chance); // as the bids' table writes it: 6.5 %, not 7 %
            sentences.Add(string.Create(CultureInfo.InvariantCulture,
                $"{Name(w)} won: {meritRank} on the criteria of {bids.Count} bids, {effortRank} in effort (₩{w.EffortBillionWon:0.0} bn), {Article(chance)} {chance} % chance before the selection.{luck}"));
        }
        return sentences;
    }

    // A bid's place by a measure: 1 + the bids strictly above it, "tied" when another bid has the same value, so that equal
    // efforts (students often type the figure the page suggests) share a place rather than take the next ones in list order.
    private static string Placed(List<BidRecord> bids, BidRecord bid, Func<BidRecord, double> measure)
    {
        var value = measure(bid);
        var place = Rank(1 + bids.Count(b => measure(b) > value));
        return bids.Any(b => !ReferenceEquals(b, bid) && measure(b) == value) ? $"tied {place}" : place;
    }

    // In words up to tenth, so that one sentence does not say "second" and the next "5th"; a numeral beyond.
    private static string Rank(int rank) => rank switch
    {
        1 => "first",
        2 => "second",
        3 => "third",
        4 => "fourth",
        5 => "fifth",
        6 => "sixth",
        7 => "seventh",
        8 => "eighth",
        9 => "ninth",
        10 => "tenth",
        _ => rank.ToString(CultureInfo.InvariantCulture) + ((rank % 100) is >= 11 and <= 13 ? "th" : (rank % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" }),
    };

    // "an 8 %", "an 11 %", "an 80 %", but "a 7 %": the article goes by how the number is said.
    private static string Article(string number) => number.StartsWith('8') || number is "11" or "18" ? "an" : "a";
}
