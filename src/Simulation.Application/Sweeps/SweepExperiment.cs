using Simulation.Experiments;
using Simulation.Experiments.Scenarios;
using Simulation.Experiments.Sweeps;
using Simulation.Output.Sweeps;

namespace Simulation.Application.Sweeps;

/// <summary>
/// Runs an experiment's design points (or one shard of them), skipping the points a previous run of the same request
/// finished and appending each point to <c>sweep.csv</c> as it finishes, so an interrupted sweep loses nothing; when the
/// format asks for Parquet, writes the finished table as its part of the dataset <c>sweep.parquet/</c> (the one part of a
/// whole sweep, or the shard's). A finished shard records the SHA-256 of what it wrote in its manifest
/// (<see cref="ShardDigests"/>), which <c>regsim merge</c> checks.
/// </summary>
public sealed class SweepExperiment
{
    /// <summary>Returns the experiment <paramref name="request"/> sweeps: its file, loaded and checked, with the request's
    /// replications per point in place of the file's when it gives them.</summary>
    /// <exception cref="ScenarioException">The experiment or its scenario is rejected.</exception>
    public static Experiment Load(SweepRequest request)
    {
        var experiment = ExperimentLoader.Load(request.ExperimentPath);
        return request.Replications is { } replications ? experiment with { ReplicationsPerPoint = replications } : experiment;
    }

    /// <summary>Returns the folder <paramref name="request"/> writes: its output folder as given, or
    /// <c>output/&lt;experiment&gt;/</c> (<c>output/&lt;experiment&gt;-nN/</c> with other replications per point, so the full
    /// sweep's folder stays free), with <c>shard-I-of-N/</c> in it for a shard.</summary>
    public static string Folder(SweepRequest request, Experiment experiment)
    {
        if (request.OutputDirectory is { } given)
        {
            return given;
        }
        var sweep = Path.Combine("output", experiment.Name + (request.Replications is { } n ? $"-n{n}" : string.Empty));
        return request.Shard is { } s ? Path.Combine(sweep, s.FolderName) : sweep;
    }

    private static readonly System.Text.Json.JsonSerializerOptions WebJson = new(System.Text.Json.JsonSerializerDefaults.Web);

    /// <summary>Returns the manifest of <paramref name="experiment"/>'s sweep folder (of <paramref name="shard"/>'s, when given):
    /// what a resumed sweep and a merge check a folder's rows against.</summary>
    public static SweepManifest Manifest(Experiment experiment, int points, ShardSpec? shard) =>
        new(ToolVersion.Current, experiment.Name, experiment.File.Path, experiment.File.Sha256, experiment.Scenario.File.Sha256,
            shard?.Index, shard?.Count, points, experiment.Scenario.Model.Modes().Select(m => m.Label).ToList(), ScenarioDigest.Of(experiment.Scenario),
            SourceRevision: ToolVersion.SourceRevision, Design: experiment.Design.AsWritten(),
            ReplicationsPerPoint: experiment.ReplicationsPerPoint, Seed: experiment.Seed, CommonRandomNumbers: experiment.CommonRandomNumbers,
            ScenarioFile: experiment.Scenario.File.Path, ExtendsFiles: experiment.Scenario.ExtendsFiles,
            Factors: [.. experiment.Factors.Select(f => new SweepFactor(f.Name, f.Parameter.Text, f.Min, f.Max, f.Source))],
            Columns: SweepGlossary.For(experiment), Description: experiment.Description, CodeTree: ToolVersion.CodeTree);

    /// <summary>Throws <see cref="InvalidDataException"/> when a shard folder in <paramref name="folder"/> (one its tasks will
    /// write, <c>shard-I-of-N</c>) holds another sweep's rows (another count of replications among them), a study's points or
    /// rows changed after its shard finished, or the folder could not take the merged
    /// sweep (<see cref="SweepMerge.CheckOutput"/>): for writing a job array's scripts, whose tasks or merge would be refused
    /// there only after the array had run. The task folders come first, as the tasks would be refused first. With Parquet
    /// asked for (<paramref name="format"/>), the folder of the <paramref name="shards"/> tasks' parts is checked as a task
    /// checks it: a whole sweep's part there (or its table as one file, as an earlier regsim wrote it), or another sweep's
    /// part, would fail every task.</summary>
    public static void CheckFolder(Experiment experiment, string folder, int shards, Output.OutputFormat format)
    {
        var points = SweepDesign.Points(experiment).Count;
        var mine = Manifest(experiment, points, null);
        var header = SweepTable.Header(SweepColumns.For(experiment));
        foreach (var shard in Directory.Exists(folder) ? Directory.GetDirectories(folder, "shard-*-of-*") : [])
        {
            var theirs = SweepManifestFile.Read(shard);
            var why = theirs is null ? null : theirs.Study is { } study ? $"the points of a {study} study" : mine.Incompatibility(theirs);
            if (why is not null)
            {
                throw new InvalidDataException($"'{shard}' cannot take this sweep's rows: {why}; choose another --out");
            }
            if (theirs is not null && ShardDigests.TableChange(shard, theirs, header) is { } change)
            {
                throw new InvalidDataException($"'{Path.Combine(shard, SweepFile.Name)}' was changed after its shard finished writing it ({change}), so its task "
                    + "would refuse to resume it; restore the file as the shard wrote it, or choose another --out");
            }
        }
        if (format != Output.OutputFormat.Csv)
        {
            SweepDataset.Check(Path.Combine(folder, ShardSpec.FolderNameOf(0, shards)), Manifest(experiment, points, new ShardSpec(0, shards)));
        }
        SweepMerge.CheckOutput(folder, mine, header, instead: "choose another --out (the folder the shards write into and their merge job merges into)");
    }

