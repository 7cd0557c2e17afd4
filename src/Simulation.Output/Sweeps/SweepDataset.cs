using System.Globalization;
using Simulation.Experiments.Sweeps;
using Simulation.Output.Parquet;

namespace Simulation.Output.Sweeps;

/// <summary>
/// A sweep's table as Parquet: the folder <c>sweep.parquet/</c>, a dataset of parts named
/// <c>part-0000I-of-0000N.parquet</c>, one per shard. A whole sweep is one shard of one: it writes
/// <c>sweep.parquet/part-00000-of-00001.parquet</c> beside its <c>sweep.csv</c>. A shard (<c>--shard I/N</c>) writes its part
/// into the folder <c>sweep.parquet/</c> beside its own folder, that is in the folder above it: <c>OUT/shard-3-of-8/</c> puts
/// it in <c>OUT/sweep.parquet/part-00003-of-00008.parquet</c>, where <c>regsim merge --out OUT</c> puts the merged
/// <c>sweep.csv</c>. So a whole sweep and a merged one leave the same kind of table, which DuckDB, Arrow and pandas read
/// as one, and the shards of a sweep meet in it before any merge. Every part has the same columns
/// (<see cref="SweepTable.Schema"/>); each names its sweep and shard in its metadata, and a folder holding parts of another
/// sweep, another number of shards or another version is refused, so a dataset never mixes them.
/// </summary>
public static class SweepDataset
{
    /// <summary>The folder of a sweep's parts.</summary>
    public const string Name = "sweep.parquet";

    /// <summary>The metadata key of a part's shard index.</summary>
    public const string ShardIndexKey = "regsim.shard_index";

    /// <summary>The metadata key of the number of shards.</summary>
    public const string ShardCountKey = "regsim.shard_count";

    /// <summary>Returns the file name of shard <paramref name="index"/> of <paramref name="count"/>, zero-padded so the
    /// parts sort in shard order.</summary>
    public static string PartName(int index, int count) =>
        string.Create(CultureInfo.InvariantCulture, $"part-{index:D5}-of-{count:D5}.parquet");

