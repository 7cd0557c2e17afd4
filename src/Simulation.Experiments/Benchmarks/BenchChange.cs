namespace Simulation.Experiments.Benchmarks;

/// <summary>
/// A figure of this benchmark beside the same figure of an earlier one (same measure, replications and threads), as
/// <c>regsim bench --against</c> shows them: the ratio of the medians, and whether the two runs' ranges overlap, which on a
/// machine whose speed drifts is what says whether the versions differ at all.
/// </summary>
/// <param name="Now">This benchmark's figure.</param>
/// <param name="Before">The earlier figure, or null when the earlier benchmark did not measure it.</param>
public sealed record BenchChange(BenchMeasurement Now, BenchMeasurement? Before)
{
    /// <summary>Now's median over the earlier one (NaN without an earlier figure, or when it is 0).</summary>
    public double Ratio => Before is { Value: not 0 } before ? Now.Value / before.Value : double.NaN;

    /// <summary>True when the two ranges (lowest to highest run) share a value; null without an earlier figure, or when
    /// either figure is a single run (which has no range to compare).</summary>
    public bool? RangesOverlap => Before is { } before && Now.Runs > 1 && before.Runs > 1 ? Now.Low <= before.High && before.Low <= Now.High : null;

    /// <summary>Pairs each of <paramref name="now"/> with the figure of <paramref name="before"/> that has its measure,
    /// replications and threads (the first such, should there be several).</summary>
    public static IReadOnlyList<BenchChange> Of(IReadOnlyList<BenchMeasurement> now, IReadOnlyList<BenchMeasurement> before) =>
        [.. now.Select(n => new BenchChange(n, before.FirstOrDefault(b => b.Measure == n.Measure && b.Replications == n.Replications && b.Threads == n.Threads)))];
}
