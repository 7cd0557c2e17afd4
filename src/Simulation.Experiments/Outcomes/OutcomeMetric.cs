using Simulation.Core;

namespace Simulation.Experiments.Outcomes;

/// <summary>One number read from every replication: a column of <c>outcomes.csv</c> and a row group of <c>summary.csv</c>.</summary>
/// <param name="Name">Column name, snake case with the unit where it has one.</param>
/// <param name="Description">What it measures, with its unit.</param>
/// <param name="Read">Reads the value from a finished replication.</param>
/// <param name="Kind">Whether the values are counts (summarised from a histogram) or any real number.</param>
public sealed record OutcomeMetric(string Name, string Description, Func<ReplicationOutcome, double> Read, MetricKind Kind = MetricKind.Continuous);
