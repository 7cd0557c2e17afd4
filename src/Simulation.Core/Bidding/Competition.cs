using Simulation.Core.Agents;
using Simulation.Core.Projects;
using Simulation.Core.Randomness;
using Simulation.Core.Regions;
using Simulation.Core.Selection;
using Simulation.Core.Signals;

namespace Simulation.Core.Bidding;

/// <summary>
/// One national competition, start to finish: partners decide whether to bid jointly, candidates decide
/// whether to enter, bids adjust their effort over a few rounds of damped best response (pre-qualification
/// and main evaluation), and the regime's selection rule picks the winners. Buffers are reused across calls.
/// </summary>
public sealed partial class Competition
{
    private readonly Bid[] _bids;
    private readonly Bid[] _scratch;
    private readonly double[] _logStrength;
    private readonly double[] _strength;
    private readonly double[] _nextEffort;
    private readonly double[] _valuation;
    private readonly double[] _exponent;
    private readonly double[] _logScale;
    private readonly double[] _logRivals;
    private readonly double[] _floor;
    private readonly double[] _cap;
    private readonly double[] _payoff;
    private readonly int[] _winners;
    private int _count;
    private int _winnerCount;
    private bool _responsesCurrent; // _nextEffort holds every bid's best response to the bids as they stand
    private double _shift;
    private double _total;

    /// <summary>Allocates buffers for up to <paramref name="maxBids"/> bids and <paramref name="maxWinners"/> winners.</summary>
    public Competition(int maxBids, int maxWinners)
    {
        _bids = new Bid[maxBids];
        _scratch = new Bid[maxBids];
        _logStrength = new double[maxBids];
        _strength = new double[maxBids];
        _nextEffort = new double[maxBids + 1]; // + 1: a joint bid weighed beside all its members
        _valuation = new double[maxBids + 1];
        _exponent = new double[maxBids + 1];
        _logScale = new double[maxBids + 1];
        _logRivals = new double[maxBids + 1];
        _floor = new double[maxBids + 1];
        _cap = new double[maxBids + 1];
        _payoff = new double[maxBids + 1];
        _winners = new int[Math.Max(maxWinners, 1)];
    }

    /// <summary>The bids of the last competition run (entrants only, after the selection).</summary>
    public ReadOnlySpan<Bid> Bids => _bids.AsSpan(0, _count);

    /// <summary>Positions in <see cref="Bids"/> of the last competition's winners, best first.</summary>
    public ReadOnlySpan<int> Winners => _winners.AsSpan(0, _winnerCount);

    /// <summary>Regions whose decisions people take instead of their agents (a participatory game); null in Monte Carlo runs.</summary>
    public PlayedRegions? Players { get; set; }

    /// <summary>The observed outcome competitions are conditioned on (likelihood of a record); null in Monte Carlo runs.</summary>
    public IOutcomeCondition? Condition { get; set; }

    /// <summary>Runs the competition for <paramref name="project"/> and books its results on the governments and the outcome.</summary>
    public void Run(
        int projectIndex,
        NationalProject project,
        ScorePlan plan,
        ISelectionRule rule,
        int year,
        RegionalGovernment[] governments,
        IReadOnlyList<Partnership> partnerships,
        Behaviour behaviour,
        ref RandomStream random,
        ReplicationOutcome outcome)
    {
        _winnerCount = 0;
        FormBids(project, plan, rule, governments, behaviour);
        if (project.JointBids)
        {
            ConsiderJointBids(project, plan, rule, year, governments, partnerships, behaviour, ref random);
        }
        DecideEntry(project.Winners, behaviour, ref random);
        if (_count == 0)
        {
            TellConditionEveryBidWins(projectIndex);
            return;
        }
        for (var round = 0; round < behaviour.AdjustmentRounds; round++)
        {
            AdjustEfforts(project.Winners, round, behaviour, ref random);
        }
        Award(projectIndex, project, plan, rule, governments, behaviour, ref random, outcome);
    }