    /// <summary>Returns the folder a shard written into <paramref name="shardDirectory"/> puts its part in: <c>sweep.parquet/</c>
    /// in the folder above it.</summary>
    public static string Folder(string shardDirectory)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(shardDirectory));
        return Path.Combine(Path.GetDirectoryName(full) ?? full, Name);
    }

    /// <summary>Returns the folder the sweep of <paramref name="manifest"/> written into <paramref name="directory"/> puts its
    /// part in: <c>sweep.parquet/</c> in it for a whole sweep, <see cref="Folder"/> for a shard.</summary>
    public static string FolderOf(string directory, SweepManifest manifest) =>
        manifest.ShardIndex is null ? Path.Combine(directory, Name) : Folder(directory);

    /// <summary>Checks, before a sweep runs, that its Parquet part can go where it will (<see cref="FolderOf"/>): that the
    /// place is not a file (the one file an earlier regsim wrote a whole sweep's table as, or another) and holds no part of
    /// another sweep, version or number of shards (for a whole sweep, one shard).</summary>
    /// <exception cref="InvalidDataException">It cannot; the message says why and what to do.</exception>
    public static void Check(string directory, SweepManifest manifest)
    {
        var whole = manifest.ShardIndex is null;
        var folder = FolderOf(directory, manifest);
        if (File.Exists(folder))
        {
            throw new InvalidDataException($"'{folder}' is a file (a whole sweep's table as an earlier regsim wrote it, or another file), where this "
                + $"{(whole ? "sweep" : "shard")} puts its Parquet part into a folder of that name; move the file away, "
                + (whole ? "or use another --out folder." : "or give the shards --out folders under another folder."));
        }
        if (!Directory.Exists(folder))
        {
            return;
        }
        var identity = Identity(manifest);
        var own = PartName(manifest.ShardIndex ?? 0, manifest.ShardCount ?? 1);
        foreach (var part in Directory.GetFiles(folder, "part-*.parquet").Order(StringComparer.Ordinal))
        {
            if (ReadableFooter(part, out var damage) is not { } footer)
            {
                if (Path.GetFileName(part) == own)
                {
                    continue; // this sweep's own part, damaged (a write cut short, a bad copy): written anew from its sweep.csv
                }
                throw Damaged(part, damage, "rerun the shard it belongs to (the same command with the --shard its name gives) to write it anew, or delete it");
            }
            if (Mismatch(footer.Metadata, identity, ShardIndexKey) is { } why)
            {
                var what = Mismatch(footer.Metadata, identity, ShardIndexKey, ShardCountKey) is null
                    ? footer.Metadata.GetValueOrDefault(ShardCountKey) is "1" or null ? "this sweep's table as a whole run wrote it"
                        : $"a part of this sweep run in {footer.Metadata[ShardCountKey]} shards"
                    : "a part of another sweep";
                throw new InvalidDataException($"'{folder}' holds {Path.GetFileName(part)}, {what} ({why}); "
                    + (whole ? "use another --out folder, or delete it." : "give the shards --out folders under another folder, or delete it."));
            }
        }
    }

    /// <summary>Returns the first Parquet file in <c>sweep.parquet/</c> of <paramref name="output"/> that is not a part of
    /// <paramref name="sweep"/> (of any shard or number of shards), with why, or null when there is none: a merge there
    /// would leave a <c>sweep.csv</c> of one sweep beside a dataset of another, which readers open as one table.</summary>
    public static (string File, string Why)? OtherSweepsPart(string output, SweepManifest sweep)
    {
        var folder = Path.Combine(output, Name);
        if (!Directory.Exists(folder))
        {
            return null;
        }
        var identity = Identity(sweep);
        foreach (var part in Directory.GetFiles(folder, "*.parquet").Order(StringComparer.Ordinal))
        {
            if (ReadableFooter(part, out var damage) is not { } footer)
            {
                return (Path.Combine(Name, Path.GetFileName(part)), $"not a readable Parquet file ({damage})");
            }
            var metadata = footer.Metadata;
            if (Mismatch(metadata, identity, ShardIndexKey, ShardCountKey) is { } why)
            {
                var experiment = metadata.TryGetValue("regsim.experiment", out var name) ? $"a part of {name}" : "not a part of this sweep";
                return (Path.Combine(Name, Path.GetFileName(part)), $"{experiment}: {why}");
            }
        }
        return null;
    }

    /// <summary>Writes the part of the finished sweep or shard in <paramref name="directory"/> from its <c>sweep.csv</c> into
    /// <see cref="FolderOf"/>, with <paramref name="metadata"/> and the sweep's and shard's identity (<see cref="Identity"/>) as
    /// its metadata, and returns the part's path: <c>sweep.parquet/part-00000-of-00001.parquet</c> for a whole sweep.</summary>
    /// <exception cref="InvalidDataException">The place is a file, or holds parts of another sweep (<see cref="Check"/>), or a
    /// row of <c>sweep.csv</c> does not fit.</exception>
    public static string WritePart(string directory, SweepManifest manifest, SweepColumns columns, IReadOnlyDictionary<string, string> metadata)
    {
        Check(directory, manifest);
        var folder = FolderOf(directory, manifest);
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, PartName(manifest.ShardIndex ?? 0, manifest.ShardCount ?? 1));
        var all = metadata.Concat(Identity(manifest)).GroupBy(p => p.Key).ToDictionary(g => g.Key, g => g.Last().Value);
        ParquetTable.Write(path, SweepTable.Schema(columns), SweepTable.Read(Path.Combine(directory, SweepFile.Name), columns), all);
        return path;
    }

    /// <summary>
    /// Returns the Parquet parts of the shards in <paramref name="shardDirectories"/> (with their <paramref name="manifests"/>),
    /// each checked against its shard: the sweep and shard its metadata names, the <paramref name="columns"/> of
    /// <c>sweep.csv</c>, its number of <paramref name="rows"/>, and its SHA-256 when the shard recorded one; or no parts when
    /// no shard wrote one.
    /// </summary>
    /// <exception cref="InvalidDataException">Some shards have parts and others not, or a part does not fit its shard or was
    /// changed after the shard wrote it.</exception>
    public static IReadOnlyList<string> Parts(IReadOnlyList<string> shardDirectories, IReadOnlyList<SweepManifest> manifests, IReadOnlyList<string> columns,
        IReadOnlyList<int> rows)
    {
        var parts = shardDirectories.Select((d, s) => Path.Combine(Folder(d), PartName(manifests[s].ShardIndex!.Value, manifests[s].ShardCount!.Value))).ToList();
        if (!parts.Any(File.Exists))
        {
            // No part at all is a sweep run as CSV, unless the shards recorded parts they no longer have (a copy of the
            // shards without their sweep.parquet folders): merged as CSV alone, the Parquet the shards wrote would be lost unsaid.
            var recorded = manifests.ToList().FindIndex(m => m.ParquetPartSha256 is not null);
            if (recorded >= 0)
            {
                throw new InvalidDataException($"shard {manifests[recorded].ShardIndex} ('{shardDirectories[recorded]}') recorded a Parquet part ({parts[recorded]}), "
                    + "and no shard has its part any more (were the shards copied without their sweep.parquet folders?); copy the parts back, "
                    + "or run the shards again with --format parquet: their points are done, so they only write the parts.");
            }
            return [];
        }
        for (var s = 0; s < parts.Count; s++)
        {
            var shard = manifests[s].ShardIndex!.Value;
            if (!File.Exists(parts[s]))
            {
                throw new InvalidDataException($"shard {shard} ('{shardDirectories[s]}') has no Parquet part ({parts[s]}) while other shards have theirs; run it again with --format parquet: its points are done, so it only writes the part.");
            }
            if (manifests[s].SweepCsvSha256 is not null && manifests[s].ParquetPartSha256 is null)
            {
                // The shard's last run finished and recorded its table but wrote no part: this one is left from another run.
                throw new InvalidDataException($"'{parts[s]}' was not written by shard {shard}'s last run ('{shardDirectories[s]}' finished without --format parquet), "
                    + "so its rows may be another run's; run the shard again with --format parquet to write its part: its points are done, so it only writes the part.");
            }
            var footer = ReadableFooter(parts[s], out var damage)
                ?? throw Damaged(parts[s], damage, $"run shard {shard} ('{shardDirectories[s]}') again with --format parquet to write it anew: its points are done, so it only writes the part");
            var why = Mismatch(footer.Metadata, Identity(manifests[s]))
                ?? (!footer.Columns.SequenceEqual(columns) ? "its columns differ from its sweep.csv's" : null)
                ?? (footer.Rows != rows[s] ? $"it has {footer.Rows} rows where its sweep.csv has {rows[s]}" : null);
            if (why is not null)
            {
                throw new InvalidDataException($"'{parts[s]}' is not the Parquet part of shard {shard} in '{shardDirectories[s]}': {why}. Run the shard again with --format parquet to write it anew.");
            }
            if (manifests[s].ParquetPartSha256 is { } recorded && ShardDigests.Of(parts[s]) is var now && now != recorded)
            {
                throw new InvalidDataException($"'{parts[s]}' was changed after shard {shard} wrote it: its SHA-256 is now {ShardDigests.Short(now)}, not the "
                    + $"{ShardDigests.Short(recorded)} recorded in '{Path.Combine(shardDirectories[s], SweepManifestFile.Name)}'. Run shard {shard} "
                    + $"('{shardDirectories[s]}') again with --format parquet to write it anew: its points are done, so it only writes the part.");
            }
        }
        return parts;
    }

    /// <summary>Puts <paramref name="parts"/> (checked by <see cref="Parts"/>) into <c>sweep.parquet/</c> in
    /// <paramref name="output"/>, copying those written elsewhere, and returns that folder.</summary>
    /// <exception cref="InvalidDataException">That folder is a file, or holds files that are not these parts.</exception>
    public static string Gather(IReadOnlyList<string> parts, string output)
    {
        var folder = Path.Combine(output, Name);
        if (File.Exists(folder))
        {
            throw new InvalidDataException($"'{folder}' is a file; the merged sweep's Parquet parts go into a folder of that name. Move it away or merge into another --out folder.");
        }
        Directory.CreateDirectory(folder);
        var names = parts.Select(Path.GetFileName).ToHashSet(StringComparer.Ordinal);
        if (Directory.GetFiles(folder, "*.parquet").Select(Path.GetFileName).FirstOrDefault(f => !names.Contains(f)) is { } stranger)
        {
            throw new InvalidDataException($"'{folder}' holds {stranger}, which is not one of these {parts.Count} shards' parts; readers would take it for one. Delete it or merge into another --out folder.");
        }
        foreach (var part in parts)
        {
            var target = Path.Combine(folder, Path.GetFileName(part));
            if (Path.GetFullPath(part) != Path.GetFullPath(target))
            {
                var temporary = Path.Combine(folder, "." + Path.GetFileName(part) + ".partial");
                File.Copy(part, temporary, overwrite: true);
                File.Move(temporary, target, overwrite: true);
            }
        }
        return folder;
    }

    /// <summary>Returns what a part says about the sweep and shard it belongs to, in its metadata: the version, the
    /// experiment's and scenario's SHA-256, the shard and the number of shards (0 and 1 for a whole sweep).</summary>
    public static IReadOnlyDictionary<string, string> Identity(SweepManifest manifest) => new Dictionary<string, string>
    {
        ["regsim.tool_version"] = manifest.ToolVersion,
        ["regsim.experiment_sha256"] = manifest.ExperimentSha256,
        ["regsim.scenario_sha256"] = manifest.ScenarioSha256,
        [ShardIndexKey] = (manifest.ShardIndex ?? 0).ToString(CultureInfo.InvariantCulture),
        [ShardCountKey] = (manifest.ShardCount ?? 1).ToString(CultureInfo.InvariantCulture),
    };

    // A part's footer, or null with why when the file is not a readable Parquet file (damaged, cut short, or something else).
    private static ParquetFooter? ReadableFooter(string part, out string damage)
    {
        damage = string.Empty;
        try
        {
            return ParquetTable.ReadFooter(part);
        }
        catch (InvalidDataException e)
        {
            damage = e.InnerException?.Message ?? e.Message;
            return null;
        }
    }

    private static InvalidDataException Damaged(string part, string damage, string remedy) =>
        new($"'{part}' is not a readable Parquet file ({damage}); {remedy}.");

    // The first identity key whose value in the metadata differs, as words; null when every one (but the skipped) matches.
    private static string? Mismatch(IReadOnlyDictionary<string, string> metadata, IReadOnlyDictionary<string, string> identity, params string[] skipped) =>
        identity.Where(p => !skipped.Contains(p.Key) && (!metadata.TryGetValue(p.Key, out var value) || value != p.Value))
            .Select(p => $"{p.Key} is {(metadata.TryGetValue(p.Key, out var value) ? $"'{value}'" : "missing")}, not '{p.Value}'")
            .FirstOrDefault();
}
