namespace Simulation.Experiments.Outcomes;

/// <summary>What values a metric takes, which decides how its summary is accumulated.</summary>
public enum MetricKind
{
    /// <summary>Any real number: moments, kept values and streaming percentiles.</summary>
    Continuous,

    /// <summary>A count (a non-negative whole number, such as designations held): a histogram gives the same summary exactly,
    /// at any number of replications, for one increment per value.</summary>
    Count,
}