    private void FormBids(NationalProject project, ScorePlan plan, ISelectionRule rule, RegionalGovernment[] governments, Behaviour behaviour)
    {
        _count = 0;
        if (project.Candidates.Count == 0)
        {
            for (var r = 0; r < governments.Length; r++)
            {
                _bids[_count++] = SingleBid(governments[r], project, plan, rule, behaviour);
            }
        }
        else
        {
            for (var i = 0; i < project.Candidates.Count; i++)
            {
                _bids[_count++] = SingleBid(governments[project.Candidates[i]], project, plan, rule, behaviour);
            }
        }
        if (Players is { } players)
        {
            for (var i = 0; i < _count; i++)
            {
                SetPlayedEffort(ref _bids[i], players, governments);
            }
        }
    }

    // A played bid's effort is what its players chose, within the bid's floor and cap; the agents leave it as it is.
    private static void SetPlayedEffort(ref Bid bid, PlayedRegions players, RegionalGovernment[] governments)
    {
        if (players.Includes(bid.Members))
        {
            bid.Effort = Math.Clamp(players.Effort(bid.Members, governments), bid.Floor, bid.Cap);
        }
    }

    private static Bid SingleBid(RegionalGovernment government, NationalProject project, ScorePlan plan, ISelectionRule rule, Behaviour behaviour)
    {
        var merit = plan.Merit(government.Index, government.Capacity);
        var valuation = project.PrizeValuePerWinner * project.ValuationMultipliers[government.Index];
        var bid = new Bid
        {
            Members = 1UL << government.Index,
            Lead = government.Index,
            Population = government.Population,
            Merit = merit,
            Valuation = valuation,
            Floor = EffortFloor(behaviour, project),
            Cap = Math.Max(EffortFloor(behaviour, project), government.EffortCap(behaviour)),
            Perceived = rule.Perceive(merit, plan.EffortWeight, project.PrizeValuePerWinner),
        };
        bid.Effort = Math.Clamp(government.ExpectedIntensity * valuation, bid.Floor, bid.Cap);
        return bid;
    }

    /// <summary>The least a bid costs: its preparation, and never less than a billionth of the prize, so that every bid's
    /// effort is positive.</summary>
    public static double EffortFloor(Behaviour behaviour, NationalProject project) =>
        Math.Max(behaviour.BidPreparationCostBillionWon, 1e-9 * project.PrizeValuePerWinner);

    // Computes every bid's strength at its current effort, relative to the strongest, so that rivals' totals are sums.
    private void PrepareStrengths()
    {
        _shift = double.NegativeInfinity;
        for (var i = 0; i < _count; i++)
        {
            _logStrength[i] = _bids[i].Perceived.LogStrength(_bids[i].Effort);
            _shift = Math.Max(_shift, _logStrength[i]);
        }
        _total = 0.0;
        for (var i = 0; i < _count; i++)
        {
            _strength[i] = Math.Exp(_logStrength[i] - _shift);
            _total += _strength[i];
        }
    }

    // ln Σ q_j over the bids other than `self` that share no member with `excludeMembers`; from the total when that is
    // accurate, else summed directly.
    private double LogRivals(int self, ulong excludeMembers)
    {
        var sum = _total;
        if (excludeMembers == 0)
        {
            sum -= self >= 0 ? _strength[self] : 0.0;
        }
        else
        {
            for (var j = 0; j < _count; j++)
            {
                if (j == self || (_bids[j].Members & excludeMembers) != 0)
                {
                    sum -= _strength[j];
                }
            }
        }
        if (sum > 1e-9 * _total)
        {
            return _shift + Math.Log(sum);
        }
        var log = double.NegativeInfinity;
        for (var j = 0; j < _count; j++)
        {
            if (j != self && (_bids[j].Members & excludeMembers) == 0)
            {
                log = BestResponse.LogSumExp(log, _logStrength[j]);
            }
        }
        return log;
    }

    // Every bid's best response to all the others at their current efforts (into _nextEffort) and its expected gain (into
    // _payoff), solved side by side. Needs PrepareStrengths().
    private void SolveBestResponses(double logWinners)
    {
        for (var i = 0; i < _count; i++)
        {
            SetProblem(i, _bids[i], LogRivals(i, 0UL) - logWinners); // k winners: read as q / (q + Y/k)
        }
        var n = _count;
        BestResponse.SolveMany(_valuation.AsSpan(0, n), _exponent.AsSpan(0, n), _logScale.AsSpan(0, n), _logRivals.AsSpan(0, n),
            _floor.AsSpan(0, n), _cap.AsSpan(0, n), _nextEffort.AsSpan(0, n), _payoff.AsSpan(0, n));
    }