    // A folder with no sweep of its own whose plots/ holds files named like the plots the sweep will draw: they are the
    // user's, and drawing would write over them at the end, so the sweep is refused before any point runs.
    private static void RefuseUsersPlots(string directory, Experiment experiment, ShardSpec? shard)
    {
        if (shard is not null || Output.Sweeps.SweepManifestFile.Read(directory) is not null)
        {
            return; // a shard draws no plots; an earlier sweep's plots are its own, redrawn
        }
        var theirs = SweepPlots.Files(experiment).Where(f => File.Exists(Path.Combine(directory, f))).ToList();
        if (theirs.Count > 0)
        {
            throw new Output.ForeignFilesException(Path.GetFullPath(directory), theirs, risk: Output.ForeignFilesRisk.WrittenOver);
        }
    }

    /// <summary>Runs the sweep; throws <see cref="ScenarioException"/> for a rejected experiment, <see cref="WorkKeptException"/>
    /// when interrupted, <see cref="ResultsNotWrittenException"/> when the folder cannot be written.</summary>
    public SweepOutcome Run(SweepRequest request, IWorkProgress progress, CancellationToken cancellationToken)
    {
        var experiment = Load(request);
        var all = SweepDesign.Points(experiment);
        var points = request.Shard is { } shard ? SweepDesign.Shard(all, shard.Index, shard.Count) : all;
        var directory = Folder(request, experiment);
        var manifest = Manifest(experiment, all.Count, request.Shard);
        var columns = SweepColumns.For(experiment);
        foreach (var note in PlaceboFactors.Notes(experiment))
        {
            progress.Note(note);
        }
        Output.ResultsFolder.RefuseFileOrRoot(directory);
        if (Output.ManifestWriter.HoldsOtherResults(directory))
        {
            // A sweep's folder has none: it is a run's, a comparison's or a calibration's, whose files would be mixed with the rows.
            throw new InvalidDataException($"'{directory}' holds the results of another command (its {Output.ManifestWriter.FileName}); use another --out folder.");
        }
        if (request.Format != Output.OutputFormat.Csv)
        {
            SweepDataset.Check(directory, manifest); // before the points run, not after
        }
        // A folder of the user's own (notes, a home folder) would get the rows and plots among its files.
        Output.ResultsFolder.RefuseUnaccounted(directory, SweepFile.IsSweepFile);
        RefuseUsersPlots(directory, experiment, request.Shard);
        SweepSpace.RefuseOverfull(directory, experiment, points.Count, request.Format);
        if (SweepSpace.LargeTable(experiment, points.Count, request.Format) is { } large)
        {
            progress.Note(large);
        }
        return ResultsNotWrittenException.Guard(directory, () =>
        {
            using (var file = SweepFile.OpenOrResume(directory, manifest, columns))
            {
                var remaining = points.Where(p => !file.FinishedPoints.Contains(p.Index)).ToList();
                var done = points.Count - remaining.Count;
                if (done > 0)
                {
                    progress.Note($"Resuming {directory}: {done} of {points.Count} points already done.");
                }
                try
                {
                    progress.Track<object?>($"{experiment.Name}: {points.Count} points", points.Count, bar =>
                    {
                        bar?.Report(done);
                        Sweep.Run(experiment, remaining, request.Threads, rows =>
                        {
                            file.Append(rows);
                            done++; // counted whether or not a bar shows it: a cancellation reports what was kept
                            bar?.Report(done);
                        }, cancellationToken);
                        return null;
                    });
                }
                catch (OperationCanceledException e)
                {
                    throw new WorkKeptException(Path.Combine(directory, SweepFile.Name), "points", e, done);
                }
            }
            SweepFile.PutInPointOrder(directory, columns); // a point whose rows were deleted by hand ran last
            var plots = request.Shard is null ? SweepPlots.Write(directory, experiment) : [];
            string? parquet = null;
            if (request.Format != Output.OutputFormat.Csv)
            {
                var provenance = new Provenance()
                    .Add("experiment", experiment.Name)
                    .Add("description", experiment.Description)
                    .Add("experiment_file", Path.GetFileName(experiment.File.Path)) // its name, not where it lies: the same on a laptop and a node
                    .Add("experiment_sha256", experiment.File.Sha256)
                    .Add("scenario", experiment.Scenario)
                    .Add("design", manifest.Design)
                    .Add("seed", experiment.Seed)
                    .Add("common_random_numbers", experiment.CommonRandomNumbers ? "true" : "false")
                    .Add("replications_per_point", experiment.ReplicationsPerPoint)
                    .Add("points", all.Count)
                    .Add("modes", manifest.Modes)
                    .Add("factors", System.Text.Json.JsonSerializer.Serialize(manifest.Factors, WebJson)) // what each factor sets, over which range
                    .Add("columns", System.Text.Json.JsonSerializer.Serialize(manifest.Columns, WebJson)) // what every column means
                    .Entries;
                parquet = SweepDataset.WritePart(directory, manifest, columns, provenance);
            }
            if (request.Shard is not null)
            {
                ShardDigests.Record(directory, manifest, parquet); // last: a shard stopped before it has no digest, as one still running
            }
            return new SweepOutcome(experiment, points.Count, manifest.Modes.Count, directory, plots, parquet);
        });
    }
}
