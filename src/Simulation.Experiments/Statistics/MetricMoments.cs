namespace Simulation.Experiments.Statistics;

/// <summary>The count, mean and standard deviation of one metric: what a sweep's row reads of a run, available without
/// the sorting that percentiles need.</summary>
/// <param name="Count">Number of values (missing ones excluded).</param>
/// <param name="Mean">Sample mean (NaN without values).</param>
/// <param name="StandardDeviation">Sample standard deviation, n − 1 (NaN with fewer than two values: it divides by n − 1).</param>
public sealed record MetricMoments(long Count, double Mean, double StandardDeviation);
