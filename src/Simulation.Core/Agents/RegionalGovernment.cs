using Simulation.Core.Bidding;
using Simulation.Core.Clusters;
using Simulation.Core.Randomness;
using Simulation.Core.Regimes;
using Simulation.Core.Regions;

namespace Simulation.Core.Agents;

/// <summary>
/// A regional government: decides which competitions to enter, how much effort to put into a bid,
/// whether to bid jointly with partners, and whether to fund its own cluster when national support is
/// scarce. State is reset for each replication and never allocated in the yearly loop.
/// </summary>
public sealed class RegionalGovernment
{
    /// <summary>Most clusters a region can have on its books in one replication.</summary>
    public const int MaxClusters = 8;

    private readonly OwnCluster[] _clusters = new OwnCluster[MaxClusters];
    private int _running; // clusters under construction, so that a region with none skips the slots
    private OwnClusterRules? _plannedFrom;
    private PlannedCluster[] _planned = [];
    private readonly double[] _instalments; // national funding of projects won, due year by year from the horizon's first
    private readonly int _firstYear;

    /// <summary>Creates the agent for one region, over a horizon of <paramref name="years"/> years from
    /// <paramref name="firstYear"/> (the years in which funding paid in instalments can fall due).</summary>
    public RegionalGovernment(int index, Region region, double population, double grdpBillionWon, int firstYear = 0, int years = 0)
    {
        Index = index;
        Region = region;
        Population = population;
        GrdpBillionWon = grdpBillionWon;
        _firstYear = firstYear;
        _instalments = new double[Math.Max(0, years)];
    }

    /// <summary>The first year of the horizon this agent was made for.</summary>
    public int FirstYear => _firstYear;

    /// <summary>Years of the horizon this agent was made for.</summary>
    public int Years => _instalments.Length;

    /// <summary>Position of the region in the scenario.</summary>
    public int Index { get; }

    /// <summary>The fixed description of the region.</summary>
    public Region Region { get; }

    /// <summary>Population, thousand persons.</summary>
    public double Population { get; }

    /// <summary>Regional GRDP, ₩ billion.</summary>
    public double GrdpBillionWon { get; }

    /// <summary>Capacity: starts from the <c>capacity</c> index and grows with projects won and clusters completed.</summary>
    public double Capacity { get; set; }

    /// <summary>Discretionary budget for the year, ₩ billion.</summary>
    public double YearlyBudget { get; private set; }

    /// <summary>What is left of this year's budget, ₩ billion.</summary>
    public double BudgetLeft { get; set; }

    /// <summary>National resources received so far, ₩ billion.</summary>
    public double ResourcesReceived { get; private set; }

    /// <summary>Effort spent on bids so far, ₩ billion.</summary>
    public double EffortSpent { get; set; }

    /// <summary>The effort over prize value that rivals expect of this region, learnt from its past bids (bids are public,
    /// so every region holds the same belief about it).</summary>
    public double ExpectedIntensity { get; set; }

    /// <summary>Clusters started so far.</summary>
    public int ClustersStarted { get; private set; }

    /// <summary>Clusters completed so far.</summary>
    public int ClustersCompleted { get; private set; }

    /// <summary>Clusters stalled so far.</summary>
    public int ClustersStalled { get; private set; }

    /// <summary>Clears the state for a new replication.</summary>
    public void Reset(double initialCapacity, double initialIntensity)
    {
        Capacity = initialCapacity;
        ResourcesReceived = 0;
        EffortSpent = 0;
        ExpectedIntensity = initialIntensity;
        ClustersStarted = ClustersCompleted = ClustersStalled = 0;
        _running = 0;
        Array.Clear(_clusters);
        Array.Clear(_instalments);
    }

