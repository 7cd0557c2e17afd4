using Simulation.Core.Agents;
using Simulation.Core.Bidding;
using Simulation.Core.Metrics;
using Simulation.Core.Randomness;
using Simulation.Core.Regimes;
using Simulation.Core.Signals;

namespace Simulation.Core;

/// <summary>
/// The model: sixteen regional governments and the national government stepping through the horizon one
/// year at a time under the regime in force. One instance is reused for many replications; <see cref="Reset"/>
/// starts a replication and <see cref="Step"/> simulates one year, allocating nothing.
/// </summary>
public sealed partial class SimulationModel
{
    private readonly Scenario _scenario;
    private readonly RegionalGovernment[] _governments;
    private readonly NationalGovernment _national;
    private readonly Competition _competition;
    private readonly double[] _initialCapacity;
    private readonly double[] _population;
    private readonly bool[] _outsideCapitalRegion;
    private readonly double _initialCapacitySd;
    private RandomStream _random;
    private RegimeMode _mode;
    private int _heldProject, _heldRegime; // of the competition under way

    /// <summary>Builds the agents and compiles the scenario's rules.</summary>
    public SimulationModel(Scenario scenario)
        : this(scenario, new RootTables())
    {
    }

    /// <summary>Builds the model as the public constructor does, sharing <paramref name="roots"/> (tables of best-response
    /// roots) with the other models stepped on the same thread (<see cref="ModelLanes"/>).</summary>
    internal SimulationModel(Scenario scenario, RootTables roots)
    {
        _scenario = scenario;
        Scores = new StandardScores(scenario.Regions, scenario.Attributes.Count, scenario.Indices);
        var population = scenario.PopulationAttribute;
        var grdp = scenario.GrdpPerCapitaAttribute;
        _population = scenario.Regions.Select(r => r.Values[population]).ToArray();
        _governments = scenario.Regions
            .Select((r, i) => new RegionalGovernment(i, r, r.Values[population], r.Values[population] * r.Values[grdp],
                scenario.Timeline.FirstYear, scenario.Timeline.LastYear - scenario.Timeline.FirstYear + 1))
            .ToArray();
        var capacityIndex = scenario.Indices.ToList().FindIndex(x => x.Id == CompositeIndex.CapacityId);
        _initialCapacity = scenario.Regions
            .Select((_, i) => capacityIndex < 0 ? 0.0 : Scores.Index(capacityIndex)[i])
            .ToArray();
        _initialCapacitySd = Concentration.StandardDeviation(_initialCapacity);
        _outsideCapitalRegion = scenario.Regions.Select(r => !r.CapitalRegion).ToArray();
        _national = new NationalGovernment(scenario, Scores);
        var maxWinners = scenario.Projects.Count == 0 ? 1 : scenario.Projects.Max(p => p.Winners);
        _competition = new Competition(new Bidders(_governments, scenario.Partnerships, scenario.Behaviour), maxWinners, roots);
        Outcome = new ReplicationOutcome(scenario);
        Year = scenario.Timeline.FirstYear;
    }

    /// <summary>Standardised attributes and indices of the scenario.</summary>
    public StandardScores Scores { get; }

    /// <summary>The regional governments, in scenario order.</summary>
    public IReadOnlyList<RegionalGovernment> Governments => _governments;

    /// <summary>The national government.</summary>
    public NationalGovernment National => _national;

    /// <summary>The year the next <see cref="Step"/> simulates.</summary>
    public int Year { get; private set; }

    /// <summary>True once every year of the horizon has been simulated.</summary>
    public bool IsFinished => Year > _scenario.Timeline.LastYear;

    /// <summary>The results of the current replication; complete after <see cref="Finish"/>.</summary>
    public ReplicationOutcome Outcome { get; }

    /// <summary>Returns the index of the regime in force in the year the next step simulates.</summary>
    public int RegimeInForce => RegimeOf(_mode, Year);

    /// <summary>Starts a replication: clears the state and takes the random stream it will draw from.</summary>
    public void Reset(RegimeMode mode, RandomStream random)
    {
        _mode = mode;
        _random = random;
        Year = _scenario.Timeline.FirstYear;
        for (var r = 0; r < _governments.Length; r++)
        {
            _governments[r].Reset(_initialCapacity[r], _scenario.Behaviour.InitialEffortIntensity);
        }
        _national.Reset();
        Outcome.Clear();
    }

    /// <summary>Returns an empty snapshot buffer for this model's scenario, to pass to <see cref="Save"/>.</summary>
    public ModelSnapshot CreateSnapshot() => new(_scenario, _governments, _national);

    /// <summary>Copies the model's state between two years (after the last <see cref="Step"/>) into <paramref name="snapshot"/>.</summary>
    public void Save(ModelSnapshot snapshot)
    {
        snapshot.Year = Year;
        snapshot.Mode = _mode;
        snapshot.Random = _random;
        for (var r = 0; r < _governments.Length; r++)
        {
            _governments[r].CopyStateTo(snapshot.Governments[r]);
        }
        _national.CopyDesignationsTo(snapshot.Designations, snapshot.Deliveries);
        Outcome.CopyTo(snapshot.Outcome);
    }

