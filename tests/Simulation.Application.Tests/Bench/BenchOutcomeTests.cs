using Simulation.Application.Bench;
using Simulation.Experiments.Benchmarks;

namespace Simulation.Application.Tests.Bench;

/// <summary>A benchmark taken on a busy machine says so: a ratio of rates above one is not the code's.</summary>
public class BenchOutcomeTests
{
    [Theory]
    [InlineData(0.95, 0.97, 0.98, false)]
    [InlineData(1.05, 1.0, 1.05, false)]
    [InlineData(1.72, 0.9, 0.95, true)]
    [InlineData(0.9, 1.51, 0.6, true)]
    [InlineData(0.5, 0.27, 1.88, true)]
    public void ARatioOfRatesAboveOnePointOne_MarksTheFiguresUnsteady(double efficiency, double scaling, double againstIndependent, bool unsteady)
    {
        var outcome = new BenchOutcome(null!, 2,
        [
            BenchMeasurement.Of("replications_per_second", "replications/s, 1 thread", 1000, 1, [20_000.0], MeasurementUnit.ReplicationsPerSecond),
            BenchMeasurement.Of("parallel_efficiency", "parallel efficiency", 1000, 2, [efficiency], MeasurementUnit.Ratio),
            BenchMeasurement.Of("machine_scaling", "machine scaling", 1000, 2, [scaling], MeasurementUnit.Ratio),
            BenchMeasurement.Of(SpeedBenchmark.EfficiencyAgainstIndependentRuns, "efficiency against independent runs", 1000, 2, [againstIndependent], MeasurementUnit.Ratio),
        ]);

        Assert.Equal(unsteady, outcome.Unsteady);
    }
}
