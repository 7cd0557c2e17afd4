using System.Globalization;
using System.Text;
using Simulation.Experiments;

namespace Simulation.Output.Sweeps;

/// <summary>
/// Joins the folders of a sharded sweep into one <c>sweep.csv</c> with the rows in design-point order: the same bytes an
/// unsharded run writes. Refuses shards of different experiments or versions, missing or repeated shards, unfinished or
/// damaged ones, and shards whose files were changed after they wrote them (<see cref="ShardDigests"/>); shards that recorded
/// no digest of their files are merged and their files listed as unverified. When the shards wrote Parquet parts
/// (<see cref="SweepDataset"/>), they are checked against the shards too and put into <c>sweep.parquet/</c> in the output
/// folder, where they already are when it is the folder above the shards; they stay parts, which readers open as one table,
/// as they open the one part of a sweep run whole.
/// </summary>
public static class SweepMerge
{
    // The shards not given, with the folders they would be in beside the first one given.
    private static string Missing(IReadOnlyList<int> missing, int count, string first, IReadOnlyList<int> unfinished)
    {
        var parent = Path.GetDirectoryName(Path.GetFullPath(first).TrimEnd(Path.DirectorySeparatorChar)) ?? ".";
        var folders = missing.Select(i => $"'{Path.Combine(parent, ShardSpec.FolderNameOf(i, count))}'");
        // Every shard still to run is named at once, with the command that runs them, since a user resubmits them together.
        var toRun = missing.Concat(unfinished).Order().ToList();
        var run = Batch.ArrayTaskResubmission.Command(first, toRun) is { } command ? $"run them with `{command}`"
            : $"run them with the same `regsim sweep --shard I/{count.ToString(CultureInfo.InvariantCulture)}` commands";
        return $"missing {(missing.Count == 1 ? "shard" : "shards")} {string.Join(", ", missing)} (expected in {string.Join(", ", folders)})"
            + (unfinished.Count > 0 ? $", and {(unfinished.Count == 1 ? "shard" : "shards")} {string.Join(", ", unfinished)} unfinished" : "") + $"; {run}";
    }

    // The shards among those given whose table holds fewer rows than their points take (one per point and regime mode).
    private static List<int> Unfinished(IReadOnlyList<string> shardDirectories, IReadOnlyList<SweepManifest> manifests) =>
    [
        .. manifests.Select((m, s) => (Manifest: m, File: Path.Combine(shardDirectories[s], SweepFile.Name)))
            .Where(x => !File.Exists(x.File) || File.ReadLines(x.File).Skip(1).Count(l => l.Length > 0)
                < ShardSpec.Of(x.Manifest.ShardIndex, x.Manifest.ShardCount).OwnedOf(x.Manifest.Points).Count() * x.Manifest.Modes.Count)
            .Select(x => x.Manifest.ShardIndex!.Value).Order(),
    ];

    // Shard folders (by their names) that their tasks never wrote into are named all at once, with the command that runs
    // them, since a user resubmits them together.
    private static void NotStarted(IReadOnlyList<string> shardDirectories)
    {
        var empty = shardDirectories
            .Where(d => Directory.Exists(d) && !File.Exists(Path.Combine(d, SweepManifestFile.Name)) && CalibrationOf(d) is null)
            .Select(d => (Folder: d, Shard: Batch.ArrayTaskResubmission.ShardOf(d)))
            .Where(x => x.Shard is not null).ToList();
        if (empty.Count == 0)
        {
            return;
        }
        var indices = empty.Select(x => x.Shard!.Value.Index).Order().ToList();
        var count = empty[0].Shard!.Value.Count;
        var run = Batch.ArrayTaskResubmission.Command(empty[0].Folder, indices) is { } command ? $"run {(indices.Count == 1 ? "it" : "them")} with `{command}`"
            : $"run {(indices.Count == 1 ? "it" : "them")} with the same `regsim sweep --shard I/{count.ToString(CultureInfo.InvariantCulture)}` commands";
        throw new InvalidDataException($"{string.Join(", ", empty.Select(x => $"'{x.Folder}'"))} {(empty.Count == 1 ? "has" : "have")} no "
            + $"{SweepManifestFile.Name}: {(indices.Count == 1 ? "shard" : "shards")} {string.Join(", ", indices)} of {count} "
            + $"{(indices.Count == 1 ? "has" : "have")} not started (or stopped before writing anything); {run}");
    }

