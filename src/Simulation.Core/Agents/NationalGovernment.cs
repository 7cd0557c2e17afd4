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
public sealed partial class NationalGovernment
{
    private readonly Scenario _scenario;
    private readonly ISelectionRule[] _rules;
    private readonly RegionalFund[] _funds;
    private readonly ScorePlan[,] _projectPlans;
    private readonly ScorePlan[,] _programmePlans;
    private readonly int[] _categoryOffsets;
    private readonly int _regions;
    private readonly int[] _designations; // programme × region, flat
    private readonly double[] _weights;
    private readonly double[] _scores;
    private readonly double[][] _categoryShares;
    private readonly double[][] _categorySums;
    private readonly double[] _siteSums;
    private readonly double[]?[,] _openSiteWeights; // programme × regime: the weights while every eligible region is open,
    private readonly double[]?[,] _openSiteSums;    // when they do not depend on capacity (null otherwise)
    private readonly int[] _caps; // programme × region, flat: most designations a region can get (0 = not eligible)
    private readonly bool[] _designationYears; // programme × year of the horizon, flat
    private readonly int _firstYear;
    private readonly int _years;

    /// <summary>Compiles every regime's rules against the scenario.</summary>
    public NationalGovernment(Scenario scenario, StandardScores scores)
    {
        _scenario = scenario;
        var regimes = scenario.Regimes;
        _rules = [.. regimes.Select(r => SelectionRules.For(r.Selection))];
        _funds = regimes.Select(r => new RegionalFund(r.Fund, new ScorePlan(r.Fund.Allocation, scenario.Regions, scores, r.AlignmentAttribute),
            scenario.Regions.Count)).ToArray();
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
        _regions = scenario.Regions.Count;
        _firstYear = scenario.Timeline.FirstYear;
        _years = scenario.Timeline.LastYear - scenario.Timeline.FirstYear + 1;
        _designations = new int[scenario.Programmes.Count * _regions];
        _caps = new int[scenario.Programmes.Count * _regions];
        _designationYears = new bool[scenario.Programmes.Count * _years];
        for (var p = 0; p < scenario.Programmes.Count; p++)
        {
            var spec = scenario.Programmes[p];
            for (var r = 0; r < _regions; r++)
            {
                _caps[(p * _regions) + r] = spec.CapOf(r);
            }
            foreach (var year in spec.Years)
            {
                if (year >= _firstYear && year < _firstYear + _years)
                {
                    _designationYears[(p * _years) + year - _firstYear] = true;
                }
            }
        }
        _weights = new double[_regions];
        _scores = new double[_regions];
        _categoryShares = scenario.Programmes.Select(p => p.Categories.Select(c => c.Share).ToArray()).ToArray();
        _categorySums = _categoryShares.Select(shares =>
        {
            var sums = new double[shares.Length];
            RandomStream.RunningSums(shares, sums);
            return sums;
        }).ToArray();
        _siteSums = new double[_regions];
        _openSiteWeights = new double[]?[scenario.Programmes.Count, regimes.Count];
        _openSiteSums = new double[]?[scenario.Programmes.Count, regimes.Count];
        for (var p = 0; p < scenario.Programmes.Count; p++)
        {
            for (var g = 0; g < regimes.Count; g++)
            {
                if (_programmePlans[p, g].CapacityWeight == 0)
                {
                    var merit = Enumerable.Range(0, _regions).Select(r => _programmePlans[p, g].Merit(r, 0.0)).ToArray();
                    var weights = new double[_regions];
                    var sums = new double[_regions];
                    SiteWeights(merit, new int[_regions], _caps.AsSpan(p * _regions, _regions), scenario.Programmes[p].Discretion, weights);
                    RandomStream.RunningSums(weights, sums);
                    (_openSiteWeights[p, g], _openSiteSums[p, g]) = (weights, sums);
                }
            }
        }
        Deliveries = new DeliveryQueue(scenario.Programmes.Sum(p =>
            p.Delivery.LagYears == 0 ? 0 : p.Years.Count * Math.Max(0, (int)Math.Round(p.DesignationsPerYear, MidpointRounding.AwayFromZero))));
    }

    /// <summary>Returns the selection rule of a regime.</summary>
    public ISelectionRule Rule(int regime) => _rules[regime];

    /// <summary>Returns the compiled criteria of a project under a regime: the project's own plus the regime's tilt.</summary>
    public ScorePlan ProjectPlan(int project, int regime) => _projectPlans[project, regime];

    /// <summary>Returns how many designations of a programme a region holds.</summary>
    public int Designations(int programme, int region) => _designations[(programme * _regions) + region];