    /// <summary>
    /// Puts the model back in the state of <paramref name="snapshot"/> and continues it under <paramref name="mode"/>: what
    /// follows is exactly what a replication run under <paramref name="mode"/> from the start would give, because the two
    /// modes applied the same regime in every year before the snapshot (checked: otherwise this throws).
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="mode"/> differs from the snapshot's mode in a year before it.</exception>
    public void Restore(ModelSnapshot snapshot, RegimeMode mode)
    {
        for (var year = _scenario.Timeline.FirstYear; year < snapshot.Year; year++)
        {
            if (RegimeOf(mode, year) != RegimeOf(snapshot.Mode, year))
            {
                throw new ArgumentException($"Mode '{mode.Label}' applies another regime than '{snapshot.Mode.Label}' in {year}, before the snapshot.", nameof(mode));
            }
        }
        _mode = mode;
        _random = snapshot.Random;
        Year = snapshot.Year;
        for (var r = 0; r < _governments.Length; r++)
        {
            snapshot.Governments[r].CopyStateTo(_governments[r]);
        }
        _national.RestoreDesignations(snapshot.Designations, snapshot.Deliveries);
        snapshot.Outcome.CopyTo(Outcome);
    }

    /// <summary>Returns how many years, from the first, <paramref name="a"/> and <paramref name="b"/> apply the same regime:
    /// the years a run can simulate once for both.</summary>
    public int SharedYears(RegimeMode a, RegimeMode b)
    {
        var year = _scenario.Timeline.FirstYear;
        while (year <= _scenario.Timeline.LastYear && RegimeOf(a, year) == RegimeOf(b, year))
        {
            year++;
        }
        return year - _scenario.Timeline.FirstYear;
    }

    private int RegimeOf(RegimeMode mode, int year) => mode.Regime ?? _scenario.Timeline.RegimeAt(year);

    /// <summary>
    /// Simulates one year under the regime in force: <see cref="OpenYear"/>, every competition held this year in scenario
    /// order (<see cref="HoldCompetition"/>), then <see cref="CloseYear"/>.
    /// </summary>
    public void Step()
    {
        var regime = RegimeInForce;
        OpenYear(regime);
        for (var p = 0; p < _scenario.Projects.Count; p++)
        {
            if (_scenario.Projects[p].IsHeldIn(Year))
            {
                HoldCompetition(p, regime);
            }
        }
        CloseYear();
    }

    /// <summary>
    /// The year's first phase under <paramref name="regime"/>: budgets open; designations made in earlier years and due now are
    /// delivered; the national government shares out the fund and makes the designations of the programmes the regime runs; regions start and pay for their own clusters (committed
    /// spending comes first, so competitions run on what is left). A participatory game calls the phases itself, so that
    /// players decide between them and the teacher may change the regime.
    /// </summary>
    public void OpenYear(int regime)
    {
        OpenBudgets();
        Outcome.FundSpent += _national.ShareOutFund(Year, regime, _governments, _scenario.Behaviour, ref _random);
        Designate(regime);
    }

    // Opens the year's budgets and delivers the designations due (the start of OpenYear).
    private void OpenBudgets()
    {
        foreach (var g in _governments)
        {
            g.BeginYear(_scenario.Behaviour);
            g.ReceiveInstalmentsDue(Year);
        }
        _national.DeliverDue(Year, _governments, Outcome, _scenario.Behaviour);
    }

    // The programmes' designations and the regions' own clusters (the end of OpenYear, after the fund).
    private void Designate(int regime)
    {
        var programmes = _scenario.Regimes[regime].Programmes;
        for (var i = 0; i < programmes.Count; i++)
        {
            MakeDesignations(programmes[i], regime);
        }
        FundOwnClusters(regime);
    }

    // This year's designations of a programme the regime runs, if it makes any this year.
    private void MakeDesignations(int programme, int regime)
    {
        if (_national.DesignatesIn(programme, Year))
        {
            _national.MakeDesignations(programme, regime, Year, _governments, ref _random, Outcome, _scenario.Behaviour);
        }
    }

    // The regions' own clusters, started and paid for after the year's designations.
    private void FundOwnClusters(int regime)
    {
        var spec = _scenario.Regimes[regime];
        var meanPerCapita = MeanResourcesPerCapita();
        foreach (var g in _governments)
        {
            var scarcity = meanPerCapita <= 0 ? 0.0 : Math.Clamp(1.0 - (g.ResourcesReceived / g.Population / meanPerCapita), -1.0, 1.0);
            g.FundOwnCluster(Year, spec, _scenario.OwnClusters, scarcity, ref _random);
        }
    }

    /// <summary>Runs this year's competition for project <paramref name="project"/>, judged under <paramref name="regime"/>, with
    /// the decisions of <see cref="Players"/> in place of their agents', and tells <see cref="Observer"/>.</summary>
    public void HoldCompetition(int project, int regime)
    {
        var pending = BeginCompetition(project, regime);
        while (pending)
        {
            _competition.Responses.SolvePending();
            pending = ContinueCompetition();
        }
    }

