using Parquet;
using Parquet.Schema;
using Simulation.Core;
using Simulation.Core.Regimes;
using Simulation.Experiments;
using Simulation.Experiments.Outcomes;
using Simulation.Output.Tables;

namespace Simulation.Output.Parquet;

/// <summary>
/// Streams <c>outcomes.parquet</c>, the Parquet twin of <c>outcomes.csv</c> (same columns, typed as <see cref="OutcomeTable"/>
/// says: replication and count metrics as 64-bit integers, regime and winners as strings, the other metrics as optional
/// doubles with null for a missing value, where <c>outcomes.csv</c> has an empty field), in row groups of
/// <see cref="RowsPerGroup"/> rows as replications arrive, so memory stays bounded at any run length.
/// </summary>
public sealed class OutcomeParquetWriter : IReplicationObserver, IDisposable
{
    /// <summary>Rows per row group, as in every Parquet table the toolkit writes.</summary>
    public const int RowsPerGroup = ParquetTable.RowsPerGroup;

    /// <summary>The file's name in a run folder.</summary>
    public const string FileName = "outcomes.parquet";

    private readonly Scenario _scenario;
    private readonly IReadOnlyList<OutcomeMetric> _metrics;
    private readonly WinnersText _winnersText;
    private readonly Dictionary<string, string> _texts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly DataField<long> _replicationField = new("replication");
    private readonly DataField<string> _regimeField = new("regime");
    private readonly DataField<string>[] _winnerFields;
    private readonly DataField[] _metricFields;
    private readonly long[] _replications = new long[RowsPerGroup];
    private readonly long[] _counts = new long[RowsPerGroup]; // a count metric's values of a row group, as whole numbers
    private readonly double?[] _optional = new double?[RowsPerGroup]; // another metric's, with null for a missing value
    private readonly string[] _regimes = new string[RowsPerGroup];
    private readonly string[][] _winners;
    private readonly double[][] _values;
    private readonly FileStream _stream;
    private readonly ParquetWriter _writer;
    private int _count;
    private bool _disposed;

    /// <summary>Creates <paramref name="path"/> (overwriting it) with <paramref name="metadata"/> as its key-value metadata.</summary>
    public OutcomeParquetWriter(string path, Scenario scenario, IReadOnlyDictionary<string, string> metadata)
    {
        _scenario = scenario;
        _metrics = OutcomeMetrics.For(scenario);
        _winnersText = new WinnersText(scenario);
        _lookup = _texts.GetAlternateLookup<ReadOnlySpan<char>>();
        _winnerFields = [.. scenario.Projects.Select(p => new DataField<string>(OutcomeTable.WinnersColumn(p.Id)))];
        _metricFields = [.. _metrics.Select(m => OutcomeTable.TypeOf(m) == ColumnType.Int64 ? new DataField<long>(m.Name) : (DataField)new DataField<double?>(m.Name))];
        _winners = [.. scenario.Projects.Select(_ => new string[RowsPerGroup])];
        _values = [.. _metrics.Select(_ => new double[RowsPerGroup])];
        _stream = File.Create(path);
        _writer = Wait(ParquetWriter.CreateAsync(new ParquetSchema([_replicationField, _regimeField, .. _winnerFields, .. _metricFields]), _stream));
        _writer.CustomMetadata = metadata.ToDictionary(p => p.Key, p => p.Value);
    }

    /// <inheritdoc />
    public void Observe(long replication, RegimeMode mode, ReplicationOutcome outcome)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        _replications[_count] = replication;
        _regimes[_count] = mode.Label;
        for (var p = 0; p < _scenario.Projects.Count; p++)
        {
            _winners[p][_count] = Text(_winnersText.Format(outcome.Winners(p)));
        }
        for (var m = 0; m < _metrics.Count; m++)
        {
            _values[m][_count] = _metrics[m].Read(outcome);
        }
        if (++_count == RowsPerGroup)
        {
            Flush();
        }
    }

    /// <summary>Writes the last row group and closes the file.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }
        _disposed = true;
        if (_count > 0)
        {
            Flush();
        }
        _writer.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _stream.Dispose();
    }

    // The few distinct winner texts are kept once each, so a long run does not allocate a string per row.
    private string Text(ReadOnlySpan<char> text)
    {
        if (_lookup.TryGetValue(text, out var known))
        {
            return known;
        }
        var made = text.ToString();
        _texts[made] = made;
        return made;
    }

    private void Flush()
    {
        var n = _count;
        Wait(Task.Run(async () =>
        {
            using var group = _writer.CreateRowGroup();
            await group.WriteAsync<long>(_replicationField, _replications.AsMemory(0, n));
            await group.WriteAsync(_regimeField, new ArraySegment<string>(_regimes, 0, n));
            for (var p = 0; p < _winnerFields.Length; p++)
            {
                await group.WriteAsync(_winnerFields[p], new ArraySegment<string>(_winners[p], 0, n));
            }
            for (var m = 0; m < _metricFields.Length; m++)
            {
                if (_metricFields[m].ClrType == typeof(long))
                {
                    await group.WriteAsync<long>(_metricFields[m], Counts(m, n)); // written before the next column reuses the buffer
                }
                else
                {
                    await group.WriteAsync<double>(_metricFields[m], ParquetTable.Missing(_values[m], _optional, n).AsMemory(0, n)); // written before the next column reuses the buffer
                }
            }
        }));
        _count = 0;
    }

    // A count metric's values as whole numbers. A count is never missing nor fractional (the model counts in integers); one
    // that were could not be stored as a whole number, and is refused rather than rounded.
    private Memory<long> Counts(int metric, int n)
    {
        var values = _values[metric];
        for (var i = 0; i < n; i++)
        {
            var value = values[i];
            if (!(value >= long.MinValue && value < long.MaxValue) || value != Math.Floor(value))
            {
                throw new InvalidOperationException($"The count metric '{_metrics[metric].Name}' read {value}, which is not a whole number.");
            }
            _counts[i] = (long)value;
        }
        return _counts.AsMemory(0, n);
    }

    private static T Wait<T>(Task<T> task) => task.GetAwaiter().GetResult();

    private static void Wait(Task task) => task.GetAwaiter().GetResult();
}