    /// <summary>Returns true when <paramref name="programme"/> makes designations in <paramref name="year"/> (if the regime runs it).</summary>
    public bool DesignatesIn(int programme, int year) =>
        year >= _firstYear && year < _firstYear + _years && _designationYears[(programme * _years) + year - _firstYear];

    /// <summary>Designations made and not yet delivered.</summary>
    public DeliveryQueue Deliveries { get; }

    /// <summary>Clears the designations for a new replication.</summary>
    public void Reset()
    {
        Array.Clear(_designations);
        Deliveries.Clear();
    }

    /// <summary>Copies the designations held into <paramref name="target"/> (programmes × regions), for a snapshot.</summary>
    internal void CopyDesignationsTo(int[] target, DeliveryQueue deliveries)
    {
        _designations.CopyTo(target, 0);
        Deliveries.CopyTo(deliveries);
    }

    /// <summary>Sets the designations held from <paramref name="source"/> (programmes × regions), from a snapshot.</summary>
    internal void RestoreDesignations(int[] source, DeliveryQueue deliveries)
    {
        source.CopyTo(_designations, 0);
        deliveries.CopyTo(Deliveries);
    }

    /// <summary>Shares out the year's regional fund under <paramref name="regime"/> (<see cref="RegionalFund"/>). Returns the
    /// amount spent, ₩ billion.</summary>
    public double ShareOutFund(int year, int regime, RegionalGovernment[] governments, Behaviour behaviour, ref RandomStream random)
    {
        var size = FundSize(year, regime);
        return size <= 0 ? 0.0 : _funds[regime].ShareOut(size, governments, behaviour, ref random);
    }

    /// <summary>Shares out the year's regional fund under <paramref name="regime"/> in up to four replications at once, each
    /// exactly as <see cref="ShareOutFund"/> would, writing each amount spent into <paramref name="spent"/>.</summary>
    internal void ShareOutFundTogether(int year, int regime, ReadOnlySpan<RegionalGovernment[]> lanes, Behaviour behaviour, ref LaneStreams random,
        Span<double> spent)
    {
        var size = FundSize(year, regime);
        if (size <= 0)
        {
            spent.Clear();
            return;
        }
        _funds[regime].ShareOutTogether(size, lanes, behaviour, ref random, spent);
    }

    // The year's fund under a regime, ₩ billion: its share of the fund path.
    private double FundSize(int year, int regime) =>
        _scenario.Fund.SizeBillionUsd(year) * _scenario.WonPerUsd * _scenario.Regimes[regime].Fund.ShareOfPath;

    /// <summary>
    /// Makes one year's designations of a programme: each is a logit draw among the eligible regions that are below the
    /// programme's cap, by exp(score / discretion) (the best score when discretion is 0). Books the plan and then its
    /// delivery (<see cref="Delivery"/>): a designation may stall, the host's capacity making it less likely; one that does
    /// not is delivered now or, after a lag, in a later year (<see cref="DeliverDue"/>).
    /// </summary>
    public void MakeDesignations(int programme, int regime, int year, RegionalGovernment[] governments, ref RandomStream random,
        ReplicationOutcome outcome, Behaviour behaviour)
    {
        var spec = _scenario.Programmes[programme];
        var plan = _programmePlans[programme, regime];
        var count = (int)Math.Round(spec.DesignationsPerYear, MidpointRounding.AwayFromZero);
        var designations = _designations.AsSpan(programme * _regions, _regions);
        var caps = _caps.AsSpan(programme * _regions, _regions);
        var allOpen = true;
        for (var r = 0; r < governments.Length; r++)
        {
            _scores[r] = plan.Merit(r, governments[r].Capacity);
            allOpen &= caps[r] == 0 || designations[r] < caps[r];
        }
        double reference;
        if (allOpen && _openSiteWeights[programme, regime] is { } cached)
        {
            // Merit does not depend on capacity and no region is full: the weights are those computed once, exactly.
            cached.CopyTo(_weights, 0);
            _openSiteSums[programme, regime]!.CopyTo(_siteSums, 0);
            reference = MaxOpenScore(_scores, designations, caps);
        }
        else
        {
            reference = SiteWeights(_scores, designations, caps, spec.Discretion, _weights);
            // The running sums of the weights are taken again only when a weight changes.
            RandomStream.RunningSums(_weights, _siteSums);
        }
        var categories = _categorySums[programme];
        var delivery = spec.Delivery;
        // The loop's constants in locals, so that the draws in between do not make the processor fetch them again.
        var value = spec.ValuePerDesignation;
        var categoryOffset = _categoryOffsets[programme];
        var planned = outcome.PlannedByCategory;
        var canStall = delivery.CanStall;
        var (stallIntercept, stallCapacity) = (delivery.StallIntercept, delivery.StallCapacity);
        var spread = delivery.Spread;
        var halfVariance = spread * spread / 2;
        var lag = delivery.LagYears;
        var national = spec.CountsAsNationalResources;
        var drawn = spec.Discretion > 0;
        var stalled = 0;
        for (var d = 0; d < count; d++)
        {
            var region = drawn ? random.NextIndexFromSums(_siteSums) : BestSite(designations, caps);
            if (region < 0)
            {
                break;
            }
            designations[region]++;
            var open = designations[region] < caps[region];
            var g = governments[region];
            var category = categories.Length > 0 ? random.NextIndexFromSums(categories) : -1;
            var stalls = canStall && Logit.Decide(random.NextDouble(), stallIntercept + (stallCapacity * g.Capacity));
            var factor = Math.Exp((spread * random.NextGaussian()) - halfVariance); // drawn at a spread of 0 too (exp(0) = 1): no later draw shifts
            if (category >= 0)
            {
                planned[categoryOffset + category] += value;
            }
            if (stalls)
            {
                stalled++;
            }
            else if (lag == 0)
            {
                Deliver(spec, programme, g, category, value * factor, outcome, behaviour);
            }
            else
            {
                Deliveries.Add(year + lag, programme, region, category, value * factor);
            }

            if (national && !stalls && lag == 0)
            {
                _scores[region] = plan.Merit(region, g.Capacity);
                _weights[region] = open ? SiteWeight(_scores[region], reference, spec.Discretion) : 0.0;
                RandomStream.RunningSums(_weights, _siteSums);
            }
            else if (!open)
            {
                _weights[region] = 0.0; // otherwise its score, and so its weight, is unchanged
                RandomStream.RunningSums(_weights, _siteSums);
            }
        }
        outcome.StalledDesignations[programme] += stalled;
    }