    /// <summary>Copies every evolving variable into <paramref name="target"/>, the agent of the same region in another model
    /// or snapshot.</summary>
    internal void CopyStateTo(RegionalGovernment target)
    {
        target.Capacity = Capacity;
        target.YearlyBudget = YearlyBudget;
        target.BudgetLeft = BudgetLeft;
        target.ResourcesReceived = ResourcesReceived;
        target.EffortSpent = EffortSpent;
        target.ExpectedIntensity = ExpectedIntensity;
        target.ClustersStarted = ClustersStarted;
        target.ClustersCompleted = ClustersCompleted;
        target.ClustersStalled = ClustersStalled;
        target._running = _running;
        _clusters.CopyTo(target._clusters, 0);
        _instalments.CopyTo(target._instalments, 0);
    }

    /// <summary>Opens the year's budget: a fixed share of regional GRDP.</summary>
    public void BeginYear(Behaviour behaviour)
    {
        YearlyBudget = GrdpBillionWon * behaviour.BudgetShareOfGrdp;
        BudgetLeft = YearlyBudget;
    }

    /// <summary>Books national resources received (fund shares, designations, prizes, grants).</summary>
    public void Receive(double billionWon) => ResourcesReceived += billionWon;

    /// <summary>Books <paramref name="billionWon"/> of a project's national funding to be received in each of the
    /// <paramref name="count"/> years from <paramref name="fromYear"/> (ODD §7.4.7); parts due after the horizon are dropped,
    /// since nothing after it is received.</summary>
    public void ScheduleInstalments(int fromYear, int count, double billionWon)
    {
        var first = Math.Max(fromYear, _firstYear) - _firstYear;
        var end = Math.Min(fromYear + count - _firstYear, _instalments.Length);
        for (var i = first; i < end; i++)
        {
            _instalments[i] += billionWon;
        }
    }

    /// <summary>Receives the instalments of project funding due in <paramref name="year"/>, at the opening of the year.</summary>
    public void ReceiveInstalmentsDue(int year)
    {
        var i = year - _firstYear;
        if ((uint)i < (uint)_instalments.Length && _instalments[i] != 0)
        {
            Receive(_instalments[i]);
        }
    }

    /// <summary>Returns how much this region can put into one bid this year.</summary>
    public double EffortCap(Behaviour behaviour) => Math.Max(0, Math.Min(behaviour.MaxEffortShareOfBudget * YearlyBudget, BudgetLeft));

    /// <summary>Decides whether to enter a competition: a logit choice on the expected net gain of its best bid.</summary>
    public static bool EnterCompetition(double expectedGain, Behaviour behaviour, ref RandomStream random) =>
        Logit.DecideChoice(random.NextDouble(), expectedGain, behaviour.EntryTemperature);

    /// <summary>Decides (for a partnership, by its lead) whether to bid as one: a logit choice on the joint bid's expected gain
    /// over the members' separate gains.</summary>
    public bool ConsiderJointBid(double gainOverSeparate, Behaviour behaviour, ref RandomStream random) =>
        Logit.DecideChoice(random.NextDouble(), gainOverSeparate, behaviour.EntryTemperature);

    /// <summary>Chooses next round's effort: a damped, noisy best response to rivals' current efforts,
    /// E' = E + λ_t·(BR·exp(η) − E) with η ~ N(0, effortNoise) and a step λ_t = λ / (1 + λ·t) that shrinks with the round t,
    /// as in fictitious play, so that the adjustment settles even where best responses jump (Tullock exponents above 1).
    /// The result is kept within the bid's floor and cap.</summary>
    /// <param name="bid">The bid, at its current effort.</param>
    /// <param name="bestResponse">BR, the bid's best response to the rivals' current efforts (<see cref="BestResponse"/>;
    /// a competition solves every bid's of a round together).</param>
    /// <param name="round">The adjustment round t, from 0.</param>
    /// <param name="behaviour">Damping λ and effort noise.</param>
    /// <param name="random">The replication's stream, for η.</param>
    public static double ChooseEffort(in Bid bid, double bestResponse, int round, Behaviour behaviour, ref RandomStream random)
    {
        // Drawn whatever the noise's scale (a scale of 0 gives exp(0) = 1), so that a scale of 0 does not shift later draws.
        var noise = Math.Exp(behaviour.EffortNoise * random.NextGaussian());
        var step = behaviour.Damping / (1 + (behaviour.Damping * round));
        var next = bid.Effort + (step * ((bestResponse * noise) - bid.Effort));
        return Math.Clamp(next, bid.Floor, Math.Max(bid.Floor, bid.Cap));
    }

