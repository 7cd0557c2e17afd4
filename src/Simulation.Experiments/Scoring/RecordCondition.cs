using Simulation.Core;
using Simulation.Core.Bidding;

namespace Simulation.Experiments.Scoring;

/// <summary>
/// Holds one replication to the historical record: each recorded competition's historical winners win, and the chance
/// they had given the bids is kept, with the chance of every other set of winners (for the Brier score). One per worker
/// thread; <see cref="Begin"/> clears it for the next replication.
/// </summary>
internal sealed class RecordCondition : IOutcomeCondition, ICompetitionObserver
{
    // Beyond this many possible sets of winners a competition's Brier score is not computed (it would cost too much).
    private const int MaxSets = 5000;

    private readonly SimulationModel _model;
    private readonly Scenario _scenario;
    private readonly ulong[] _required;
    private readonly int[] _competitionOf;
    private readonly double[] _chance;
    private readonly double[] _unconditioned; // 1 for a competition the record names no winner of (nothing to condition on), else 0
    private readonly List<(ulong Regions, double Chance)>[] _sets;
    private double[] _weights = new double[16];

    public RecordCondition(SimulationModel model, Scenario scenario, IReadOnlyList<(int Project, ulong Winners)> record)
    {
        _model = model;
        _scenario = scenario;
        _required = new ulong[scenario.Projects.Count];
        _competitionOf = Enumerable.Repeat(-1, scenario.Projects.Count).ToArray();
        for (var c = 0; c < record.Count; c++)
        {
            _required[record[c].Project] = record[c].Winners;
            _competitionOf[record[c].Project] = c;
        }
        _chance = new double[record.Count];
        _unconditioned = [.. record.Select(c => c.Winners == 0 ? 1.0 : 0.0)];
        _sets = [.. record.Select(_ => new List<(ulong, double)>())];
    }

    /// <summary>Each recorded competition's chance of the record given the bids, in this replication (0 when not held; 1 when
    /// the record names no winner, as when a synthetic record's competition drew no bid).</summary>
    public ReadOnlySpan<double> Chances => _chance;

    /// <summary>Every set of winners the competition could have had in this replication (as region masks) with its chance
    /// given the bids; empty when there were too many to list.</summary>
    public IReadOnlyList<(ulong Regions, double Chance)> Sets(int competition) => _sets[competition];

    /// <summary>Forgets the last replication.</summary>
    public void Begin()
    {
        _unconditioned.CopyTo(_chance, 0);
        foreach (var sets in _sets)
        {
            sets.Clear();
        }
    }

    /// <inheritdoc />
    public ulong RequiredWinners(int project) => _required[project];

    /// <inheritdoc />
    public void Imposed(int project, double chance) => _chance[_competitionOf[project]] = chance;

    /// <inheritdoc />
    public void CompetitionJudged(int project, int year, int regime, ReadOnlySpan<Bid> bids, ReadOnlySpan<int> winners, ulong candidates)
    {
        var c = _competitionOf[project];
        if (c < 0 || bids.Length == 0)
        {
            return;
        }
        var k = winners.Length;
        if (WinnerSets.Count(bids.Length, k) > MaxSets)
        {
            return;
        }
        if (_weights.Length < bids.Length)
        {
            _weights = new double[bids.Length];
        }
        var rule = _model.National.Rule(regime);
        var plan = _model.National.ProjectPlan(project, regime);
        var prize = _scenario.Projects[project].PrizeValuePerWinner;
        var weights = _weights.AsSpan(0, bids.Length);
        var max = double.NegativeInfinity;
        for (var i = 0; i < bids.Length; i++)
        {
            weights[i] = rule.LogDrawWeight(bids[i], plan.EffortWeight, prize);
            max = Math.Max(max, weights[i]);
        }
        for (var i = 0; i < bids.Length; i++)
        {
            weights[i] = Math.Exp(weights[i] - max);
        }
        WinnerSets.Enumerate(weights, bids, k, _sets[c]);
    }
}
