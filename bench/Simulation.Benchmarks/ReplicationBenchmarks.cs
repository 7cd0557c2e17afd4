using BenchmarkDotNet.Attributes;
using Simulation.Core;
using Simulation.Core.Regimes;
using Simulation.Experiments;

namespace Simulation.Benchmarks;

/// <summary>One replication of the baseline under one regime mode, the unit of work a Monte Carlo run repeats three million
/// times for 10^6 replications. Each call runs the next replication index, so the time is an average over streams and the
/// allocation column shows whether the steady state allocates.</summary>
[MemoryDiagnoser]
public class ReplicationBenchmarks
{
    private SimulationModel _model = null!;
    private RegimeMode _mode;
    private long _index;

    /// <summary>The regime mode: <c>timeline</c>, <c>roh</c> or <c>lee</c>.</summary>
    [Params("timeline", "roh", "lee")]
    public string Mode { get; set; } = "timeline";

    /// <summary>Builds the model once, as a Monte Carlo worker does.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _model = new SimulationModel(Baseline.Scenario);
        _mode = Baseline.Scenario.Modes().Single(m => m.Label == Mode);
    }

    /// <summary>Runs one replication (reset, thirteen yearly steps, end-of-run metrics).</summary>
    [Benchmark]
    public double Replication() => Experiments.Replication.Run(_model, _mode, Baseline.Scenario.Seed, _index++).Gini;
}