    /// <summary>
    /// Runs the year for the region's own clusters. First the starts: planned clusters start in their year; otherwise a
    /// region with no cluster under construction starts one by a logit choice on the scarcity of national support, its
    /// capacity and the regime's self-help pressure. Then every cluster under construction (a new one included) is paid
    /// for, the regime's grants-in-aid covering a share, and may stall (logit on capacity, grant share and budget strain);
    /// one that survives its last year of construction is completed and adds to capacity.
    /// </summary>
    /// <returns>The grants-in-aid received this year, ₩ billion.</returns>
    public double FundOwnCluster(int year, PolicyRegime regime, OwnClusterRules rules, double scarcity, ref RandomStream random)
    {
        var running = _running > 0;
        var planned = false;
        var here = PlannedHere(rules);
        for (var i = 0; i < here.Length; i++)
        {
            if (here[i].StartYear == year)
            {
                Start(here[i].CostBillionWon, here[i].DurationYears);
                planned = true;
            }
        }
        if (!running && !planned)
        {
            var start = rules.Start;
            var startOdds = start.Intercept + (start.Scarcity * scarcity) + (start.Capacity * Capacity) + (start.SelfHelpPressure * regime.SelfHelpPressure);
            if (!Logit.Decide(random.NextDouble(), startOdds))
            {
                return 0.0; // most regions, most years: nothing under construction, nothing to pay
            }
            Start(rules.CostBillionWon, rules.DurationYears);
        }
        return PayClusters(regime, rules, ref random);
    }

    // Pays for every cluster under construction, the regime's grants covering a share, and settles which stall and which
    // are completed; returns the grants received.
    private double PayClusters(PolicyRegime regime, OwnClusterRules rules, ref RandomStream random)
    {
        var grants = 0.0;
        for (var c = 0; c < _clusters.Length && _running > 0; c++)
        {
            ref var cluster = ref _clusters[c];
            if (cluster.Status != ClusterStatus.Running)
            {
                continue;
            }
            var yearlyCost = cluster.YearlyCost;
            var grant = regime.GrantShareOfOwnClusters * yearlyCost;
            var own = yearlyCost - grant;
            BudgetLeft -= own;
            grants += grant;
            var strain = YearlyBudget > 0 ? own / YearlyBudget : 10.0;
            var stall = rules.Stall;
            var stallOdds = stall.Intercept + (stall.Capacity * Capacity) + (stall.GrantShare * regime.GrantShareOfOwnClusters) + (stall.BudgetStrain * strain);
            if (Logit.Decide(random.NextDouble(), stallOdds))
            {
                cluster.Status = ClusterStatus.Stalled;
                ClustersStalled++;
                _running--;
            }
            else if (++cluster.YearsBuilt >= cluster.Duration)
            {
                cluster.Status = ClusterStatus.Completed;
                ClustersCompleted++;
                _running--;
                Capacity += rules.CapacityGainOnCompletion;
            }
        }
        Receive(grants);
        return grants;
    }

    // This region's planned clusters, picked out of the rules once rather than every year.
    private PlannedCluster[] PlannedHere(OwnClusterRules rules)
    {
        if (!ReferenceEquals(rules, _plannedFrom))
        {
            _planned = rules.Planned.Where(c => c.Region == Index).ToArray();
            _plannedFrom = rules;
        }
        return _planned;
    }

    private void Start(double cost, int duration)
    {
        for (var c = 0; c < _clusters.Length; c++)
        {
            if (_clusters[c].Status != ClusterStatus.Running)
            {
                _clusters[c] = new OwnCluster { Status = ClusterStatus.Running, Cost = cost, Duration = Math.Max(duration, 1) };
                ClustersStarted++;
                _running++;
                return;
            }
        }
    }
}