    /// <summary>Writes the merged <c>sweep.csv</c> and manifest into <paramref name="output"/>, gathers the Parquet parts if
    /// the shards wrote them, and returns the merged manifest, where the parts are and which files could not be checked
    /// against a digest. Nothing is written when a check fails.</summary>
    /// <exception cref="InvalidDataException">The shards cannot be merged; the message says why.</exception>
    public static MergedSweep Merge(IReadOnlyList<string> shardDirectories, string output)
    {
        if (shardDirectories.Count == 0)
        {
            throw new InvalidDataException("no shard folders given");
        }
        NotStarted(shardDirectories);
        var manifests = shardDirectories.Select(d => SweepManifestFile.ReadShard(d)
            ?? throw new InvalidDataException(!Directory.Exists(d)
                    ? d.Contains('*', StringComparison.Ordinal) ? $"no folder matches '{d}': no shard has written into it yet"
                    : File.Exists(d) ? $"'{d}' is a file, not a shard's folder: give the folders the shards wrote (DIR/shard-*-of-N)"
                    : $"'{d}' does not exist"
                : CalibrationOf(d) is { } calibration ? calibration
                : $"'{d}' has no {SweepManifestFile.Name}: it is not a sweep folder")).ToList();
        for (var i = 0; i < manifests.Count; i++)
        {
            if (manifests[i].Study is { } study)
            {
                throw new InvalidDataException($"'{shardDirectories[i]}' holds the points of a {study} study, not a sweep's rows: "
                    + $"`regsim {study}` run without --shard gathers its shards");
            }
        }
        // A whole sweep among the shards is named as one wherever it is listed, before it is compared with the others.
        if (manifests.FindIndex(m => m.ShardCount is null) is var whole and >= 0)
        {
            // A folder `regsim slurm` merged into holds its shards below it: say so, for the merge of those.
            var folder = shardDirectories[whole];
            var below = Directory.GetDirectories(folder, "shard-*-of-*").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
            throw new InvalidDataException($"'{folder}' is a whole sweep, not a shard" + (below.Count == 0 ? ""
                : $" (merged already; its shards are the folders below it: {string.Join(", ", below)}, which `regsim merge --out {folder} {Path.Combine(folder, "shard-*")}` merges again)"));
        }
        var first = manifests[0];
        var count = first.ShardCount!.Value;
        for (var i = 0; i < manifests.Count; i++)
        {
            var why = first.Incompatibility(manifests[i]) ?? (manifests[i].ShardCount != count ? $"it is one of {manifests[i].ShardCount} shards, not {count}" : null);
            if (why is not null)
            {
                throw new InvalidDataException($"'{shardDirectories[i]}' (there) does not go with '{shardDirectories[0]}' (here): {why}");
            }
        }
        var indices = manifests.Select(m => m.ShardIndex!.Value).ToList();
        var missing = Enumerable.Range(0, count).Except(indices).ToList();
        var twice = Twice(shardDirectories, indices);
        if (missing.Count > 0 || twice is not null)
        {
            throw new InvalidDataException($"need each of the {count} shards once; " + string.Join("; ",
                new[] { missing.Count > 0 ? Missing(missing, count, shardDirectories[0], Unfinished(shardDirectories, manifests)) : null, twice }.OfType<string>()));
        }

        string? header = null;
        var intact = IntactHeader(shardDirectories, manifests);
        var lines = new List<(int Point, int Order, string Text)>();
        var rowCounts = new List<int>();
        var unverified = new List<string>();
        var unreadable = new List<string>(); // every shard's problem at once: a user resubmits them together
        for (var s = 0; s < shardDirectories.Count; s++)
        {
            ShardTable table;
            try
            {
                table = ShardTable.Read(shardDirectories[s], manifests[s], header, shardDirectories[0], intact);
            }
            catch (InvalidDataException e)
            {
                unreadable.Add(e.Message);
                continue;
            }
            header ??= table.Header;
            lines.AddRange(table.Rows.Select((row, order) => (row.Point, order, row.Text)));
            rowCounts.Add(table.Rows.Count);
            if (!table.Checked)
            {
                unverified.Add(Path.Combine(shardDirectories[s], SweepFile.Name));
            }
        }
        if (unreadable.Count > 0)
        {
            throw new InvalidDataException(unreadable.Count == 1 ? unreadable[0]
                : $"{unreadable.Count} of the {count} shards cannot be merged yet:{Environment.NewLine}  " + string.Join(Environment.NewLine + "  ", unreadable));
        }
        var parts = SweepDataset.Parts(shardDirectories, manifests, header!.Split(','), rowCounts);
        unverified.AddRange(parts.Where((_, s) => manifests[s].ParquetPartSha256 is null));
        var full = Path.GetFullPath(output).TrimEnd(Path.DirectorySeparatorChar);
        if (shardDirectories.Any(d => Path.GetFullPath(d).TrimEnd(Path.DirectorySeparatorChar) == full))
        {
            throw new InvalidDataException($"the output folder '{output}' is one of the shards; merge into the folder above them or a new one");
        }
        CheckOutput(output, first, header, shardDirectories);

        var created = !Directory.Exists(output);
        var hadManifest = File.Exists(Path.Combine(output, SweepManifestFile.Name));
        // Two merges into one folder (one by hand beside the merge job) would write over and clean up each other's files: the
        // second is refused while the first holds the folder.
        var held = JournalLock.Take(output);
        try
        {
            var dataset = parts.Count > 0 ? SweepDataset.Gather(parts, output) : null;
            var merged = new StringBuilder(header).Append('\n');
            foreach (var line in lines.OrderBy(l => l.Point).ThenBy(l => l.Order))
            {
                merged.Append(line.Text).Append('\n');
            }
            // The manifest goes first: a merge killed in between leaves a folder its retry (or a resumed sweep) accepts.
            // The digests are the shards' own files'; the merged table is checked by nothing after it.
            var manifest = first with { ShardIndex = null, ShardCount = null, SweepCsvSha256 = null, ParquetPartSha256 = null };
            SweepManifestFile.Write(output, manifest);
            FileReplacement.Write(Path.Combine(output, SweepFile.Name), merged.ToString());
            return new MergedSweep(manifest, dataset, parts.Count, unverified);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A write that fails (a full disk) leaves no half-made result: a folder this merge made goes, and so does a manifest
            // it wrote beside a table it did not; the shards are untouched, so the same merge runs again once it can write. A
            // clean-up that fails too does not hide why the merge failed.
            held.Dispose(); // let go of the lock's file before the folder goes (a file held open cannot be deleted on Windows)
            try
            {
                if (created)
                {
                    Directory.Delete(output, recursive: true);
                }
                else if (!hadManifest)
                {
                    File.Delete(Path.Combine(output, SweepManifestFile.Name));
                }
            }
            catch (Exception cleanup) when (cleanup is IOException or UnauthorizedAccessException)
            {
            }
            throw;
        }
        finally
        {
            held.Dispose();
        }
    }

