using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Simulation.Experiments;
using Simulation.Experiments.Sensitivity;
using Simulation.Experiments.Sweeps;
using Simulation.Output;
using Simulation.Output.Sweeps;

namespace Simulation.Application.Sensitivity;

/// <summary>
/// A sensitivity study's design points kept as a sweep keeps its own (<c>sweep.csv</c>, one row per point, appended and
/// flushed as each point finishes), so that an interrupted study resumes where it stopped and a large one can run as
/// shards on a cluster: a shard runs the points whose index modulo N is its own into <c>shard-I-of-N/</c> and, once they are
/// all written, records the SHA-256 of its <c>sweep.csv</c> as a sweep's shard does (<see cref="ShardDigests"/>); a run without
/// a shard refuses a shard whose file no longer has it, takes in the points its shards finished, runs the rest itself and
/// returns them all.
/// </summary>
internal static class SensitivityPoints
{
    /// <summary>What a study's points manifest says it is (<see cref="SweepManifest.Study"/>): the command that gathers its shards.</summary>
    public const string StudyName = "sensitivity";

    /// <summary>Returns the manifest that names a study's points: the experiment and scenario files with their SHA-256 (and
    /// those of the files the scenario extends, and of the scenario as merged with them), and a digest of the settings that
    /// decide the points and their results (the files' SHA-256, the method's design, the seeds, the replications, the regime
    /// mode, the factors' ranges), so that a folder holding another study's points is refused rather than mixed in.</summary>
    public static SweepManifest Manifest(Experiment experiment, SensitivitySettings settings, int points, ShardSpec? shard)
    {
        var design = settings.Method == SensitivityMethod.Morris
            ? $"morris trajectories={settings.Trajectories} levels={settings.Levels} seed={settings.Seed}"
            : $"sobol base-samples={settings.BaseSamples}";
        var factors = string.Join(";", experiment.Factors.Select(f => string.Create(CultureInfo.InvariantCulture, $"{f.Name}:{f.Min:R}:{f.Max:R}")));
        var identity = $"{experiment.File.Sha256}|{experiment.Scenario.File.Sha256}|{design}|regime={settings.Regime}|replications={experiment.ReplicationsPerPoint}"
            + $"|seed={experiment.Seed}|common={experiment.CommonRandomNumbers}|{factors}";
        var digest = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(identity)));
        return new SweepManifest(ToolVersion.Current, $"{experiment.Name}-{SensitivityIndexes.Name(settings.Method)}", experiment.File.Path,
            experiment.File.Sha256, experiment.Scenario.File.Sha256, shard?.Index, shard?.Count, points, [settings.Regime],
            ScenarioDigest.Of(experiment.Scenario), StudyName, ToolVersion.SourceRevision, Settings(experiment, settings),
            StudySettingsSha256: digest, ScenarioFile: experiment.Scenario.File.Path, ExtendsFiles: experiment.Scenario.ExtendsFiles, CodeTree: ToolVersion.CodeTree);
    }

    // What the digest covers, by name, for a refusal to say what differs.
    private static Dictionary<string, string> Settings(Experiment experiment, SensitivitySettings settings)
    {
        var named = new Dictionary<string, string> { ["method"] = SensitivityIndexes.Name(settings.Method) };
        if (settings.Method == SensitivityMethod.Morris)
        {
            named["trajectories"] = settings.Trajectories.ToString(CultureInfo.InvariantCulture);
            named["levels"] = settings.Levels.ToString(CultureInfo.InvariantCulture);
            named["design seed"] = settings.Seed.ToString(CultureInfo.InvariantCulture);
        }
        else
        {
            named["base samples"] = settings.BaseSamples.ToString(CultureInfo.InvariantCulture);
        }
        named["regime mode"] = settings.Regime;
        named["replications per point"] = experiment.ReplicationsPerPoint.ToString(CultureInfo.InvariantCulture);
        named["seed"] = experiment.Seed.ToString(CultureInfo.InvariantCulture);
        named["common random numbers"] = experiment.CommonRandomNumbers ? "on" : "off";
        named["factors"] = string.Join(", ", experiment.Factors.Select(f => string.Create(CultureInfo.InvariantCulture, $"{f.Name} [{f.Min:R}, {f.Max:R}]")));
        named["experiment file SHA-256"] = experiment.File.Sha256[..12] + "…";
        named["scenario file SHA-256"] = experiment.Scenario.File.Sha256[..12] + "…";
        return named;
    }

    /// <summary>Runs the points of the study (of <paramref name="shard"/> only, when given) that <paramref name="directory"/>
    /// does not hold yet, appending each as it finishes, and returns every point the folder then holds, in index order.</summary>
    /// <param name="experiment">The experiment whose factors are studied.</param>
    /// <param name="settings">The study.</param>
    /// <param name="root">The study's folder, where shards write <c>shard-I-of-N/</c>.</param>
    /// <param name="directory">The folder of the points: <paramref name="root"/>, or the shard's folder in it.</param>
    /// <param name="shard">The shard to run, or null for the whole study (after taking in what its shards finished).</param>
    /// <param name="threads">Worker threads per point.</param>
    /// <param name="progress">Shows the points run.</param>
    /// <param name="cancellationToken">Stops between points; finished points stay in the file.</param>
    /// <exception cref="InvalidDataException">The folder, or a shard in it, holds another study's points.</exception>
    /// <exception cref="WorkKeptException">Cancelled; the finished points are kept.</exception>
    public static IReadOnlyList<SweepRow> Run(Experiment experiment, SensitivitySettings settings, string root, string directory, ShardSpec? shard,
        int threads, IWorkProgress progress, CancellationToken cancellationToken)
    {
        var design = SensitivityStudy.Points(experiment, settings);
        var manifest = Manifest(experiment, settings, design.Count, shard);
        var columns = SweepColumns.For(experiment);
        CheckFolder(manifest, root, SweepTable.Header(columns));
        var path = Path.Combine(directory, SweepFile.Name);
        using (var file = SweepFile.OpenOrResume(directory, manifest, columns))
        {
            var done = new HashSet<int>(file.FinishedPoints);
            var gathered = 0;
            if (shard is null)
            {
                // One write and one flush for all of them: a study of many points would otherwise sync the disk per point.
                var rows = FromShards(root, columns).Where(r => !done.Contains(r.Point)).ToList();
                file.Append(rows);
                done.UnionWith(rows.Select(r => r.Point));
                gathered = rows.Count;
            }
            var mine = design.Where(p => shard?.Owns(p.Index) ?? true).ToList();
            var remaining = mine.Where(p => !done.Contains(p.Index)).ToList();
            if (gathered > 0)
            {
                progress.Note($"Gathered {gathered} points from the shards in {root}: {mine.Count - remaining.Count} of {mine.Count} points done.");
            }
            else if (remaining.Count < mine.Count)
            {
                progress.Note($"Resuming {directory}: {mine.Count - remaining.Count} of {mine.Count} points already done.");
            }
            var count = mine.Count - remaining.Count;
            try
            {
                progress.Track<object?>($"{settings.Method}: {mine.Count} points", mine.Count, bar =>
                {
                    bar?.Report(count);
                    foreach (var point in remaining)
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                        file.Append([SensitivityStudy.RunPoint(experiment, settings, point, threads, cancellationToken)]);
                        count++;
                        bar?.Report(count);
                    }
                    return null;
                });
            }
            catch (OperationCanceledException e)
            {
                throw new WorkKeptException(path, "points", e, count);
            }
        }
        if (shard is null)
        {
            SweepFile.PutInPointOrder(directory, columns); // points a missing shard left were run here after the gathered ones
        }
        var points = SweepTable.Read(path, columns);
        if (points.GroupBy(r => r.Point).FirstOrDefault(g => g.Count() > 1) is { } repeated)
        {
            throw new InvalidDataException($"'{path}' holds design point {repeated.Key} more than once: it was not written by this study alone. "
                + "Use another --out folder, or delete it to start again.");
        }
        if (shard is not null)
        {
            ShardDigests.Record(directory, manifest, part: null); // last: a shard stopped before it has no digest, as one still running
        }
        return [.. points.OrderBy(r => r.Point)];
    }

    /// <summary>Refuses a study folder that holds anything but this study's points and results: another study's points,
    /// in it or in a shard of it (another experiment, scenario, design, seed, number of replications or regime mode), a
    /// finished shard whose <c>sweep.csv</c> was changed after it wrote it (<see cref="ShardDigests"/>; every shard for a gather,
    /// a shard's own folder for a shard), or the results of another command, which this study's would overwrite.</summary>
    /// <exception cref="InvalidDataException">The folder is a file, or holds another study's points, a changed shard or another
    /// command's results.</exception>
    /// <param name="manifest">The study's points, as a folder of them records them.</param>
    /// <param name="root">The study's folder.</param>
    /// <param name="header">The header of the study's <c>sweep.csv</c>, against which a changed shard's table is described.</param>
    public static void CheckFolder(SweepManifest manifest, string root, string header)
    {
        ResultsFolder.RefuseFileOrRoot(root);
        if (!Directory.Exists(root))
        {
            return;
        }
        foreach (var folder in Directory.GetDirectories(root, "shard-*-of-*").Order(StringComparer.Ordinal).Prepend(root))
        {
            if (SweepManifestFile.Read(folder) is not { } existing)
            {
                continue;
            }
            if (manifest.Incompatibility(existing) is { } why)
            {
                // A sweep's folder is said to be one once; another study's is told apart from this one by how it differs.
                var what = existing.Study is null
                    ? $"a sweep's rows ({existing.Experiment} of {existing.ExperimentFile}), not this study's points"
                    : $"the points of another study, not this study's: {why}";
                throw new InvalidDataException($"'{folder}' holds {what}. Use another --out folder, or delete it to start again.");
            }
            // A gather (or a batch job's scripts) checks every shard; a shard only its own folder, so that one edited shard
            // does not fail every other task of the array.
            var checkedHere = manifest.ShardIndex is not { } index || Path.GetFileName(folder) == ShardSpec.FolderNameOf(index, manifest.ShardCount!.Value);
            if (checkedHere && ShardDigests.TableChange(folder, existing, header) is { } change)
            {
                throw new InvalidDataException($"'{Path.Combine(folder, SweepFile.Name)}' was changed after its shard finished writing it: {change}. Its points are "
                    + "neither gathered nor resumed: restore the file as the shard wrote it, or move the shard folder aside and run the shard again (it runs its points anew).");
            }
        }
        var results = ManifestWriter.ReadObject(Path.Combine(root, ManifestWriter.FileName));
        if (File.Exists(Path.Combine(root, ManifestWriter.FileName)) && !IsStudyManifest(results))
        {
            throw new InvalidDataException($"'{root}' holds the results of another command (its {ManifestWriter.FileName} is not a sensitivity study's), "
                + "which this study's would overwrite. Use another --out folder.");
        }
        // A folder of the user's own would get the points and indices among its files, and a user's own sensitivity.csv or
        // plots would be written over when the indices are: refused before any point runs.
        ResultsFolder.RefuseUnaccounted(root, IsStudyFile);
        ResultsFolder.RefuseReplacing(root, "bootstrapResamples", Output.Sensitivity.SensitivityWriter.IsResultFile);
    }

    // Whether a file of a study's folder (relative, '/' separators) is named like one a study writes: its points and their
    // manifest, its indices, plots and manifest.
    private static bool IsStudyFile(string relative) =>
        relative is SweepFile.Name or SweepManifestFile.Name or ManifestWriter.FileName || Output.Sensitivity.SensitivityWriter.IsResultFile(relative);

    /// <summary>Returns whether <paramref name="manifest"/> (a folder's <c>manifest.json</c>) is a sensitivity study's.</summary>
    public static bool IsStudyManifest(JsonObject? manifest) =>
        manifest?["method"] is JsonValue method && method.TryGetValue<string>(out var name) && name is "morris" or "sobol" && manifest["bootstrapResamples"] is not null;

    // The points the shards in root finished (complete rows only; CheckFolder has refused shards of another study), in index
    // order, each once. The shards are only read: a row a killed task left half written, without its line end, is left out.
    private static IEnumerable<SweepRow> FromShards(string root, SweepColumns columns)
    {
        if (!Directory.Exists(root))
        {
            return [];
        }
        var rows = new SortedDictionary<int, SweepRow>();
        foreach (var shard in Directory.GetDirectories(root, "shard-*-of-*").Order(StringComparer.Ordinal))
        {
            var path = Path.Combine(shard, SweepFile.Name);
            if (SweepManifestFile.Read(shard) is null || !File.Exists(path))
            {
                continue;
            }
            foreach (var row in SweepTable.ReadComplete(path, columns, "study"))
            {
                rows.TryAdd(row.Point, row);
            }
        }
        return rows.Values;
    }
}
