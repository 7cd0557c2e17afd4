using BenchmarkDotNet.Attributes;
using Simulation.Core;
using Simulation.Core.Agents;
using Simulation.Core.Bidding;
using Simulation.Core.Randomness;
using Simulation.Core.Regimes;

namespace Simulation.Benchmarks;

/// <summary>
/// The submodels of one year, each on the baseline's state at the start of the year it runs in (timeline mode), so the
/// sum shows where a replication's time goes: a competition (§7.4), the fund allocation (§7.2), one year of special-
/// district designations (§7.3) and one year of own-cluster decisions (§7.5). State the submodel changes is restored
/// before each call, so every call does the same work on fresh draws.
/// </summary>
[MemoryDiagnoser]
public class SubmodelBenchmarks
{
    private Scenario _scenario = null!;
    private SimulationModel _model = null!;
    private RegionalGovernment[] _governments = null!;
    private Competition _competition = null!;
    private double[] _capacity = null!;
    private double[] _intensity = null!;
    private RandomStream _random;
    private int _project;
    private int _regime;
    private int _year;
    private int _specialDistricts;

    /// <summary>The project whose competition is measured.</summary>
    [Params("maglev", "robotLand", "medicalComplex")]
    public string Project { get; set; } = "maglev";

    /// <summary>Steps a timeline replication to the start of the project's year.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _scenario = Baseline.Scenario;
        _project = _scenario.Projects.ToList().FindIndex(p => p.Id == Project);
        _specialDistricts = _scenario.Programmes.ToList().FindIndex(p => p.Id == "specialDistricts");
        _model = new SimulationModel(_scenario);
        _model.Reset(RegimeMode.Timeline, RandomStream.ForReplication(_scenario.Seed, 0));
        while (_model.Year < _scenario.Projects[_project].Year)
        {
            _model.Step();
        }
        _year = _model.Year;
        _regime = _model.RegimeInForce;
        _governments = _model.Governments.ToArray();
        _competition = new Competition(new Bidders(_governments, _scenario.Partnerships, _scenario.Behaviour), _scenario.Projects.Max(p => p.Winners));
        _capacity = _governments.Select(g => g.Capacity).ToArray();
        _intensity = _governments.Select(g => g.ExpectedIntensity).ToArray();
        _random = RandomStream.ForReplication(_scenario.Seed, 1);
    }

    /// <summary>One competition: bids, joint-bid and entry decisions, four adjustment rounds, selection, bookkeeping.</summary>
    [Benchmark]
    public int Competition()
    {
        Restore();
        var request = new CompetitionRequest(_project, _scenario.Projects[_project], _model.National.ProjectPlan(_project, _regime),
            _model.National.Rule(_regime), _year);
        _competition.Run(request, ref _random, _model.Outcome);
        return _competition.Bids.Length;
    }

    /// <summary>One year's fund allocation: a normal draw and a weight per region.</summary>
    [Benchmark]
    public double FundAllocation() => _model.National.ShareOutFund(_year, _regime, _governments, _scenario.Behaviour, ref _random);

    /// <summary>One year of special-district designations (19 sites, each with a category, a stall draw and a realisation factor).</summary>
    [Benchmark]
    public double SpecialDistricts()
    {
        _model.National.Reset();
        _model.National.MakeDesignations(_specialDistricts, _regime, _year, _governments, ref _random, _model.Outcome, _scenario.Behaviour);
        return _model.Outcome.RealisedByCategory[0];
    }

    /// <summary>One year of own-cluster starts, payments and stalls for the sixteen regions.</summary>
    [Benchmark]
    public double OwnClusters()
    {
        var grants = 0.0;
        foreach (var g in _governments)
        {
            grants += g.FundOwnCluster(_year, _scenario.Regimes[_regime], _scenario.OwnClusters, 0.2, ref _random);
        }
        return grants;
    }

    private void Restore()
    {
        for (var r = 0; r < _governments.Length; r++)
        {
            _governments[r].BeginYear(_scenario.Behaviour);
            _governments[r].Capacity = _capacity[r];
            _governments[r].ExpectedIntensity = _intensity[r];
        }
    }
}