    // What a calibration's folder given to merge is and which command gathers it, or null when the folder is not one.
    private static string? CalibrationOf(string directory)
    {
        if (!File.Exists(Path.Combine(directory, Calibration.CalibrationManifestFile.Name)))
        {
            return null;
        }
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory));
        var shard = ShardSpec.IsFolderName(Path.GetFileName(full));
        string scenario;
        try
        {
            scenario = Calibration.CalibrationManifestFile.Read(directory)?.ScenarioFile ?? "SCENARIO";
        }
        catch (InvalidDataException)
        {
            scenario = "SCENARIO"; // its manifest is damaged: the scenario it names is not known, what it is still is
        }
        return shard
            ? $"'{directory}' is a shard of a calibration (it holds {Calibration.CalibrationManifestFile.Name} and particles), not of a sweep: "
                + $"`regsim calibrate {scenario} --out {Path.GetDirectoryName(full)}` with the shards' other options and without --shard gathers its shards and finishes it"
            : $"'{directory}' holds a calibration (its {Calibration.CalibrationManifestFile.Name}), not a sweep's shard: `regsim merge` joins the shards of a sweep; "
                + $"a calibration's shards are gathered by `regsim calibrate {scenario}` run without --shard";
    }

    /// <summary>
    /// Throws <see cref="InvalidDataException"/> when <paramref name="output"/> cannot take <paramref name="sweep"/>'s merged
    /// rows: it is a file, or holds another sweep (its table, its shards, merged or not, or its Parquet parts), a shard, a
    /// study's points, another command's results, or a <c>sweep.csv</c> of other columns than <paramref name="header"/>
    /// without a manifest; throws <see cref="ForeignFilesException"/> when a folder with no sweep holds files named like
    /// the main-effect plots the merge draws, or files that are neither a sweep's nor in its shards' folders
    /// (<see cref="ResultsFolder.RefuseUnaccounted"/>). For <c>merge</c>, and for <c>slurm</c> before it writes a job array whose
    /// merge would be refused there at the end.
    /// </summary>
    /// <param name="output">The folder the merged sweep goes to.</param>
    /// <param name="sweep">The sweep's manifest.</param>
    /// <param name="header">The sweep's header.</param>
    /// <param name="shards">The shard folders merged, whatever their names, whose files are the sweep's when they lie in
    /// <paramref name="output"/>; null for a job's own <c>shard-I-of-N</c> folders only.</param>
    /// <param name="instead">What to do instead, ending a refusal: for <c>merge</c>, merge into a new folder (the default); for
    /// <c>slurm</c>, whose scripts merge into their --out folder, choose another --out.</param>
    public static void CheckOutput(string output, SweepManifest sweep, string header, IReadOnlyList<string>? shards = null,
        string instead = "merge into a new folder")
    {
        ResultsFolder.RefuseFileOrRoot(output);
        if (ManifestWriter.HoldsOtherResults(output))
        {
            throw new InvalidDataException($"'{output}' holds the results of another command (its {ManifestWriter.FileName}); {instead}");
        }
        var existing = SweepManifestFile.Read(output);
        var table = Path.Combine(output, SweepFile.Name);
        var why = existing is null
            ? File.Exists(table) && File.ReadLines(table).FirstOrDefault() != header ? $"a {SweepFile.Name} of other columns, without {SweepManifestFile.Name}" : null
            : existing.Study is { } study ? $"the points of a {study} study"
            : existing.ShardCount is not null ? "a shard"
            : sweep.Incompatibility(existing) is { } other ? $"another sweep ({other})"
            : null;
        why ??= OtherShard(output, sweep)
            ?? (SweepDataset.OtherSweepsPart(output, sweep) is { } part ? $"another sweep's Parquet parts ({part.File} is {part.Why})" : null);
        if (why is not null)
        {
            throw new InvalidDataException($"'{output}' holds {why}; {instead}");
        }
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(output));
        var inside = (shards ?? []).Select(d => Path.GetRelativePath(full, Path.GetFullPath(d)).Replace(Path.DirectorySeparatorChar, '/'))
            .Where(d => d != "." && !d.StartsWith("../", StringComparison.Ordinal) && d != ".." && !Path.IsPathRooted(d))
            .Select(d => d.TrimEnd('/') + "/").ToList();
        ResultsFolder.RefuseUnaccounted(output, f => SweepFile.IsSweepFile(f) || inside.Any(d => f.StartsWith(d, StringComparison.Ordinal)));
        RefuseUsersPlots(output, existing);
    }

    // A folder with no sweep of its own whose plots/ holds files named like main-effect plots: they are the user's, and the
    // merge would draw over them at the end (after a whole job array), so it is refused before anything is written.
    private static void RefuseUsersPlots(string output, SweepManifest? existing)
    {
        var plots = Path.Combine(output, "plots");
        if (existing is not null || !Directory.Exists(plots))
        {
            return;
        }
        var theirs = Directory.GetFiles(plots, "main_effect_*").Where(f => f.EndsWith(".png", StringComparison.Ordinal) || f.EndsWith(".svg", StringComparison.Ordinal))
            .Select(f => $"plots/{Path.GetFileName(f)}").Order(StringComparer.Ordinal).ToList();
        if (theirs.Count > 0)
        {
            throw new ForeignFilesException(Path.GetFullPath(output), theirs, risk: ForeignFilesRisk.WrittenOver);
        }
    }

    // The first folder in output that holds a shard of another sweep or version, or a study's points, as words; null when
    // there is none. A shard's folder belongs with the folder above it (its Parquet part goes there, and its merge is meant
    // to), so another sweep's shards, merged or not, make that folder another sweep's.
    private static string? OtherShard(string output, SweepManifest sweep)
    {
        foreach (var folder in (Directory.Exists(output) ? Directory.GetDirectories(output) : []).Order(StringComparer.Ordinal))
        {
            var theirs = SweepManifestFile.Read(folder);
            var why = theirs?.Study is { } study ? $"the points of a {study} study, in '{folder}'"
                : theirs?.ShardCount is not null && sweep.Incompatibility(theirs) is { } other ? $"another sweep's shard, '{folder}' ({other})"
                : null;
            if (why is not null)
            {
                return why;
            }
        }
        return null;
    }

    // The header of the first shard whose sweep.csv is as the shard recorded it (its SHA-256 matches), or null when none is:
    // the columns a changed table is held against, so that another sweep's table copied into a shard is called so.
    private static string? IntactHeader(IReadOnlyList<string> shardDirectories, IReadOnlyList<SweepManifest> manifests)
    {
        for (var s = 0; s < shardDirectories.Count; s++)
        {
            var file = Path.Combine(shardDirectories[s], SweepFile.Name);
            if (manifests[s].SweepCsvSha256 is { } recorded && File.Exists(file) && ShardDigests.Of(file) == recorded)
            {
                return File.ReadLines(file).FirstOrDefault();
            }
        }
        return null;
    }

    // Says which shard is given twice and in which folders, or null when none is.
    private static string? Twice(IReadOnlyList<string> shardDirectories, IReadOnlyList<int> indices)
    {
        var seen = new Dictionary<int, string>();
        for (var i = 0; i < indices.Count; i++)
        {
            if (!seen.TryAdd(indices[i], shardDirectories[i]))
            {
                var (a, b) = (seen[indices[i]], shardDirectories[i]);
                return Path.TrimEndingDirectorySeparator(Path.GetFullPath(a)) == Path.TrimEndingDirectorySeparator(Path.GetFullPath(b))
                    ? $"shard {indices[i]} is given twice, both times as '{a}'"
                    : $"shard {indices[i]} is given twice, in '{a}' and '{b}'";
            }
        }
        return null;
    }
}
