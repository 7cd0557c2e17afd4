using System.Diagnostics;
using Simulation.Experiments.Calibration;
using Simulation.Experiments.Scenarios;

namespace Simulation.Experiments.Benchmarks;

/// <summary>
/// Measures calibration speed: prior particles per second, each estimating the record's likelihood with
/// <see cref="ReplicationsPerParticle"/> replications as <c>regsim calibrate</c> does by default, on all cores (the median
/// of several runs). Likelihood-based calibration spends nearly all its time here.
/// </summary>
public static class CalibrationBenchmark
{
    /// <summary>Replications per particle, <c>regsim calibrate</c>'s default.</summary>
    public const int ReplicationsPerParticle = 50;

    /// <summary>Returns the particle rate of <paramref name="scenario"/>, or null when it has no uncertain parameter or no
    /// historical record to calibrate against.</summary>
    /// <param name="scenario">The scenario measured, with its document (the priors are read from it).</param>
    /// <param name="particles">Particles per run.</param>
    /// <param name="cores">Threads.</param>
    /// <param name="runs">Runs the figure is the median of, at least 1.</param>
    /// <param name="cancellationToken">Stops between particles.</param>
    public static BenchMeasurement? Measure(LoadedScenario scenario, int particles, int cores, int runs, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(runs, 1);
        RecordCalibration calibration;
        try
        {
            calibration = RecordCalibration.Create(scenario, new CalibrationSettings(particles, ReplicationsPerParticle, scenario.Model.Seed, 1));
        }
        catch (ScenarioException)
        {
            return null;
        }
        var indices = Enumerable.Range(0, particles).ToArray();
        // Warm-up for a second, as SpeedBenchmark does, so that no measured run pays for compiling the model and the scenario
        // reader. On a busy machine the first measured run can still be the slowest; the median of several is the figure.
        var warmUp = Stopwatch.StartNew();
        while (warmUp.Elapsed < TimeSpan.FromSeconds(1))
        {
            calibration.Run(indices[..Math.Min(particles, 2 * cores)], cores, _ => { }, cancellationToken);
        }

        double Rate()
        {
            GC.Collect();
            var clock = Stopwatch.StartNew();
            calibration.Run(indices, cores, _ => { }, cancellationToken);
            return particles / clock.Elapsed.TotalSeconds;
        }

        var rates = Enumerable.Range(0, runs).Select(_ => Rate()).ToArray();
        return BenchMeasurement.Of("calibration_particles_per_second", $"calibration particles/s ({ReplicationsPerParticle} replications each)",
            ReplicationsPerParticle, cores, rates, MeasurementUnit.ParticlesPerSecond);
    }
}
