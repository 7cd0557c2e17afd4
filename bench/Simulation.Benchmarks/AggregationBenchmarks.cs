using BenchmarkDotNet.Attributes;
using Simulation.Core;
using Simulation.Core.Regimes;
using Simulation.Experiments;
using Simulation.Output.Csv;

namespace Simulation.Benchmarks;

/// <summary>What the ordered consumer of a Monte Carlo run does with each finished (replication, mode): fold it into the
/// win counts and metric accumulators, and write its <c>outcomes.csv</c> row. Measured per outcome on 64 replications ×
/// 3 modes computed in advance; the accumulator is past its exact-sample limit after the warm-up, as in a long run.</summary>
[MemoryDiagnoser]
public class AggregationBenchmarks
{
    private const int Replications = 64;
    private ReplicationOutcome[] _outcomes = null!;
    private IReadOnlyList<RegimeMode> _modes = null!;
    private RunAccumulator _accumulator = null!;
    private OutcomeCsvWriter _csv = null!;

    /// <summary>Computes the outcomes to feed.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var scenario = Baseline.Scenario;
        _modes = scenario.Modes();
        var model = new SimulationModel(scenario);
        _outcomes = new ReplicationOutcome[Replications * _modes.Count];
        for (var i = 0; i < Replications; i++)
        {
            for (var m = 0; m < _modes.Count; m++)
            {
                var copy = new ReplicationOutcome(scenario);
                Replication.Run(model, _modes[m], scenario.Seed, i).CopyTo(copy);
                _outcomes[(i * _modes.Count) + m] = copy;
            }
        }
        _accumulator = new RunAccumulator(scenario);
        _csv = new OutcomeCsvWriter("/dev/null", scenario);
    }

    /// <summary>Closes the CSV writer.</summary>
    [GlobalCleanup]
    public void Cleanup() => _csv.Dispose();

    /// <summary>Folds one outcome into the run's accumulators (win counts, moments, P² quantiles, exact sample).</summary>
    [Benchmark(OperationsPerInvoke = Replications * 3)]
    public void Accumulate()
    {
        for (var i = 0; i < _outcomes.Length; i++)
        {
            _accumulator.Observe(i / _modes.Count, _modes[i % _modes.Count], _outcomes[i]);
        }
    }

    /// <summary>Writes one outcome's row of <c>outcomes.csv</c> (to /dev/null).</summary>
    [Benchmark(OperationsPerInvoke = Replications * 3)]
    public void WriteCsvRow()
    {
        for (var i = 0; i < _outcomes.Length; i++)
        {
            _csv.Observe(i / _modes.Count, _modes[i % _modes.Count], _outcomes[i]);
        }
    }
}
