using System.Globalization;
using Simulation.Experiments.Sweeps;
using Simulation.Output.Parquet;

namespace Simulation.Output.Sweeps;

/// <summary>
/// A sweep's table as Parquet. A whole sweep writes <c>sweep.parquet</c> beside its <c>sweep.csv</c>. A shard
/// (<c>--shard I/N</c>) writes its part, <c>part-0000I-of-0000N.parquet</c>, into the folder <c>sweep.parquet/</c> beside
/// its own folder, that is in the folder above it: <c>OUT/shard-3-of-8/</c> puts it in
/// <c>OUT/sweep.parquet/part-00003-of-00008.parquet</c>, where <c>regsim merge --out OUT</c> puts the merged
/// <c>sweep.csv</c>. So the shards of a sweep meet in one folder that DuckDB, Arrow and pandas read as one table without a
/// merge. Every part has the same columns (<see cref="SweepTable.Schema"/>); each names its sweep and shard in its metadata,
/// and a folder holding parts of another sweep, another number of shards or another version is refused, so a dataset
/// never mixes them.
/// </summary>
public static class SweepDataset
{
    /// <summary>The whole sweep's file, or the folder of its parts.</summary>
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

    /// <summary>Checks, before a sweep runs, that its Parquet table can go where it will: for a whole sweep that
    /// <c>sweep.parquet</c> in <paramref name="directory"/> is not a folder of parts, for a shard that <see cref="Folder"/>
    /// is not a file and holds no part of another sweep, version or number of shards.</summary>
    /// <exception cref="InvalidDataException">It cannot; the message says why and what to do.</exception>
    public static void Check(string directory, SweepManifest manifest)
    {
        if (manifest.ShardIndex is null)
        {
            var path = Path.Combine(directory, Name);
            if (Directory.Exists(path))
            {
                throw new InvalidDataException($"'{path}' is the folder of a sharded sweep's Parquet parts; write the whole sweep into another --out folder.");
            }
            return;
        }
        var folder = Folder(directory);
        if (File.Exists(folder))
        {
            throw new InvalidDataException($"'{folder}' is a file (a whole sweep's table), where this shard puts its Parquet part; give the shards --out folders under another folder, or move the file away.");
        }
        if (!Directory.Exists(folder))
        {
            return;
        }
        var identity = Identity(manifest);
        var own = PartName(manifest.ShardIndex.Value, manifest.ShardCount!.Value);
        foreach (var part in Directory.GetFiles(folder, "part-*.parquet").Order(StringComparer.Ordinal))
        {
            if (ReadableFooter(part, out var damage) is not { } footer)
            {
                if (Path.GetFileName(part) == own)
                {
                    continue; // this shard's own part, damaged (a write cut short, a bad copy): written anew from its sweep.csv
                }
                throw Damaged(part, damage, "rerun the shard it belongs to (the same command with the --shard its name gives) to write it anew, or delete it");
            }
            if (Mismatch(footer.Metadata, identity, ShardIndexKey) is { } why)
            {
                throw new InvalidDataException($"'{folder}' holds {Path.GetFileName(part)}, a part of another sweep or number of shards ({why}); give the shards --out folders under another folder, or delete it.");
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

    /// <summary>Writes the whole sweep's <c>sweep.parquet</c> from its <c>sweep.csv</c> in <paramref name="directory"/> and
    /// returns its name.</summary>
    /// <exception cref="InvalidDataException">The place holds the parts of a sharded sweep, or a row of <c>sweep.csv</c> does not fit.</exception>
    public static string WriteWhole(string directory, SweepManifest manifest, SweepColumns columns, IReadOnlyDictionary<string, string> metadata)
    {
        Check(directory, manifest);
        var path = Path.Combine(directory, Name);
        ParquetTable.Write(path, SweepTable.Schema(columns), SweepTable.Read(Path.Combine(directory, SweepFile.Name), columns), metadata);
        return Name;
    }

    /// <summary>Writes a finished shard's part from the <c>sweep.csv</c> in <paramref name="shardDirectory"/> into
    /// <see cref="Folder"/>, with <paramref name="metadata"/> and the shard's identity (<see cref="Identity"/>) as its
    /// metadata, and returns the part's path.</summary>
    /// <exception cref="InvalidDataException">The folder is a file, or holds parts of another sweep (<see cref="Check"/>).</exception>
    public static string WritePart(string shardDirectory, SweepManifest manifest, SweepColumns columns, IReadOnlyDictionary<string, string> metadata)
    {
        Check(shardDirectory, manifest);
        var folder = Folder(shardDirectory);
        var identity = Identity(manifest);
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, PartName(manifest.ShardIndex!.Value, manifest.ShardCount!.Value));
        var all = metadata.Concat(identity).GroupBy(p => p.Key).ToDictionary(g => g.Key, g => g.Last().Value);
        ParquetTable.Write(path, SweepTable.Schema(columns), SweepTable.Read(Path.Combine(shardDirectory, SweepFile.Name), columns), all);
        return path;
    }

    /// <summary>
    /// Returns the Parquet parts of the shards in <paramref name="shardDirectories"/> (with their <paramref name="manifests"/>),
    /// each checked against its shard: the sweep and shard its metadata names, the <paramref name="columns"/> of
    /// <c>sweep.csv</c> and its number of <paramref name="rows"/>; or no parts when no shard wrote one.
    /// </summary>
    /// <exception cref="InvalidDataException">Some shards have parts and others not, or a part does not fit its shard.</exception>
    public static IReadOnlyList<string> Parts(IReadOnlyList<string> shardDirectories, IReadOnlyList<SweepManifest> manifests, IReadOnlyList<string> columns,
        IReadOnlyList<int> rows)
    {
        var parts = shardDirectories.Select((d, s) => Path.Combine(Folder(d), PartName(manifests[s].ShardIndex!.Value, manifests[s].ShardCount!.Value))).ToList();
        if (!parts.Any(File.Exists))
        {
            return [];
        }
        for (var s = 0; s < parts.Count; s++)
        {
            var shard = manifests[s].ShardIndex!.Value;
            if (!File.Exists(parts[s]))
            {
                throw new InvalidDataException($"shard {shard} ('{shardDirectories[s]}') has no Parquet part ({parts[s]}) while other shards have theirs; run it again with --format parquet: its points are done, so it only writes the part.");
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
            throw new InvalidDataException($"'{folder}' holds {stranger}, which is not a part of this sweep; readers would take it for one. Delete it or merge into another --out folder.");
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
    /// experiment's and scenario's SHA-256, the shard and the number of shards.</summary>
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
