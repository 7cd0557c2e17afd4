using Simulation.Core.Agents;
using Simulation.Core.Projects;
using Simulation.Core.Randomness;

namespace Simulation.Core.Bidding;

/// <summary>
/// One national competition, start to finish (ODD §7.4): partners decide whether to bid jointly, candidates decide whether
/// to enter, bids adjust their effort over a few rounds of damped best response, and the regime's selection rule picks the
/// winners. Buffers are reused across calls, so a run allocates nothing.
/// </summary>
public sealed class Competition
{
    private readonly Bidders _bidders;
    private readonly BidTable _bids;
    private readonly ResponseBatch _responses;
    private readonly int[] _winners;
    private int _winnerCount;
    private bool _responsesCurrent; // the batch holds every bid's best response to the bids as they stand
    private CompetitionRequest _request; // of the competition under way
    private int _round; // the adjustment round whose best responses are being solved; -1: the entry's

    /// <summary>Allocates buffers for a competition among <paramref name="bidders"/> with up to
    /// <paramref name="maxWinners"/> winners.</summary>
    public Competition(Bidders bidders, int maxWinners)
        : this(bidders, maxWinners, new RootTables())
    {
    }

    /// <summary>Allocates buffers as the public constructor does, the best responses starting from the roots of
    /// <paramref name="tables"/>, shared with other models stepped on the same thread.</summary>
    internal Competition(Bidders bidders, int maxWinners, RootTables tables)
    {
        var maxBids = bidders.Governments.Length;
        _bidders = bidders;
        _bids = new BidTable(maxBids);
        _responses = new ResponseBatch(maxBids + 1, tables); // + 1: a joint bid weighed beside all its members
        _winners = new int[Math.Max(maxWinners, 1)];
    }

    /// <summary>The bids of the last competition run (entrants only, after the selection).</summary>
    public ReadOnlySpan<Bid> Bids => _bids.Bids;

    /// <summary>The last competition's candidates (bit i = region i), whether or not they entered.</summary>
    public ulong Candidates { get; private set; }

    /// <summary>Positions in <see cref="Bids"/> of the last competition's winners, best first.</summary>
    public ReadOnlySpan<int> Winners => _winners.AsSpan(0, _winnerCount);

    /// <summary>The best-response problems of the stage under way: between <see cref="Begin"/> (or a <see cref="Continue"/>
    /// that returned true) and the next <see cref="Continue"/>, the slots awaiting a solve.</summary>
    internal ResponseBatch Responses => _responses;

    /// <summary>Runs the competition <paramref name="request"/> describes and books its results on the governments and
    /// <paramref name="outcome"/>.</summary>
    public void Run(in CompetitionRequest request, ref RandomStream random, ReplicationOutcome outcome)
    {
        var pending = Begin(request, ref random);
        while (pending)
        {
            _responses.SolvePending();
            pending = Continue(ref random, outcome);
        }
    }

    /// <summary>Starts the competition: forms the bids, weighs joint bids and lays out the entry's best-response problems in
    /// <see cref="Responses"/>. Whoever solves them (alone, or with other models' in one batch: the answers are the same)
    /// then calls <see cref="Continue"/>.</summary>
    /// <returns>True: problems await solving (always, for the entry).</returns>
    internal bool Begin(in CompetitionRequest request, ref RandomStream random)
    {
        _request = request;
        _winnerCount = 0;
        FormBids(request, ref random);
        if (request.Project.JointBids)
        {
            JointBids.Consider(_bids, _responses, _bidders, request, ref random);
        }
        _round = -1;
        // The gains do not depend on the decisions, which are drawn in order after the solve.
        _responses.PrepareAgainstEachOther(_bids, Math.Log(request.Project.Winners));
        return true;
    }

