using Simulation.Core.Programmes;
using Simulation.Core.Randomness;
using Simulation.Core.Regimes;
using Simulation.Core.Selection;
using Simulation.Core.Signals;

namespace Simulation.Core.Agents;

/// <summary>
/// The national government: applies the regime in force. It shares out the balanced-development fund,
/// makes designations (Innovation Cities, Enterprise Cities, special districts) and judges competitions
/// with the regime's selection rule and the criteria it adds to each project's own.
/// </summary>
public sealed class NationalGovernment
{
    private readonly Scenario _scenario;
    private readonly ISelectionRule[] _rules;
    private readonly ScorePlan[] _fundPlans;
    private readonly ScorePlan[,] _projectPlans;
    private readonly ScorePlan[,] _programmePlans;
    private readonly int[] _categoryOffsets;
    private readonly int[,] _designations;
    private readonly double[] _weights;
    private readonly double[] _scores;
    private readonly double[][] _categoryShares;
    private readonly bool[,] _eligible;
    private readonly HashSet<(int Programme, int Year)> _designationYears = [];

    /// <summary>Compiles every regime's rules against the scenario.</summary>
    public NationalGovernment(Scenario scenario, StandardScores scores)
    {
        _scenario = scenario;
        var regimes = scenario.Regimes;
        _rules = regimes.Select(r => r.Selection.Rule == SelectionRuleKind.Tullock
            ? (ISelectionRule)new TullockSelection(r.Selection.Exponent)
            : new ScoredSelection(r.Selection.Discretion, r.Selection.Noise)).ToArray();
        _fundPlans = regimes.Select(r => new ScorePlan(r.Fund.Allocation, scenario.Regions, scores, r.AlignmentAttribute)).ToArray();
        _projectPlans = new ScorePlan[scenario.Projects.Count, regimes.Count];
        for (var p = 0; p < scenario.Projects.Count; p++)
        {
            for (var g = 0; g < regimes.Count; g++)
            {
                _projectPlans[p, g] = new ScorePlan(scenario.Projects[p].Criteria.Concat(regimes[g].Tilt), scenario.Regions, scores, regimes[g].AlignmentAttribute);
            }
        }
        _programmePlans = new ScorePlan[scenario.Programmes.Count, regimes.Count];
        _categoryOffsets = new int[scenario.Programmes.Count];
        var offset = 0;
        for (var p = 0; p < scenario.Programmes.Count; p++)
        {
            _categoryOffsets[p] = offset;
            offset += scenario.Programmes[p].Categories.Count;
            for (var g = 0; g < regimes.Count; g++)
            {
                _programmePlans[p, g] = new ScorePlan(scenario.Programmes[p].Selection, scenario.Regions, scores, regimes[g].AlignmentAttribute);
            }
        }
        _designations = new int[scenario.Programmes.Count, scenario.Regions.Count];
        _eligible = new bool[scenario.Programmes.Count, scenario.Regions.Count];
        for (var p = 0; p < scenario.Programmes.Count; p++)
        {
            var spec = scenario.Programmes[p];
            for (var r = 0; r < scenario.Regions.Count; r++)
            {
                _eligible[p, r] = spec.Eligible.Count == 0 || spec.Eligible.Contains(r);
            }
            foreach (var year in spec.Years)
            {
                _designationYears.Add((p, year));
            }
        }
        _weights = new double[scenario.Regions.Count];
        _scores = new double[scenario.Regions.Count];
        _categoryShares = scenario.Programmes.Select(p => p.Categories.Select(c => c.Share).ToArray()).ToArray();
    }

    /// <summary>Returns the selection rule of a regime.</summary>
    public ISelectionRule Rule(int regime) => _rules[regime];

    /// <summary>Returns the compiled criteria of a project under a regime: the project's own plus the regime's tilt.</summary>
    public ScorePlan ProjectPlan(int project, int regime) => _projectPlans[project, regime];

    /// <summary>Returns how many designations of a programme a region holds.</summary>
    public int Designations(int programme, int region) => _designations[programme, region];

    /// <summary>Returns true when <paramref name="programme"/> makes designations in <paramref name="year"/> (if the regime runs it).</summary>
    public bool DesignatesIn(int programme, int year) => _designationYears.Contains((programme, year));