    /// <summary>Starts <see cref="HoldCompetition"/> up to its first best-response problems, left in
    /// <see cref="PendingResponses"/> for the caller to solve (<see cref="ModelLanes"/> solves several models' together) before
    /// <see cref="ContinueCompetition"/>.</summary>
    /// <returns>True: problems await solving.</returns>
    internal bool BeginCompetition(int project, int regime)
    {
        (_heldProject, _heldRegime) = (project, regime);
        var request = new CompetitionRequest(project, _scenario.Projects[project], _national.ProjectPlan(project, regime), _national.Rule(regime), Year,
            Players, Condition);
        return _competition.Begin(request, ref _random) || Judged();
    }

    /// <summary>Goes on with the competition under way once <see cref="PendingResponses"/> are solved.</summary>
    /// <returns>True: problems await solving again; false: the competition is judged and booked.</returns>
    internal bool ContinueCompetition() => _competition.Continue(ref _random, Outcome) || Judged();

    /// <summary>The best-response problems the competition under way waits on.</summary>
    internal ResponseBatch PendingResponses => _competition.Responses;

    private bool Judged()
    {
        Observer?.CompetitionJudged(_heldProject, Year, _heldRegime, _competition.Bids, _competition.Winners, _competition.Candidates);
        return false;
    }

    /// <summary>Ends the year: the next phase opens the following one.</summary>
    public void CloseYear() => Year++;

    /// <summary>Regions people play (a participatory game); null leaves every decision to the agents.</summary>
    public PlayedRegions? Players { get; set; }

    /// <summary>Told of every competition as it is judged (a replay); null in Monte Carlo runs.</summary>
    public ICompetitionObserver? Observer { get; set; }

    /// <summary>The observed outcome competitions are conditioned on, to score a historical record; null in Monte Carlo runs.</summary>
    public IOutcomeCondition? Condition { get; set; }

    /// <summary>Runs the remaining years and completes <see cref="Outcome"/>.</summary>
    public ReplicationOutcome RunToEnd()
    {
        while (!IsFinished)
        {
            Step();
        }
        return Finish();
    }

    /// <summary>Computes the end-of-run metrics into <see cref="Outcome"/>.</summary>
    public ReplicationOutcome Finish()
    {
        var o = Outcome;
        double total = 0, capital = 0;
        for (var r = 0; r < _governments.Length; r++)
        {
            var g = _governments[r];
            o.Resources[r] = g.ResourcesReceived;
            o.ResourcesPerCapita[r] = g.ResourcesReceived * 1000.0 / g.Population; // ₩ billion per thousand persons → ₩ thousand per person
            total += g.ResourcesReceived;
            capital += g.Region.CapitalRegion ? g.ResourcesReceived : 0.0;
            o.ClustersStarted += g.ClustersStarted;
            o.ClustersCompleted += g.ClustersCompleted;
            o.ClustersStalled += g.ClustersStalled;
            o.Capacity[r] = g.Capacity;
            for (var p = 0; p < o.ProgrammeCount; p++)
            {
                o.Designations[(p * _governments.Length) + r] = _national.Designations(p, r);
            }
        }
        for (var p = 0; p < o.ProgrammeCount; p++)
        {
            o.PendingDesignations[p] = _national.Deliveries.PendingOf(p);
        }
        o.CapitalRegionWinShare = CapitalRegionWinShare(o);
        o.NonCapitalHerfindahl = Concentration.Herfindahl(o.Resources, _outsideCapitalRegion);
        o.NonCapitalTopThreeShare = Concentration.TopThreeShare(o.Resources, _outsideCapitalRegion);
        o.CapacitySdStart = _initialCapacitySd;
        o.CapacitySdEnd = Concentration.StandardDeviation(o.Capacity);
        o.TotalResources = total;
        o.CapitalRegionShare = total > 0 ? capital / total : 0.0;
        o.Gini = Inequality.Gini(o.ResourcesPerCapita);
        o.Theil = Inequality.Theil(o.Resources, _population);
        o.RentDissipation = o.PrizeAwarded > 0 ? o.TotalEffort / o.PrizeAwarded : 0.0;
        return o;
    }

    // Each winning bid counts one, shared among its members by population.
    private double CapitalRegionWinShare(ReplicationOutcome o)
    {
        double wins = 0, capital = 0;
        for (var p = 0; p < _scenario.Projects.Count; p++)
        {
            foreach (var members in o.Winners(p))
            {
                double people = 0, inCapital = 0;
                for (var r = 0; r < _governments.Length; r++)
                {
                    if ((members & (1UL << r)) != 0)
                    {
                        people += _population[r];
                        inCapital += _outsideCapitalRegion[r] ? 0.0 : _population[r];
                    }
                }
                wins++;
                capital += inCapital / people;
            }
        }
        return wins > 0 ? capital / wins : double.NaN;
    }

    private double MeanResourcesPerCapita()
    {
        double resources = 0, people = 0;
        foreach (var g in _governments)
        {
            resources += g.ResourcesReceived;
            people += g.Population;
        }
        return resources / people;
    }
}
