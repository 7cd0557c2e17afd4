using Simulation.Experiments.Benchmarks;
using Simulation.Experiments.Scenarios;

namespace Simulation.Application.Bench;

/// <summary>What a benchmark gives its host to show.</summary>
/// <param name="Scenario">The scenario measured.</param>
/// <param name="Cores">Cores of this machine (threads of the all-cores figures).</param>
/// <param name="Measurements">Speed figures first, then memory and wall time per probe.</param>
/// <param name="Changes">Each figure beside the earlier benchmark's (<see cref="BenchRequest.AgainstFile"/>), or null when
/// none was given.</param>
public sealed record BenchOutcome(LoadedScenario Scenario, int Cores, IReadOnlyList<BenchMeasurement> Measurements, IReadOnlyList<BenchChange>? Changes = null)
{
    /// <summary>Highest ratio of rates (an efficiency or a machine's scaling) a steady machine gives: above it, the
    /// one-thread runs were slowed by other work on the machine more than the others were, and the rates mislead.</summary>
    public const double SteadyRatio = 1.1;

    /// <summary>True when a ratio of rates exceeds <see cref="SteadyRatio"/>: the machine was busy with other work. The efficiency
    /// against independent runs, which does not divide by the 1-thread rate, may exceed 1 a little on a quiet machine (the
    /// parallel run shares one process's compiled code and memory), but not by a tenth: the same work on as many threads
    /// cannot run that much faster in one process than in separate ones.</summary>
    public bool Unsteady => Measurements.Any(m => m.Unit == MeasurementUnit.Ratio && m.Threads > 1 && m.Value > SteadyRatio);
}
