using System.Globalization;
using Simulation.Experiments.Scenarios;
using Simulation.Experiments.Sweeps;
using Simulation.Output.Sweeps;

namespace Simulation.Application.Sweeps;

/// <summary>
/// Joins the folders of a sharded sweep into one (<see cref="SweepMerge"/>) and draws the main-effect plots an unsharded
/// sweep draws, so that a sweep run as a job array ends with the same folder as one run in a single process (with the same
/// replications per point: those the shards ran, <c>--replications</c> or the file's). The plots need the experiment: the
/// file the shards' manifest names, if it is still there and unchanged; otherwise the merge says why it drew none and how to
/// draw them.
/// </summary>
public sealed class MergeShards
{
    /// <summary>Merges; throws <see cref="InvalidDataException"/> when the shards cannot be merged, a shard whose files were
    /// changed after it wrote them among them (nothing is written then), or the merged table does not fit the experiment's
    /// columns (the table stays), and <see cref="IOException"/> when the folder cannot be written. The outcome lists the
    /// shards' files that recorded no digest to check them by.</summary>
    public MergeOutcome Run(IReadOnlyList<string> shardDirectories, string output)
    {
        var merged = SweepMerge.Merge(shardDirectories, output);
        var manifest = merged.Manifest;
        var (experiment, unavailable) = ExperimentOf(manifest);
        if (experiment is null)
        {
            // The sweep that resumes the merged folder must run the shards' replications per point, which may not be the file's
            // (--replications). They are named always: the file that would tell is not at hand, and naming its own count changes nothing.
            var replications = manifest.ReplicationsPerPoint is { } n ? $" --replications {n.ToString(CultureInfo.InvariantCulture)}" : string.Empty;
            // The merged folder by its full path: the command may be run from the folder the shards ran in, not this one.
            var redraw = $"`regsim sweep {manifest.ExperimentFile} --out {Path.GetFullPath(output)}{replications}` draws them without running a point";
            return new MergeOutcome(merged, [], File.Exists(manifest.ExperimentFile)
                ? $"{unavailable}; with the experiment and scenario as they ran (their SHA-256 are in {SweepManifestFile.Name}), {redraw}"
                : $"{unavailable}; from the folder the shards ran in, {redraw}");
        }
        // The shards may have run other replications than the file's (--replications); the plots are of the rows they wrote.
        var ran = manifest.ReplicationsPerPoint is { } count ? experiment with { ReplicationsPerPoint = count } : experiment;
        try
        {
            return new MergeOutcome(merged, SweepPlots.Write(output, ran), null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new IOException($"{e.Message.TrimEnd('.')}. The merged {SweepFile.Name} and {SweepManifestFile.Name} in '{output}' are complete; "
                + "only the main-effect plots are missing: the same merge draws them once it can write there.", e);
        }
    }

    // The experiment the shards ran, or why it cannot be had.
    private static (Experiment? Experiment, string? Why) ExperimentOf(SweepManifest manifest)
    {
        if (!File.Exists(manifest.ExperimentFile))
        {
            return (null, $"the experiment file '{manifest.ExperimentFile}' the shards ran is not found from here");
        }
        try
        {
            var experiment = ExperimentLoader.Load(manifest.ExperimentFile);
            return experiment.File.Sha256 == manifest.ExperimentSha256 && experiment.Scenario.File.Sha256 == manifest.ScenarioSha256
                ? (experiment, null)
                : (null, $"the experiment '{manifest.ExperimentFile}' or its scenario changed since the shards ran");
        }
        catch (ScenarioException e)
        {
            return (null, $"the experiment '{manifest.ExperimentFile}' no longer loads ({e.Message})");
        }
    }
}