    /// <summary>Goes on from the last solve to the next stage that needs one: the entry decisions, then each round of
    /// adjustment (ODD §7.4.4), then the selection and the booking.</summary>
    /// <returns>True: problems await solving again; false: the competition is over and booked on <paramref name="outcome"/>.</returns>
    internal bool Continue(ref RandomStream random, ReplicationOutcome outcome)
    {
        if (_round < 0)
        {
            DecideEntry(_request, ref random);
            if (_bids.Count == 0)
            {
                ConditionedDraw.TellEveryBidWins(_bids, _request);
                return false;
            }
            _round = 0;
        }
        else
        {
            ChooseEfforts(_request, _round++, ref random);
        }
        for (; _round < _bidders.Behaviour.AdjustmentRounds; _round++)
        {
            if (!_responsesCurrent)
            {
                // From round 1 the slots hold the same bids as in the round before (and in round 0 they did too when every bid
                // entered and the entry's solve was reused), so each solve starts from that bid's last root.
                _responses.PrepareAgainstEachOther(_bids, Math.Log(_request.Project.Winners), warm: _round > 0, payoffs: false);
                return true;
            }
            _responsesCurrent = false;
            ChooseEfforts(_request, _round, ref random);
        }
        var winners = Select(_request, ref random);
        Book(_request, winners, outcome);
        return false;
    }

    private void FormBids(in CompetitionRequest request, ref RandomStream random)
    {
        var project = request.Project;
        var governments = _bidders.Governments;
        _bids.Clear();
        if (project.Candidates.Count == 0)
        {
            for (var r = 0; r < governments.Length; r++)
            {
                _bids.Add(SingleBid(governments[r], request));
            }
        }
        else
        {
            for (var i = 0; i < project.Candidates.Count; i++)
            {
                _bids.Add(SingleBid(governments[project.Candidates[i]], request));
            }
            if (project.Unnamed is { } unnamed)
            {
                AddUnnamed(unnamed, request, ref random);
            }
        }
        Candidates = 0;
        for (var i = 0; i < _bids.Count; i++)
        {
            Candidates |= _bids[i].Members;
        }
        request.Players?.SetEfforts(_bids.Bids, governments);
    }