    /// <summary>Clears the designations for a new replication.</summary>
    public void Reset() => Array.Clear(_designations);

    /// <summary>
    /// Shares out the year's balanced-development fund: share_i ∝ population_i · exp(Σ w·signal_i + discretion·ε_i),
    /// ε ~ N(0, 1). Returns the amount spent, ₩ billion.
    /// </summary>
    public double ShareOutFund(int year, int regime, RegionalGovernment[] governments, ref RandomStream random)
    {
        var policy = _scenario.Regimes[regime].Fund;
        var size = _scenario.Fund.SizeBillionUsd(year) * _scenario.WonPerUsd * policy.ShareOfPath;
        if (size <= 0)
        {
            return 0.0;
        }
        var plan = _fundPlans[regime];
        var total = 0.0;
        for (var r = 0; r < governments.Length; r++)
        {
            var g = governments[r];
            var noise = policy.Discretion > 0 ? policy.Discretion * random.NextGaussian() : 0.0;
            _weights[r] = g.Population * Math.Exp(plan.Merit(r, g.Capacity) + noise);
            total += _weights[r];
        }
        for (var r = 0; r < governments.Length; r++)
        {
            governments[r].Receive(size * _weights[r] / total);
        }
        return size;
    }

    /// <summary>
    /// Makes one year's designations of a programme: each is a logit draw among the eligible regions that are below the
    /// programme's cap, by exp(score / discretion) (the best score when discretion is 0). Books the value and, for
    /// categorised programmes, the planned and realised investment.
    /// </summary>
    public void MakeDesignations(int programme, int regime, RegionalGovernment[] governments, ref RandomStream random, ReplicationOutcome outcome, Behaviour behaviour)
    {
        var spec = _scenario.Programmes[programme];
        var plan = _programmePlans[programme, regime];
        var count = (int)Math.Round(spec.DesignationsPerYear, MidpointRounding.AwayFromZero);
        var reference = double.NegativeInfinity;
        for (var r = 0; r < governments.Length; r++)
        {
            _scores[r] = plan.Merit(r, governments[r].Capacity);
            if (IsOpen(programme, spec, r))
            {
                reference = Math.Max(reference, _scores[r]);
            }
        }
        for (var r = 0; r < governments.Length; r++)
        {
            _weights[r] = IsOpen(programme, spec, r) ? SiteWeight(_scores[r], reference, spec.Discretion) : 0.0;
        }

        for (var d = 0; d < count; d++)
        {
            var region = spec.Discretion > 0 ? random.NextIndex(_weights) : BestSite(programme, spec);
            if (region < 0)
            {
                return;
            }
            _designations[programme, region]++;
            var g = governments[region];
            if (spec.CountsAsNationalResources)
            {
                g.Receive(spec.ValuePerDesignation);
                g.Capacity += behaviour.CapacityGainPerTrillionWon * spec.ValuePerDesignation / 1000.0;
                _scores[region] = plan.Merit(region, g.Capacity);
            }
            _weights[region] = IsOpen(programme, spec, region) ? SiteWeight(_scores[region], reference, spec.Discretion) : 0.0;
            if (spec.Categories.Count > 0)
            {
                var category = random.NextIndex(_categoryShares[programme]);
                var spread = spec.RealisationSpread;
                var factor = spread > 0 ? Math.Exp((spread * random.NextGaussian()) - (spread * spread / 2)) : 1.0;
                outcome.PlannedByCategory[_categoryOffsets[programme] + category] += spec.ValuePerDesignation;
                outcome.RealisedByCategory[_categoryOffsets[programme] + category] += spec.ValuePerDesignation * spec.Categories[category].RealisationRate * factor;
            }
        }
    }

    private bool IsOpen(int programme, DesignationProgramme spec, int region) =>
        _eligible[programme, region] && _designations[programme, region] < spec.MaxPerRegion;

    private static double SiteWeight(double score, double reference, double discretion) =>
        discretion > 0 ? Math.Exp((score - reference) / discretion) : 1.0;

    // The open region with the best score (the first one on ties).
    private int BestSite(int programme, DesignationProgramme spec)
    {
        var best = -1;
        for (var r = 0; r < _scores.Length; r++)
        {
            if (IsOpen(programme, spec, r) && (best < 0 || _scores[r] > _scores[best]))
            {
                best = r;
            }
        }
        return best;
    }
}
