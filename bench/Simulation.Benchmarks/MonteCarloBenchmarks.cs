using BenchmarkDotNet.Attributes;
using Simulation.Experiments;

namespace Simulation.Benchmarks;

/// <summary>A whole Monte Carlo run of the baseline (2,000 replications × 3 regime modes, aggregation included, no files) at
/// one and at two threads: the ratio of the two is the parallel speed-up, and the allocation column shows what a run
/// allocates besides its fixed buffers.</summary>
[MemoryDiagnoser]
public class MonteCarloBenchmarks
{
    /// <summary>Replications per run.</summary>
    public const int Replications = 2_000;

    /// <summary>Worker threads.</summary>
    [Params(1, 2)]
    public int Threads { get; set; } = 1;

    /// <summary>Runs the replications and summarises them.</summary>
    [Benchmark]
    public RunResult Run() => MonteCarlo.Run(Baseline.Scenario, new RunOptions(Replications, Baseline.Scenario.Seed, Threads));
}
