using CsvHelper;
using Simulation.Experiments;

namespace Simulation.Output.Csv;

/// <summary>
/// Column layout of <c>summary.csv</c>, fixed so files diff cleanly between runs. CsvHelper's source generator writes
/// the record writer of <see cref="MetricSummary"/> from the attributes of these stand-in members; a missing (NaN)
/// statistic is an empty field.
/// </summary>
[CsvRecordMap(typeof(MetricSummary))]
public sealed partial class MetricSummaryMap
{
    /// <summary>Column <c>metric</c>: the metric name.</summary>
    [CsvColumn("metric", Index = 0)]
    public string Metric { get; set; } = "";

    /// <summary>Column <c>regime</c>: the mode label.</summary>
    [CsvColumn("regime", Index = 1)]
    public string Regime { get; set; } = "";

    /// <summary>Column <c>count</c>: replications with a value.</summary>
    [CsvColumn("count", Index = 2)]
    public long Count { get; set; }

    /// <summary>Column <c>mean</c>.</summary>
    [CsvColumn("mean", Index = 3)]
    [CsvConverter(typeof(RoundTripDouble))]
    public double Mean { get; set; }

    /// <summary>Column <c>sd</c>: standard deviation.</summary>
    [CsvColumn("sd", Index = 4)]
    [CsvConverter(typeof(RoundTripDouble))]
    public double Sd { get; set; }

    /// <summary>Column <c>p05</c>: 5th percentile.</summary>
    [CsvColumn("p05", Index = 5)]
    [CsvConverter(typeof(RoundTripDouble))]
    public double P05 { get; set; }

    /// <summary>Column <c>p50</c>: median.</summary>
    [CsvColumn("p50", Index = 6)]
    [CsvConverter(typeof(RoundTripDouble))]
    public double P50 { get; set; }

    /// <summary>Column <c>p95</c>: 95th percentile.</summary>
    [CsvColumn("p95", Index = 7)]
    [CsvConverter(typeof(RoundTripDouble))]
    public double P95 { get; set; }
}
