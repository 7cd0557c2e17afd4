using System.Text;
using Simulation.Experiments.Sweeps;

namespace Simulation.Output.Sweeps;

/// <summary>
/// A sweep's <c>sweep.csv</c>, appended to one design point at a time and flushed to disk, so a sweep killed at any moment
/// keeps every finished point. Reopening it resumes: a half-written point at the end is cut off, the finished points are
/// reported, and a folder that holds another experiment, version or shard is refused, as is a finished shard whose rows were
/// changed after it wrote them (<see cref="ShardDigests"/>).
/// </summary>
public sealed class SweepFile : IDisposable
{
    /// <summary>The file name inside a sweep folder.</summary>
    public const string Name = "sweep.csv";

    /// <summary>Whether a file of a sweep's folder (relative, '/' separators) is named like one a sweep or its merge writes
    /// there: this table, its manifest, the Parquet dataset (or the table as one Parquet file, as an earlier regsim wrote
    /// it) and the main-effect plots. Anything else there is not the sweep's (<see cref="ResultsFolder.RefuseUnaccounted"/>).</summary>
    public static bool IsSweepFile(string relative) =>
        relative is Name or SweepManifestFile.Name or SweepDataset.Name
        || relative.StartsWith(SweepDataset.Name + "/", StringComparison.Ordinal)
        || (relative.StartsWith("plots/main_effect_", StringComparison.Ordinal) && relative.IndexOf('/', "plots/".Length) < 0
            && (relative.EndsWith(".png", StringComparison.Ordinal) || relative.EndsWith(".svg", StringComparison.Ordinal)));

    private readonly FileStream _stream;
    private readonly JournalLock _lock;

    private SweepFile(FileStream stream, JournalLock held, IReadOnlySet<int> finished)
    {
        _stream = stream;
        _lock = held;
        FinishedPoints = finished;
    }

    /// <summary>Design points already in the file (complete, every mode present).</summary>
    public IReadOnlySet<int> FinishedPoints { get; }

    /// <summary>Opens the sweep file in <paramref name="directory"/>, creating it with its header and manifest or resuming it.</summary>
    /// <exception cref="InvalidDataException">The folder holds results that cannot be continued with this experiment.</exception>
    /// <exception cref="FolderInUseException">Another sweep is writing the folder.</exception>
    public static SweepFile OpenOrResume(string directory, SweepManifest manifest, SweepColumns columns)
    {
        return JournalLock.Open(directory, held => OpenOrResume(directory, manifest, columns, held));
    }

