namespace Simulation.Experiments.Calibration;

/// <summary>One parameter's simulation-based calibration: where its true value fell in each synthetic record's posterior,
/// and whether those places look uniform (a row of <c>sbc_summary.csv</c>).</summary>
/// <param name="Prior">The parameter.</param>
/// <param name="Pits">The PIT per synthetic record, in record order (NaN where the record was impossible under every particle).</param>
/// <param name="ChiSquare">χ² statistic of the PITs in ten bins.</param>
/// <param name="PValue">Its p-value under uniformity: small values say the posterior is miscalibrated for this parameter.</param>
public sealed record SbcParameter(Prior Prior, IReadOnlyList<double> Pits, double ChiSquare, double PValue);
