using CsvHelper;
using Simulation.Core;
using Simulation.Core.Regimes;
using Simulation.Experiments;
using Simulation.Experiments.Outcomes;
using Simulation.Output.Tables;

namespace Simulation.Output.Csv;

/// <summary>
/// Streams <c>outcomes.csv</c>, one row per replication and regime mode, as replications arrive, so a run of any length
/// keeps its raw results without holding them in memory.
/// </summary>
/// <remarks>
/// Columns: those of <see cref="OutcomeTable.Columns"/>: <c>replication</c>, <c>regime</c>, one <c>winners_&lt;projectId&gt;</c>
/// per project (see <see cref="WinnersText"/>), then one column per metric of <see cref="OutcomeMetrics.For"/> (a count is
/// written as its whole number, 3, as any double that is whole). A missing (NaN) value is an empty field. Rows are
/// formatted without allocating.
/// </remarks>
public sealed class OutcomeCsvWriter : IReplicationObserver, IDisposable
{
    private readonly CsvWriter _csv;
    private readonly Scenario _scenario;
    private readonly IReadOnlyList<OutcomeMetric> _metrics;
    private readonly WinnersText _winners;
    private bool _disposed;

    /// <summary>Creates <paramref name="path"/> (overwriting it) and writes the header.</summary>
    /// <param name="path">File to write.</param>
    /// <param name="scenario">The scenario being run; its projects, regions and metrics define the columns.</param>
    public OutcomeCsvWriter(string path, Scenario scenario)
    {
        _scenario = scenario;
        _metrics = OutcomeMetrics.For(scenario);
        _winners = new WinnersText(scenario);
        _csv = CsvSettings.Open(path);
        foreach (var column in OutcomeTable.Columns(scenario).Keys)
        {
            _csv.WriteField(column);
        }
        _csv.EndRecord();
    }

    /// <inheritdoc />
    public void Observe(long replication, RegimeMode mode, ReplicationOutcome outcome)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        _csv.WriteField(replication, ReadOnlySpan<char>.Empty);
        _csv.WriteField(mode.Label);
        for (var p = 0; p < _scenario.Projects.Count; p++)
        {
            _csv.WriteField(_winners.Format(outcome.Winners(p)));
        }
        foreach (var metric in _metrics)
        {
            CsvSettings.WriteDouble(_csv, metric.Read(outcome));
        }
        _csv.EndRecord();
    }

    /// <summary>Flushes and closes the file.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }
        _disposed = true;
        _csv.Flush();
        _csv.Dispose();
    }
}
