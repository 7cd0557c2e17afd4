namespace Simulation.Experiments.Statistics;

/// <summary>Summarises one metric as replications stream in, in bounded memory.</summary>
public interface IMetricAccumulator
{
    /// <summary>Number of values that were not numbers.</summary>
    long Missing { get; }

    /// <summary>The first values, in replication order, for plotting (empty where none are kept).</summary>
    IReadOnlyList<double> Sample { get; }

    /// <summary>Adds a value.</summary>
    void Add(double value);

    /// <summary>Adds a value whose <see cref="QuantileSketch.Key"/> was found on the thread that computed it (ignored where
    /// no sketch is kept).</summary>
    void Add(double value, int key);

    /// <summary>Returns the summary so far.</summary>
    MetricStatistics Summarise();

    /// <summary>Returns the count, mean and standard deviation so far: those of <see cref="Summarise"/>, without the percentiles.</summary>
    MetricMoments Moments();
}