    // The unnamed candidates of this replication: Count of the pool drawn without replacement (a partial Fisher-Yates
    // shuffle of the pool's positions), added in the pool's order. A played region of the pool is a candidate whatever
    // the draw, its players deciding whether it bids; the draw is made all the same, so the others meet the same luck.
    private void AddUnnamed(UnnamedCandidates unnamed, in CompetitionRequest request, ref RandomStream random)
    {
        var pool = unnamed.Among;
        Span<int> order = stackalloc int[pool.Count];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }
        var drawn = 0UL;
        for (var i = 0; i < unnamed.Count; i++)
        {
            var j = i + (int)(random.NextDouble() * (order.Length - i));
            (order[i], order[j]) = (order[j], order[i]);
            drawn |= 1UL << order[i];
        }
        var played = request.Players?.Members ?? 0UL;
        for (var i = 0; i < pool.Count; i++)
        {
            if ((drawn & (1UL << i)) != 0 || (played & (1UL << pool[i])) != 0)
            {
                _bids.Add(SingleBid(_bidders.Governments[pool[i]], request));
            }
        }
    }

    private Bid SingleBid(RegionalGovernment government, in CompetitionRequest request)
    {
        var terms = BidTerms.Single(government, request.Project, request.Plan, _bidders.Behaviour);
        var perceived = request.Rule.Perceive(terms.Merit, request.Plan.EffortWeight, request.Project.PrizeValuePerWinner);
        return terms.ToBid(1UL << government.Index, government.Population, perceived);
    }

    private void DecideEntry(in CompetitionRequest request, ref RandomStream random)
    {
        var players = request.Players;
        var payoffs = _responses.Payoffs;
        _bids.ClearEntrants();
        for (var i = 0; i < _bids.Count; i++)
        {
            var enters = RegionalGovernment.EnterCompetition(payoffs[i], _bidders.Behaviour, ref random);
            if (players is not null)
            {
                enters = players.Entry(_bids[i], enters); // the draw above keeps the others' luck unchanged
            }
            if (enters)
            {
                _bids.AddEntrant(i);
            }
        }
        // When every bid entered, the first adjustment round faces exactly the contest the entry decisions weighed.
        _responsesCurrent = _bids.KeepOnlyEntrants();
    }

    // A round of adjustment once its best responses are solved: each bid's next effort, a damped and noisy step towards them.
    private void ChooseEfforts(in CompetitionRequest request, int round, ref RandomStream random)
    {
        var next = _responses.Efforts;
        var bids = _bids.Bids;
        for (var i = 0; i < bids.Length; i++)
        {
            next[i] = RegionalGovernment.ChooseEffort(bids[i], next[i], round, _bidders.Behaviour, ref random);
        }
        request.Players?.KeepEfforts(bids, next); // the draws above keep the others' luck unchanged
        for (var i = 0; i < bids.Length; i++)
        {
            bids[i].Effort = next[i];
        }
    }

    // The winners' positions, best first: every bid when there are no more bids than prizes, else drawn under the outcome
    // condition or by the regime's rule.
    private Span<int> Select(in CompetitionRequest request, ref RandomStream random)
    {
        var project = request.Project;
        var count = _bids.Count;
        var winners = _winners.AsSpan(0, _winnerCount = Math.Min(project.Winners, count));
        if (count <= project.Winners)
        {
            for (var i = 0; i < winners.Length; i++)
            {
                winners[i] = i;
            }
            ConditionedDraw.TellEveryBidWins(_bids, request);
        }
        else if (!ConditionedDraw.TryDraw(_bids, request, ref random, winners))
        {
            request.Rule.SelectWinners(_bids.Bids, request.Plan.EffortWeight, project.PrizeValuePerWinner, ref random, winners);
        }
        return winners;
    }

    // A member's share of a bid with played members (§7.7). Apart, so that Monte Carlo runs, which have no players, never
    // allocate the lambda's closure.
    private static double PlayedShare(PlayedRegions players, ulong members, int region, IReadOnlyList<RegionalGovernment> governments) =>
        players.EffortShare(members, region, r => governments[r].Population);

    // ODD §7.4.7: every entrant's effort is charged to its members by population share and teaches them what bids cost;
    // every winner's funding (all at the award, or in equal yearly parts over the project's funding years) and capacity gain
    // are shared the same way. In a game, a bid with played members charges each
    // played member what its players put in (§7.7).
    private void Book(in CompetitionRequest request, ReadOnlySpan<int> winners, ReplicationOutcome outcome)
    {
        var project = request.Project;
        var governments = _bidders.Governments;
        var behaviour = _bidders.Behaviour;
        var bids = _bids.Bids;
        for (var i = 0; i < bids.Length; i++)
        {
            ref var bid = ref bids[i];
            outcome.TotalEffort += bid.Effort;
            if (bid.IsJoint)
            {
                outcome.JointBids++;
            }
            var intensity = bid.Effort / bid.Valuation;
            for (var members = bid.Members; members != 0; members &= members - 1)
            {
                var g = governments[System.Numerics.BitOperations.TrailingZeroCount(members)];
                var share = request.Players is { } players && players.Includes(bid.Members)
                    ? PlayedShare(players, bid.Members, g.Index, governments)
                    : g.Population / bid.Population;
                g.EffortSpent += bid.Effort * share;
                g.BudgetLeft -= bid.Effort * share;
                g.ExpectedIntensity += behaviour.BeliefLearningRate * (intensity - g.ExpectedIntensity);
            }
        }
        foreach (var w in winners)
        {
            ref var bid = ref bids[w];
            outcome.AddWinner(request.ProjectIndex, bid.Members);
            outcome.PrizeAwarded += project.PrizeValuePerWinner;
            var capacityGain = behaviour.CapacityGainPerTrillionWon * project.PrizeValuePerWinner / 1000.0;
            var years = project.FundingYears;
            for (var members = bid.Members; members != 0; members &= members - 1)
            {
                var g = governments[System.Numerics.BitOperations.TrailingZeroCount(members)];
                var share = g.Population / bid.Population;
                if (years == 1)
                {
                    g.Receive(project.NationalFundingPerWinner * share);
                }
                else
                {
                    var part = project.NationalFundingPerWinner * share / years;
                    g.Receive(part);
                    g.ScheduleInstalments(request.Year + 1, years - 1, part);
                }
                g.Capacity += capacityGain * share;
            }
        }
    }
}