    /// <summary>Delivers every designation due in <paramref name="year"/> (made earlier with a lag): its value to the host
    /// as resources and capacity if the programme's money is national, and to its plan category as realised investment.</summary>
    public void DeliverDue(int year, RegionalGovernment[] governments, ReplicationOutcome outcome, Behaviour behaviour)
    {
        if (Deliveries.Count == 0)
        {
            return;
        }
        var target = new DueDelivery(this, governments, outcome, behaviour);
        Deliveries.TakeDue(year, ref target);
    }

    private void Deliver(DesignationProgramme spec, int programme, RegionalGovernment host, int category, double value, ReplicationOutcome outcome,
        Behaviour behaviour)
    {
        if (spec.CountsAsNationalResources)
        {
            host.Receive(value);
            host.Capacity += behaviour.CapacityGainPerTrillionWon * value / 1000.0;
        }
        if (category >= 0)
        {
            outcome.RealisedByCategory[_categoryOffsets[programme] + category] += value;
        }
        outcome.DeliveredDesignations[programme]++;
    }

    private readonly struct DueDelivery(NationalGovernment national, RegionalGovernment[] governments, ReplicationOutcome outcome, Behaviour behaviour)
        : IDeliveryTarget
    {
        public void Deliver(int programme, int region, int category, double value) =>
            national.Deliver(national._scenario.Programmes[programme], programme, governments[region], category, value, outcome, behaviour);
    }

    // Each open region's weight exp((m − max m) / σ) (1 when σ = 0), closed ones 0; returns max m over the open regions.
    private static double SiteWeights(ReadOnlySpan<double> scores, ReadOnlySpan<int> designations, ReadOnlySpan<int> caps,
        double discretion, Span<double> weights)
    {
        var reference = MaxOpenScore(scores, designations, caps);
        for (var r = 0; r < scores.Length; r++)
        {
            weights[r] = designations[r] < caps[r] ? SiteWeight(scores[r], reference, discretion) : 0.0;
        }
        return reference;
    }

    private static double MaxOpenScore(ReadOnlySpan<double> scores, ReadOnlySpan<int> designations, ReadOnlySpan<int> caps)
    {
        var reference = double.NegativeInfinity;
        for (var r = 0; r < scores.Length; r++)
        {
            if (designations[r] < caps[r])
            {
                reference = Math.Max(reference, scores[r]);
            }
        }
        return reference;
    }

    private static double SiteWeight(double score, double reference, double discretion) =>
        discretion > 0 ? Math.Exp((score - reference) / discretion) : 1.0;

    // The open region with the best score (the first one on ties).
    private int BestSite(ReadOnlySpan<int> designations, ReadOnlySpan<int> caps)
    {
        var best = -1;
        for (var r = 0; r < _scores.Length; r++)
        {
            if (designations[r] < caps[r] && (best < 0 || _scores[r] > _scores[best]))
            {
                best = r;
            }
        }
        return best;
    }
}
