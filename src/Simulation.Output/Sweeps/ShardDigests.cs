using System.Globalization;
using System.Security.Cryptography;
using Simulation.Experiments;

namespace Simulation.Output.Sweeps;

/// <summary>
/// What a finished shard of a sweep records of the files it wrote: the SHA-256 of its <c>sweep.csv</c> and of its Parquet
/// part, in its <c>sweep.manifest.json</c>. A shard appends its rows as its points finish, so the digests are taken once the
/// last point (and the part, when asked for) is written; until then, and in shards written before digests were recorded, the
/// manifest holds none. <c>regsim merge</c> checks them, so a number changed after the shard wrote it is refused rather than
/// merged, and such a shard is told apart from an unfinished one (no digest yet, rows missing) and a damaged one (no digest,
/// rows that do not read). A shard whose rows no longer match is not resumed either: resuming would record the changed rows
/// as the shard's own. A sensitivity study's shards record and check their <c>sweep.csv</c> the same way, and a calibration's
/// shards their <c>particles.csv</c> (<see cref="Change"/>), so every gather of shards refuses a file changed after it was written.
/// </summary>
public static class ShardDigests
{
    /// <summary>Returns the SHA-256 of the file at <paramref name="path"/> as lower-case hexadecimal.</summary>
    public static string Of(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    /// <summary>Writes <paramref name="manifest"/> into the shard folder <paramref name="shardDirectory"/> with the SHA-256 of
    /// its <c>sweep.csv</c> and of <paramref name="part"/> (the shard's Parquet part, or null when it wrote none), and returns
    /// what it wrote. Called once the shard's rows and part are complete.</summary>
    public static SweepManifest Record(string shardDirectory, SweepManifest manifest, string? part)
    {
        var recorded = manifest with
        {
            SweepCsvSha256 = Of(Path.Combine(shardDirectory, SweepFile.Name)),
            ParquetPartSha256 = part is null ? EarlierPart(shardDirectory, manifest) : Of(part),
        };
        SweepManifestFile.Write(shardDirectory, recorded);
        return recorded;
    }

    // The digest an earlier run of this shard recorded for its Parquet part, kept when a run without --format parquet finishes
    // the shard again and the part is still the one recorded: the shard's part stays checked, not taken for a leftover.
    private static string? EarlierPart(string shardDirectory, SweepManifest manifest)
    {
        if (manifest.ShardIndex is not { } index || manifest.ShardCount is not { } count
            || SweepManifestFile.Read(shardDirectory)?.ParquetPartSha256 is not { } earlier)
        {
            return null;
        }
        var part = Path.Combine(SweepDataset.Folder(shardDirectory), SweepDataset.PartName(index, count));
        return File.Exists(part) && Of(part) == earlier ? earlier : null;
    }

    /// <summary>Returns the rows a finished folder of <paramref name="manifest"/> holds: its points (a shard's, when it is one)
    /// times the regime modes.</summary>
    public static int Rows(SweepManifest manifest)
    {
        return ShardSpec.Of(manifest.ShardIndex, manifest.ShardCount).OwnedOf(manifest.Points).Count() * manifest.Modes.Count;
    }

    /// <summary>Returns how the <c>sweep.csv</c> in <paramref name="shardDirectory"/> differs from the one its shard finished
    /// writing, in words (what it holds now, and its SHA-256 against the one <paramref name="manifest"/> recorded); null when it
    /// is the same file, when the shard recorded no digest, or when the file is missing (which the caller names itself). What
    /// it holds is told by what it is first, then by counting: not text, other columns than <paramref name="header"/> (the
    /// sweep's, when known), rows of another shard's points, a line that is not a row, and only then rows lost or added.</summary>
    public static string? TableChange(string shardDirectory, SweepManifest manifest, string? header = null) =>
        Compare(Path.Combine(shardDirectory, SweepFile.Name), manifest.SweepCsvSha256, SweepManifestFile.Name, path => TableHolds(path, manifest, header));

    /// <summary>Returns how the file at <paramref name="path"/> differs from the one a shard finished writing, in words: what
    /// it holds now against the <paramref name="rows"/> data rows the shard wrote (when known), and its SHA-256 against
    /// <paramref name="recorded"/>, which the shard wrote into its <paramref name="manifestName"/>. Null when it is the same
    /// file, when the shard recorded no digest (it is unfinished, or was written before digests were recorded), or when the
    /// file is missing (which the caller names itself). Any file a gather or merge reads from a shard is checked with it, so
    /// that every kind of shard tells a changed file the same way.</summary>
    public static string? Change(string path, string? recorded, string manifestName, int? rows = null) =>
        Compare(path, recorded, manifestName, rows is { } written ? file => Holds(File.ReadAllText(file), written) : null);

    private static string? Compare(string path, string? recorded, string manifestName, Func<string, string>? holds)
    {
        if (recorded is null || !File.Exists(path))
        {
            return null;
        }
        var now = Of(path);
        var digests = $"its SHA-256 is now {Short(now)}, not the {Short(recorded)} the shard recorded in its {manifestName}";
        return now == recorded ? null : holds is not null ? $"{holds(path)}; {digests}" : digests;
    }

    /// <summary>Returns the first characters of a digest, enough to tell two apart in a message.</summary>
    public static string Short(string digest) => digest.Length > 12 ? digest[..12] + "…" : digest;

    // What a shard's sweep.csv holds now: something else than a table of this sweep's, or this shard's, is said as such (a
    // copy of another shard's file or of another sweep's holds rows enough to be counted, which would only mislead); a table
    // of this shard's points is counted against the rows the shard wrote.
    private static string TableHolds(string path, SweepManifest manifest, string? header)
    {
        var text = File.ReadAllText(path);
        if (text.Length == 0)
        {
            return "it is empty";
        }
        if (text.Any(c => c == '\uFFFD' || (char.IsControl(c) && c is not '\n' and not '\r' and not '\t')))
        {
            return "it is not a table at all (it holds bytes that are not text)";
        }
        var lines = text.Split('\n');
        var first = lines[0];
        if (header is not null && first != header)
        {
            return $"it is not a table of this sweep: its columns differ ({SweepTable.ColumnDifference(header, first)})";
        }
        if (!first.StartsWith(string.Join(',', Experiments.Sweeps.SweepColumns.Identifiers) + ",", StringComparison.Ordinal))
        {
            return "it is not a sweep table: its first line is not a sweep's header";
        }
        var shard = ShardSpec.Of(manifest.ShardIndex, manifest.ShardCount);
        var columns = first.Count(c => c == ',') + 1;
        var complete = lines.Skip(1).SkipLast(1).Where(line => line.Length > 0).ToList();
        var points = complete.Select(line => SweepTable.PointOf(line, columns)).ToList();
        var foreign = points.OfType<int>().Where(p => !shard.Owns(p) || p >= manifest.Points).Distinct().Order().ToList();
        if (foreign.Count > 0)
        {
            var owners = foreign.Select(p => ShardSpec.OwnerOf(p, shard.Count)).Distinct().ToList();
            var whose = foreign.Any(p => p >= manifest.Points) ? "points this sweep does not have"
                : owners.Count == 1 ? $"shard {owners[0]}'s points" : "other shards' points";
            return $"its rows are {whose} ({Points(foreign)}), not this shard's: it is another shard's table";
        }
        if (points.IndexOf(null) is var notRow and >= 0)
        {
            return $"line {notRow + 2} is not a row of this sweep";
        }
        return Holds(text, Rows(manifest));
    }

    // "point 3", "points 1 and 5", "points 1, 5, 9, 13, 17 and 4 more".
    private static string Points(IReadOnlyList<int> points)
    {
        const int Named = 5;
        var shown = points.Take(Named).Select(p => p.ToString(CultureInfo.InvariantCulture)).ToList();
        return points.Count == 1 ? $"point {shown[0]}"
            : points.Count <= Named ? $"points {string.Join(", ", shown[..^1])} and {shown[^1]}"
            : $"points {string.Join(", ", shown)} and {points.Count - Named} more";
    }

    // What the file holds now, against the rows the shard wrote: rows lost or added say so; the same number of rows means
    // values (or column names) were edited in place.
    private static string Holds(string text, int rows)
    {
        if (text.Length == 0)
        {
            return "it is empty";
        }
        var complete = text.Split('\n').Skip(1).SkipLast(1).Count(line => line.Length > 0);
        return !text.EndsWith('\n') ? $"its last line is cut short ({complete} complete rows of the {rows} the shard wrote)"
            : complete < rows ? $"it holds {complete} of the {rows} rows the shard wrote"
            : complete > rows ? $"it holds {complete} rows where the shard wrote {rows}"
            : $"its {rows} rows are all there, so values in them (or its column names) were edited";
    }
}
