using System.Numerics;
using CsvHelper;
using Simulation.Core;
using Simulation.Core.Regimes;
using Simulation.Experiments;
using Simulation.Experiments.Outcomes;

namespace Simulation.Output.Csv;

/// <summary>
/// Streams <c>outcomes.csv</c>, one row per replication and regime mode, as replications arrive, so a run of any length
/// keeps its raw results without holding them in memory.
/// </summary>
/// <remarks>
/// Columns: <c>replication</c>, <c>regime</c>, one <c>winners_&lt;projectId&gt;</c> per project (winning bids in winning
/// order joined by <c>;</c>, each bid's region ids in region order joined by <c>+</c>, for example
/// <c>daegu+gyeongbuk;chungbuk</c>), then one column per metric of <see cref="OutcomeMetrics.For"/>. A missing (NaN)
/// value is an empty field. Rows are formatted without allocating.
/// </remarks>
public sealed class OutcomeCsvWriter : IReplicationObserver, IDisposable
{
    private readonly CsvWriter _csv;
    private readonly Scenario _scenario;
    private readonly IReadOnlyList<OutcomeMetric> _metrics;
    private char[] _winners = new char[256];
    private bool _disposed;

    /// <summary>Creates <paramref name="path"/> (overwriting it) and writes the header.</summary>
    /// <param name="path">File to write.</param>
    /// <param name="scenario">The scenario being run; its projects, regions and metrics define the columns.</param>
    public OutcomeCsvWriter(string path, Scenario scenario)
    {
        _scenario = scenario;
        _metrics = OutcomeMetrics.For(scenario);
        _csv = CsvSettings.Open(path);
        _csv.WriteField("replication");
        _csv.WriteField("regime");
        foreach (var project in scenario.Projects)
        {
            _csv.WriteField($"winners_{project.Id}");
        }
        foreach (var metric in _metrics)
        {
            _csv.WriteField(metric.Name);
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
            _csv.WriteField(Winners(outcome.Winners(p)));
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

    // Formats the bids into the reused buffer.
    private ReadOnlySpan<char> Winners(ReadOnlySpan<ulong> bids)
    {
        var length = 0;
        for (var b = 0; b < bids.Length; b++)
        {
            if (b > 0)
            {
                Append(ref length, ";");
            }
            var first = true;
            for (var members = bids[b]; members != 0; members &= members - 1)
            {
                if (!first)
                {
                    Append(ref length, "+");
                }
                Append(ref length, _scenario.Regions[BitOperations.TrailingZeroCount(members)].Id);
                first = false;
            }
        }
        return _winners.AsSpan(0, length);
    }

    private void Append(ref int length, ReadOnlySpan<char> text)
    {
        if (length + text.Length > _winners.Length)
        {
            Array.Resize(ref _winners, Math.Max(_winners.Length * 2, length + text.Length));
        }
        text.CopyTo(_winners.AsSpan(length));
        length += text.Length;
    }
}
