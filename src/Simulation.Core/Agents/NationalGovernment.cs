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
        _weights = new double[scenario.Regions.Count];
    }

    /// <summary>Returns the selection rule of a regime.</summary>
    public ISelectionRule Rule(int regime) => _rules[regime];

    /// <summary>Returns the compiled criteria of a project under a regime: the project's own plus the regime's tilt.</summary>
    public ScorePlan ProjectPlan(int project, int regime) => _projectPlans[project, regime];

    /// <summary>Returns how many designations of a programme a region holds.</summary>
    public int Designations(int programme, int region) => _designations[programme, region];

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
        for (var d = 0; d < count; d++)
        {
            var region = ChooseSite(programme, spec, plan, governments, ref random);
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
            }
            if (spec.Categories.Count > 0)
            {
                var category = ChooseCategory(spec.Categories, ref random);
                var spread = spec.RealisationSpread;
                var factor = spread > 0 ? Math.Exp((spread * random.NextGaussian()) - (spread * spread / 2)) : 1.0;
                outcome.PlannedByCategory[_categoryOffsets[programme] + category] += spec.ValuePerDesignation;
                outcome.RealisedByCategory[_categoryOffsets[programme] + category] += spec.ValuePerDesignation * spec.Categories[category].RealisationRate * factor;
            }
        }
    }

    private int ChooseSite(int programme, DesignationProgramme spec, ScorePlan plan, RegionalGovernment[] governments, ref RandomStream random)
    {
        var total = 0.0;
        var best = -1;
        var bestScore = double.NegativeInfinity;
        for (var r = 0; r < governments.Length; r++)
        {
            _weights[r] = 0.0;
            if (_designations[programme, r] >= spec.MaxPerRegion || (spec.Eligible.Count > 0 && !spec.Eligible.Contains(r)))
            {
                continue;
            }
            var score = plan.Merit(r, governments[r].Capacity);
            if (score > bestScore)
            {
                bestScore = score;
                best = r;
            }
            _weights[r] = double.NaN; // marks eligibility; filled below once the best score is known
        }
        if (best < 0 || spec.Discretion <= 0)
        {
            return best;
        }
        for (var r = 0; r < governments.Length; r++)
        {
            if (double.IsNaN(_weights[r]))
            {
                _weights[r] = Math.Exp((plan.Merit(r, governments[r].Capacity) - bestScore) / spec.Discretion);
                total += _weights[r];
            }
        }
        var target = random.NextDouble() * total;
        for (var r = 0; r < governments.Length; r++)
        {
            if (_weights[r] <= 0)
            {
                continue;
            }
            best = r;
            target -= _weights[r];
            if (target < 0)
            {
                break;
            }
        }
        return best;
    }

    private static int ChooseCategory(IReadOnlyList<ProgrammeCategory> categories, ref RandomStream random)
    {
        var total = 0.0;
        foreach (var c in categories)
        {
            total += c.Share;
        }
        var target = random.NextDouble() * total;
        for (var c = 0; c < categories.Count; c++)
        {
            target -= categories[c].Share;
            if (target < 0)
            {
                return c;
            }
        }
        return categories.Count - 1;
    }
}
