namespace Simulation.Experiments;

/// <summary>Summary of one outcome metric under one regime mode (a row of <c>summary.csv</c>).</summary>
/// <param name="Metric">Metric name.</param>
/// <param name="Regime">Mode label.</param>
/// <param name="Count">Replications with a value.</param>
/// <param name="Mean">Mean.</param>
/// <param name="Sd">Standard deviation.</param>
/// <param name="P05">5th percentile (exact up to 20,000 replications, then from a log-bucket sketch within 0.05 %).</param>
/// <param name="P50">Median (exact up to 20,000 replications, then from a log-bucket sketch within 0.05 %).</param>
/// <param name="P95">95th percentile (exact up to 20,000 replications, then from a log-bucket sketch within 0.05 %).</param>
public sealed record MetricSummary(string Metric, string Regime, long Count, double Mean, double Sd, double P05, double P50, double P95);
