using BenchmarkDotNet.Attributes;
using Simulation.Core;
using Simulation.Core.Agents;
using Simulation.Core.Clusters;
using Simulation.Core.Randomness;
using Simulation.Core.Regimes;

namespace Simulation.Benchmarks;

/// <summary>
/// What holding a submodel's state lane by lane would gain, measured before rewriting the model for it: the baseline's
/// own-cluster submodel (without its planned clusters) over the horizon for 1,024 replications, once through the model's
/// agents one replication at a time, and through <see cref="LaneHeldClusters"/> and <see cref="LaneHeldClusters8"/>, four
/// and eight replications side by side. The setup checks that all give every region the same counts, capacity and
/// resources in every replication.
/// </summary>
public class LaneStateBenchmarks
{
    private const int Replications = 1024;
    private Scenario _scenario = null!;
    private OwnClusterRules _rules = null!;
    private RegionalGovernment[] _governments = null!;
    private LaneHeldClusters _lanes = null!;
    private LaneHeldClusters8 _lanes8 = null!;
    private double[] _capacity = null!;
    private double[] _scarcity = null!;

    /// <summary>Region-years per call, for nanoseconds per region-year.</summary>
    public int RegionYears => Replications * _governments.Length * Years;

    private int Years => _scenario.Timeline.LastYear - _scenario.Timeline.FirstYear + 1;

    /// <summary>The baseline's agents and rules, each region's scarcity fixed at a draw in [−1, 1].</summary>
    [GlobalSetup]
    public void Setup()
    {
        _scenario = Baseline.Scenario;
        _rules = _scenario.OwnClusters with { Planned = [] };
        var model = new SimulationModel(_scenario);
        model.Reset(RegimeMode.Timeline, RandomStream.ForReplication(_scenario.Seed, 0));
        _governments = [.. model.Governments];
        _capacity = [.. _governments.Select(g => g.Capacity)];
        var random = RandomStream.ForReplication(_scenario.Seed, Replications);
        _scarcity = [.. _governments.Select(_ => -1.0 + (2.0 * random.NextDouble()))];
        var budget = _governments.Select(g => g.GrdpBillionWon * _scenario.Behaviour.BudgetShareOfGrdp).ToArray();
        _lanes = new LaneHeldClusters(_rules, budget);
        _lanes8 = new LaneHeldClusters8(_rules, budget);
        CheckSameResults();
    }

    /// <summary>The model's agents, one replication at a time.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = Replications * 16 * 13)]
    public double Agents()
    {
        var capacity = 0.0;
        for (var rep = 0; rep < Replications; rep++)
        {
            capacity += RunAgents(rep);
        }
        return capacity;
    }

    /// <summary>The same draws and choices with the state held lane by lane, four replications at a time.</summary>
    [Benchmark(OperationsPerInvoke = Replications * 16 * 13)]
    public double HeldByLane()
    {
        var capacity = 0.0;
        for (var rep = 0; rep < Replications; rep += 4)
        {
            RunLanes(rep);
            capacity += _lanes.State(0, 0).Capacity;
        }
        return capacity;
    }

    /// <summary>The same again, eight replications at a time in 512-bit vectors (without AVX-512, their software fallback:
    /// <c>Vector512.IsHardwareAccelerated</c> says which).</summary>
    [Benchmark(OperationsPerInvoke = Replications * 16 * 13)]
    public double HeldByLane8()
    {
        var capacity = 0.0;
        for (var rep = 0; rep < Replications; rep += 8)
        {
            RunLanes8(rep);
            capacity += _lanes8.State(0, 0).Capacity;
        }
        return capacity;
    }

    private double RunAgents(int replication)
    {
        var random = RandomStream.ForReplication(_scenario.Seed, replication);
        for (var r = 0; r < _governments.Length; r++)
        {
            _governments[r].Reset(_capacity[r], 0.0);
        }
        for (var year = _scenario.Timeline.FirstYear; year <= _scenario.Timeline.LastYear; year++)
        {
            var regime = _scenario.Regimes[_scenario.Timeline.RegimeAt(year)];
            for (var r = 0; r < _governments.Length; r++)
            {
                _governments[r].BeginYear(_scenario.Behaviour);
                _governments[r].FundOwnCluster(year, regime, _rules, _scarcity[r], ref random);
            }
        }
        return _governments[0].Capacity;
    }

    private void RunLanes(int first)
    {
        var random = MaskedLaneStreams.ForReplications(_scenario.Seed, first);
        _lanes.Reset(_capacity);
        for (var year = _scenario.Timeline.FirstYear; year <= _scenario.Timeline.LastYear; year++)
        {
            _lanes.Year(_scenario.Regimes[_scenario.Timeline.RegimeAt(year)], _scarcity, ref random);
        }
    }

    private void RunLanes8(int first)
    {
        var random = MaskedLaneStreams8.ForReplications(_scenario.Seed, first);
        _lanes8.Reset(_capacity);
        for (var year = _scenario.Timeline.FirstYear; year <= _scenario.Timeline.LastYear; year++)
        {
            _lanes8.Year(_scenario.Regimes[_scenario.Timeline.RegimeAt(year)], _scarcity, ref random);
        }
    }

    private void CheckSameResults()
    {
        if (_governments.Length != 16 || Years != 13)
        {
            throw new InvalidOperationException("OperationsPerInvoke assumes the baseline's 16 regions and 13 years.");
        }
        var started = 0L;
        for (var first = 0; first < Replications; first += 8)
        {
            RunLanes8(first);
            for (var lane = 0; lane < 8; lane++)
            {
                if (lane % 4 == 0)
                {
                    RunLanes(first + lane);
                }
                RunAgents(first + lane);
                for (var r = 0; r < _governments.Length; r++)
                {
                    var g = _governments[r];
                    var expected = ((long)g.ClustersStarted, (long)g.ClustersCompleted, (long)g.ClustersStalled, g.Capacity, g.ResourcesReceived);
                    if (_lanes.State(r, lane % 4) != expected || _lanes8.State(r, lane) != expected)
                    {
                        throw new InvalidOperationException($"Replication {first + lane}, region {r}: four lanes {_lanes.State(r, lane % 4)}, "
                            + $"eight lanes {_lanes8.State(r, lane)}, agents {expected}.");
                    }
                    started += g.ClustersStarted;
                }
            }
        }
        if (started == 0)
        {
            throw new InvalidOperationException("No cluster started in any replication: the comparison would measure nothing.");
        }
    }
}