    private void SetProblem(int slot, in Bid bid, double logRivals)
    {
        _valuation[slot] = bid.Valuation;
        _exponent[slot] = bid.Perceived.Exponent;
        _logScale[slot] = bid.Perceived.LogScale;
        _logRivals[slot] = logRivals;
        _floor[slot] = bid.Floor;
        _cap[slot] = bid.Cap;
    }

    private void DecideEntry(int winners, Behaviour behaviour, ref RandomStream random)
    {
        var entered = 0;
        PrepareStrengths();
        SolveBestResponses(Math.Log(winners)); // the gains do not depend on the decisions, which are drawn in order after
        for (var i = 0; i < _count; i++)
        {
            var enters = RegionalGovernment.EnterCompetition(_payoff[i], behaviour, ref random);
            if (Players is { } players && players.Includes(_bids[i].Members))
            {
                enters = players.Enters(_bids[i].Members);
            }
            if (enters)
            {
                _scratch[entered++] = _bids[i];
            }
        }
        // When every bid entered, the first adjustment round faces exactly the contest the entry decisions weighed.
        _responsesCurrent = entered == _count;
        _scratch.AsSpan(0, entered).CopyTo(_bids);
        _count = entered;
    }

    private void AdjustEfforts(int winners, int round, Behaviour behaviour, ref RandomStream random)
    {
        if (!_responsesCurrent)
        {
            PrepareStrengths();
            SolveBestResponses(Math.Log(winners));
        }
        _responsesCurrent = false;
        for (var i = 0; i < _count; i++)
        {
            _nextEffort[i] = RegionalGovernment.ChooseEffort(_bids[i], _nextEffort[i], round, behaviour, ref random);
            if (Players is { } players && players.Includes(_bids[i].Members))
            {
                _nextEffort[i] = _bids[i].Effort; // a player's effort stands; the draw above keeps the others' luck unchanged
            }
        }
        for (var i = 0; i < _count; i++)
        {
            _bids[i].Effort = _nextEffort[i];
        }
    }

    private void Award(int projectIndex, NationalProject project, ScorePlan plan, ISelectionRule rule, RegionalGovernment[] governments,
        Behaviour behaviour, ref RandomStream random, ReplicationOutcome outcome)
    {
        var winnerCount = _winnerCount = Math.Min(project.Winners, _count);
        var winners = _winners.AsSpan(0, winnerCount);
        if (_count <= project.Winners)
        {
            for (var i = 0; i < winnerCount; i++)
            {
                winners[i] = i;
            }
            TellConditionEveryBidWins(projectIndex);
        }
        else if (!ImposeCondition(projectIndex, project, plan, rule, ref random, winners))
        {
            rule.SelectWinners(_bids.AsSpan(0, _count), plan.EffortWeight, project.PrizeValuePerWinner, ref random, winners);
        }

        for (var i = 0; i < _count; i++)
        {
            ref var bid = ref _bids[i];
            outcome.TotalEffort += bid.Effort;
            if (bid.IsJoint)
            {
                outcome.JointBids++;
            }
            var intensity = bid.Effort / bid.Valuation;
            for (var members = bid.Members; members != 0; members &= members - 1)
            {
                var g = governments[System.Numerics.BitOperations.TrailingZeroCount(members)];
                var share = g.Population / bid.Population;
                g.EffortSpent += bid.Effort * share;
                g.BudgetLeft -= bid.Effort * share;
                g.ExpectedIntensity += behaviour.BeliefLearningRate * (intensity - g.ExpectedIntensity);
            }
        }
        foreach (var w in winners)
        {
            ref var bid = ref _bids[w];
            outcome.AddWinner(projectIndex, bid.Members);
            outcome.PrizeAwarded += project.PrizeValuePerWinner;
            var capacityGain = behaviour.CapacityGainPerTrillionWon * project.PrizeValuePerWinner / 1000.0;
            for (var members = bid.Members; members != 0; members &= members - 1)
            {
                var g = governments[System.Numerics.BitOperations.TrailingZeroCount(members)];
                var share = g.Population / bid.Population;
                g.Receive(project.NationalFundingPerWinner * share);
                g.Capacity += capacityGain * share;
            }
        }
    }
}
