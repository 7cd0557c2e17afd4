using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Simulation.Experiments.Sensitivity;
using Simulation.Experiments.Sweeps;
using Simulation.Output.Sweeps;

namespace Simulation.Application.Sensitivity;

/// <summary>
/// A sensitivity study's design points kept as a sweep keeps its own (<c>sweep.csv</c>, one row per point, appended and
/// flushed as each point finishes), so that an interrupted study resumes where it stopped and a large one can run as
/// shards on a cluster: a shard runs the points whose index modulo N is its own into <c>shard-I-of-N/</c>; a run without a
/// shard takes in the points its shards finished, runs the rest itself and returns them all.
/// </summary>
internal static class SensitivityPoints
{
    /// <summary>Returns the manifest that names a study's points: the experiment and scenario, and a digest of everything
    /// that decides the points and their results (the scenario as merged with what it extends, the method's design, the
    /// seeds, the replications, the regime mode), so that a folder holding another study's points is refused rather than
    /// mixed in.</summary>
    public static SweepManifest Manifest(Experiment experiment, SensitivitySettings settings, int points, ShardSpec? shard)
    {
        var design = settings.Method == SensitivityMethod.Morris
            ? $"morris trajectories={settings.Trajectories} levels={settings.Levels} seed={settings.Seed}"
            : $"sobol base-samples={settings.BaseSamples}";
        var factors = string.Join(";", experiment.Factors.Select(f => string.Create(CultureInfo.InvariantCulture, $"{f.Name}:{f.Min:R}:{f.Max:R}")));
        var identity = $"{experiment.File.Sha256}|{experiment.Scenario.File.Sha256}|{design}|regime={settings.Regime}|replications={experiment.ReplicationsPerPoint}"
            + $"|seed={experiment.Seed}|common={experiment.CommonRandomNumbers}|{factors}";
        var digest = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(identity)));
        return new SweepManifest(ToolVersion.Current, $"{experiment.Name}-{SensitivityIndexes.Name(settings.Method)}", experiment.File.Path, digest,
            experiment.Scenario.File.Sha256, shard?.Index, shard?.Count, points, [settings.Regime], ScenarioDigest.Of(experiment.Scenario));
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
        var path = Path.Combine(directory, SweepFile.Name);
        using (var file = SweepFile.OpenOrResume(directory, manifest, columns))
        {
            var done = new HashSet<int>(file.FinishedPoints);
            var gathered = 0;
            if (shard is null)
            {
                foreach (var row in FromShards(root, manifest, columns).Where(r => !done.Contains(r.Point)))
                {
                    file.Append([row]);
                    done.Add(row.Point);
                    gathered++;
                }
            }
            var mine = design.Where(p => shard is null || p.Index % shard.Count == shard.Index).ToList();
            var remaining = mine.Where(p => !done.Contains(p.Index)).ToList();
            if (gathered > 0)
            {
                progress.Note($"Gathered {gathered} points from the shards in {root}: {mine.Count - remaining.Count} of {mine.Count} points done.");
            }
            else if (remaining.Count < mine.Count)
            {
                progress.Note($"Resuming {directory}: {mine.Count - remaining.Count} of {mine.Count} points already done.");
            }
            try
            {
                progress.Track<object?>($"{settings.Method}: {mine.Count} points", mine.Count, bar =>
                {
                    var count = mine.Count - remaining.Count;
                    bar?.Report(count);
                    foreach (var point in remaining)
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                        file.Append([SensitivityStudy.RunPoint(experiment, settings, point, threads, cancellationToken)]);
                        bar?.Report(++count);
                    }
                    return null;
                });
            }
            catch (OperationCanceledException e)
            {
                throw new WorkKeptException(path, "points", e);
            }
        }
        return [.. SweepTable.Read(path, columns).OrderBy(r => r.Point)];
    }

    // The points the shards of this study in root finished (complete rows only), in index order, each once.
    private static IEnumerable<SweepRow> FromShards(string root, SweepManifest manifest, SweepColumns columns)
    {
        if (!Directory.Exists(root))
        {
            return [];
        }
        var rows = new SortedDictionary<int, SweepRow>();
        foreach (var shard in Directory.GetDirectories(root, "shard-*-of-*").Order(StringComparer.Ordinal))
        {
            if (SweepManifestFile.Read(shard) is not { } existing)
            {
                continue;
            }
            if (manifest.Incompatibility(existing) is { } why)
            {
                throw new InvalidDataException($"shard '{shard}' belongs to another study: {why}.");
            }
            // Opening it as that shard would resume it cuts off a point a killed task left half written.
            using (SweepFile.OpenOrResume(shard, manifest with { ShardIndex = existing.ShardIndex, ShardCount = existing.ShardCount }, columns))
            {
            }
            foreach (var row in SweepTable.Read(Path.Combine(shard, SweepFile.Name), columns))
            {
                rows.TryAdd(row.Point, row);
            }
        }
        return rows.Values;
    }
}