    private static SweepFile OpenOrResume(string directory, SweepManifest manifest, SweepColumns columns, JournalLock held)
    {
        var path = Path.Combine(directory, Name);
        var existing = SweepManifestFile.Read(directory);
        if (existing is not null)
        {
            var why = manifest.Incompatibility(existing) ?? OtherPart(existing, manifest);
            if (why is not null)
            {
                throw new InvalidDataException($"'{directory}' cannot be resumed: {why}. To resume it, run it as it was run (the same files, regsim, --replications and --shard), or use another "
                    + "--out folder and keep the points run so far; delete the folder only to start it again from nothing."
                    + (manifest.ExperimentSha256 != existing.ExperimentSha256 && manifest.Experiment == existing.Experiment
                        ? " To draw other main-effect plots from the rows it holds, without running a point, read the folder with the analysis kits (main_effects() in Python, regsim_main_effects() in R: docs/analysis.md)."
                        : ""));
            }
            if (ShardDigests.TableChange(directory, existing, SweepTable.Header(columns)) is { } change)
            {
                // Resuming would record the changed rows as the shard's own, and the merge would no longer see the change.
                throw new InvalidDataException($"'{path}' was changed after the shard finished writing it: {change}. It is not resumed from rows "
                    + "it did not write: restore the file as the shard wrote it, or run the shard into another --out folder to run its points anew.");
            }
        }
        else if (File.Exists(path))
        {
            throw new InvalidDataException($"'{path}' exists without {SweepManifestFile.Name}; it was not written by this sweep. Use another --out folder.");
        }

        var header = SweepTable.Header(columns) + "\n";
        // First, so the rows are never without the manifest that names them; a part an earlier run recorded stays named, so a
        // run without --format parquet that finishes the shard again keeps it checked (ShardDigests.Record).
        SweepManifestFile.Write(directory, manifest with { ParquetPartSha256 = existing?.ParquetPartSha256 });
        File.Delete(path + FileReplacement.Suffix); // a rewrite or a merge an interruption left half done
        var stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read);
        try
        {
            var finished = stream.Length == 0 ? [] : Recover(stream, header, manifest.Modes.Count, columns, path);
            if (stream.Length == 0)
            {
                stream.Write(Encoding.UTF8.GetBytes(header));
                stream.Flush(flushToDisk: true);
            }
            stream.Seek(0, SeekOrigin.End);
            return new SweepFile(stream, held, finished);
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    /// <summary>Appends one design point's rows and flushes them to disk.</summary>
    public void Append(IReadOnlyList<SweepRow> rows)
    {
        _stream.Write(Encoding.UTF8.GetBytes(SweepTable.Format(rows)));
        _stream.Flush(flushToDisk: true);
    }

    /// <summary>Rewrites <c>sweep.csv</c> in <paramref name="directory"/> with its points in index order, as a run whole
    /// writes them, when they are not: after a sweep resumed a point whose rows were deleted by hand, or a sensitivity study
    /// gathered its shards and ran the points of a missing one itself, so that its files are the same bytes as a whole run's. Written beside the file and moved over it, so an
    /// interruption leaves the old file whole. Call it with the file closed.</summary>
    public static void PutInPointOrder(string directory, SweepColumns columns)
    {
        var path = Path.Combine(directory, Name);
        var rows = SweepTable.Read(path, columns);
        var sorted = rows.OrderBy(r => r.Point).ToList(); // stable: a point's rows keep their mode order
        if (sorted.SequenceEqual(rows))
        {
            return;
        }
        FileReplacement.Write(path, SweepTable.Header(columns) + "\n" + SweepTable.Format(sorted));
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _stream.Dispose();
        _lock.Dispose();
    }

    // What part of the sweep (or study) the folder holds when it is not the part asked for, in words: the whole of it, a
    // shard where the whole is asked for, or another shard; null when it is the same part.
    private static string? OtherPart(SweepManifest existing, SweepManifest manifest)
    {
        var what = existing.Study is null ? "sweep" : "study";
        return (existing.ShardIndex, existing.ShardCount, manifest.ShardIndex) switch
        {
            _ when existing.ShardIndex == manifest.ShardIndex && existing.ShardCount == manifest.ShardCount => null,
            (null, _, _) => $"it holds the whole {what}, not a shard of it",
            ({ } index, { } count, null) => $"it holds shard {index}/{count} of the {what}, not the whole {what}",
            ({ } index, { } count, _) => $"it holds another shard ({index}/{count}, not {manifest.ShardIndex}/{manifest.ShardCount})",
            _ => "it holds another shard",
        };
    }

    // Keeps the header and the complete points, in file order, and cuts what follows the last complete point (rows a
    // stopped sweep left); a line that is not a row, a point cut short or a point repeated with rows after it was not
    // written so, and is refused rather than cut with them or run again.
    private static HashSet<int> Recover(FileStream stream, string header, int modes, SweepColumns columns, string path)
    {
        var text = Csv.ResumedText.Read(stream);
        if (Csv.ResumedText.IsCutHeader(text, header))
        {
            stream.SetLength(0); // no row was written: the header is written again whole
            return [];
        }
        if (!text.StartsWith(header, StringComparison.Ordinal))
        {
            throw new InvalidDataException($"'{path}' has another header; it belongs to a different experiment. Use another --out folder.");
        }
        var fields = header.AsSpan().Count(',') + 1;
        var finished = new HashSet<int>();
        var keep = header.Length;
        var position = header.Length;
        var lineNumber = 1; // of the line before position: the header
        var rowsOfPoint = 0;
        var point = -1;
        while (position < text.Length)
        {
            var end = text.IndexOf('\n', position);
            if (end < 0)
            {
                break; // a row cut off mid-write
            }
            var line = text[position..end];
            lineNumber++;
            if (SweepTable.PointOf(line, fields) is not { } index)
            {
                if (text.AsSpan(end + 1).Contains('\n'))
                {
                    throw new InvalidDataException($"'{path}' line {lineNumber} is not a row of this sweep, and more rows follow it; "
                        + "correct that line, or delete it together with the other rows of its design point (the first field; that point "
                        + "is run again and every other point kept), or use another --out folder.");
                }
                break; // the last line, unreadable: written in part when the sweep was stopped
            }
            if (index != point && point >= 0 && rowsOfPoint < modes)
            {
                throw Damaged(path, lineNumber, $"point {point} has {rowsOfPoint} of its {modes} rows (one per regime mode) before point {index} starts",
                    $"delete the rows of point {point} (it is run again, and every other point kept)");
            }
            if ((index != point && finished.Contains(index)) || (index == point && rowsOfPoint == modes))
            {
                throw Damaged(path, lineNumber, $"point {index} is there already",
                    $"delete the second copy of point {index}'s rows (every other point is kept)");
            }
            rowsOfPoint = index == point ? rowsOfPoint + 1 : 1;
            point = index;
            position = end + 1;
            if (rowsOfPoint == modes)
            {
                finished.Add(point);
                keep = position;
            }
        }
        // Every field of the rows kept, read as the finished sweep will read them: a damaged value is refused now, naming its
        // line and column, not after the sweep has said its points are done.
        try
        {
            SweepTable.Parse(new StringReader(text[..keep]), columns, path);
        }
        catch (InvalidDataException e)
        {
            throw new InvalidDataException($"{e.Message} Correct that value, or delete that line and every line after it to run those points "
                + "again, or use another --out folder.", e);
        }
        Csv.ResumedText.CutAfter(stream, text, keep);
        return finished;
    }

    // A point cut short or repeated inside the file: a stopped sweep leaves only a partial point at the end, so the file was
    // edited or damaged, and resuming would add rows a second time. Removing that point's rows runs it again at the end.
    private static InvalidDataException Damaged(string path, int line, string what, string repair) =>
        new($"'{path}' line {line}: {what}, so the file was edited or damaged (a stopped sweep leaves only its last point short) and "
            + $"cannot be resumed as it is; {repair}, or use another --out folder.");
}
