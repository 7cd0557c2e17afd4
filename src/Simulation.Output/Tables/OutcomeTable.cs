using Simulation.Core;
using Simulation.Experiments.Outcomes;

namespace Simulation.Output.Tables;

/// <summary>
/// The columns of a run's per-replication table, <c>outcomes.csv</c> and <c>outcomes.parquet</c>, with their types:
/// <c>replication</c> (a whole number), <c>regime</c> and one <c>winners_&lt;project&gt;</c> per project (text), then every
/// metric of <see cref="OutcomeMetrics.For"/>, a whole number where the metric is a count (<see cref="MetricKind.Count"/>)
/// and a double otherwise. The run's manifest lists them, so a reader types the columns as regsim wrote them rather than
/// guessing from the values (a sum in ₩ billion that happens to be whole is still a double).
/// </summary>
public static class OutcomeTable
{
    /// <summary>Returns the columns of <paramref name="scenario"/>'s outcomes, in file order, each with its type.</summary>
    public static OrderedDictionary<string, ColumnType> Columns(Scenario scenario)
    {
        var columns = new OrderedDictionary<string, ColumnType>(StringComparer.Ordinal)
        {
            ["replication"] = ColumnType.Int64,
            ["regime"] = ColumnType.String,
        };
        foreach (var project in scenario.Projects)
        {
            columns.Add(WinnersColumn(project.Id), ColumnType.String);
        }
        foreach (var metric in OutcomeMetrics.For(scenario))
        {
            columns.Add(metric.Name, TypeOf(metric));
        }
        return columns;
    }

    /// <summary>Returns the name of the column of a project's winners (see <see cref="WinnersText"/>).</summary>
    public static string WinnersColumn(string projectId) => $"winners_{projectId}";

    /// <summary>Returns the type of <paramref name="metric"/>'s column: <see cref="ColumnType.Int64"/> for a count,
    /// <see cref="ColumnType.Double"/> for any other quantity.</summary>
    public static ColumnType TypeOf(OutcomeMetric metric) => metric.Kind switch
    {
        MetricKind.Count => ColumnType.Int64,
        MetricKind.Continuous => ColumnType.Double,
        _ => throw new ArgumentOutOfRangeException(nameof(metric), metric.Kind, "not a metric kind"),
    };
}
