using Simulation.Core.Agents;

namespace Simulation.Core.Bidding;

/// <summary>
/// The regions people play in a participatory game, with their choices for the competition about to run. A competition
/// takes every decision of a played region from here and every other region's from its agent; random draws are made
/// for played regions too, so the rest of the world meets the same luck whatever the players choose.
/// </summary>
public sealed class PlayedRegions
{
    private readonly PlayerChoice[] _choices;

    /// <summary>Creates an empty set for a scenario of <paramref name="regions"/> regions (at most 64).</summary>
    public PlayedRegions(int regions)
    {
        if (regions is < 1 or > 64)
        {
            throw new ArgumentOutOfRangeException(nameof(regions), regions, "a model has between 1 and 64 regions");
        }
        _choices = new PlayerChoice[regions];
    }

    /// <summary>Set of played regions (bit i = region i).</summary>
    public ulong Members { get; private set; }

    /// <summary>Marks <paramref name="region"/> as played, with <paramref name="choice"/> for the next competition.</summary>
    public void Set(int region, PlayerChoice choice)
    {
        _choices[region] = choice;
        Members |= 1UL << region;
    }

    /// <summary>Hands <paramref name="region"/> back to its agent.</summary>
    public void Release(int region) => Members &= ~(1UL << region);

    /// <summary>Returns true when any member of <paramref name="members"/> is played.</summary>
    public bool Includes(ulong members) => (Members & members) != 0;

    /// <summary>Returns the choice of a played region.</summary>
    public PlayerChoice Choice(int region) => _choices[region];

    /// <summary>Whether a bid with played members enters: every played member chose to bid.</summary>
    public bool Enters(ulong members) => AllPlayed(members, static c => c.Bid);

    /// <summary>Whether a partnership with played members bids as one: every played member chose to bid and to team up (a
    /// member who does not bid leaves the others to bid on their own, rather than taking their bid out with it).</summary>
    public bool TeamsUp(ulong members) => AllPlayed(members, static c => c.Bid && c.TeamUp);

    /// <summary>
    /// The effort of a bid with played members, ₩ billion: what its played members chose, scaled up by population when the
    /// agents of unplayed partners join in (they match the players' effort per person).
    /// </summary>
    public double Effort(ulong members, IReadOnlyList<RegionalGovernment> governments)
    {
        double effort = 0, playedPeople = 0, people = 0;
        for (var m = members; m != 0; m &= m - 1)
        {
            var r = System.Numerics.BitOperations.TrailingZeroCount(m);
            people += governments[r].Population;
            if ((Members & (1UL << r)) != 0)
            {
                effort += _choices[r].EffortBillionWon;
                playedPeople += governments[r].Population;
            }
        }
        return playedPeople > 0 ? effort * people / playedPeople : 0.0;
    }

    /// <summary>
    /// The share of a bid's effort charged to <paramref name="region"/>, one of <paramref name="members"/>, when the bid has a
    /// played member (ODD §7.7): a played member pays in proportion to what its players put in, so that each pays what it chose
    /// (all of it scaled alike when the bid's floor or cap moved the total); an unplayed partner, whose agent matches the players'
    /// effort per person, pays its population share. When the players put in nothing, every member pays its population share.
    /// </summary>
    /// <param name="members">The bid's members (bit i = region i), with at least one played.</param>
    /// <param name="region">A member of the bid.</param>
    /// <param name="population">Each region's population, thousand persons, by index.</param>
    public double EffortShare(ulong members, int region, Func<int, double> population)
    {
        double effort = 0, playedPeople = 0, people = 0;
        for (var m = members; m != 0; m &= m - 1)
        {
            var r = System.Numerics.BitOperations.TrailingZeroCount(m);
            people += population(r);
            if ((Members & (1UL << r)) != 0)
            {
                effort += _choices[r].EffortBillionWon;
                playedPeople += population(r);
            }
        }
        if (effort <= 0 || (Members & (1UL << region)) == 0)
        {
            return population(region) / people;
        }
        return _choices[region].EffortBillionWon * playedPeople / (effort * people);
    }

    // How a competition departs from its agents for bids with played members (ODD §7.7); it calls these only when a game
    // is being played, so Monte Carlo runs pay nothing for them.

    /// <summary>Sets the effort of every bid with played members to what its players chose, within the bid's floor and cap.</summary>
    internal void SetEfforts(Span<Bid> bids, IReadOnlyList<RegionalGovernment> governments)
    {
        for (var i = 0; i < bids.Length; i++)
        {
            SetEffort(ref bids[i], governments);
        }
    }

    /// <summary>Sets <paramref name="bid"/>'s effort to what its players chose, within its floor and cap, if it has a played member.</summary>
    internal void SetEffort(ref Bid bid, IReadOnlyList<RegionalGovernment> governments)
    {
        if (Includes(bid.Members))
        {
            bid.Effort = Math.Clamp(Effort(bid.Members, governments), bid.Floor, bid.Cap);
        }
    }

    /// <summary>Whether <paramref name="bid"/> enters: its players' choice if it has a played member, else its agents'.</summary>
    internal bool Entry(in Bid bid, bool agentsEntry) => Includes(bid.Members) ? Enters(bid.Members) : agentsEntry;

    /// <summary>Puts back, in <paramref name="nextEfforts"/>, the current effort of every bid with a played member: a player's
    /// effort stands through the adjustment rounds.</summary>
    internal void KeepEfforts(ReadOnlySpan<Bid> bids, Span<double> nextEfforts)
    {
        for (var i = 0; i < bids.Length; i++)
        {
            if (Includes(bids[i].Members))
            {
                nextEfforts[i] = bids[i].Effort;
            }
        }
    }

    private bool AllPlayed(ulong members, Func<PlayerChoice, bool> test)
    {
        for (var m = members & Members; m != 0; m &= m - 1)
        {
            if (!test(_choices[System.Numerics.BitOperations.TrailingZeroCount(m)]))
            {
                return false;
            }
        }
        return true;
    }
}
