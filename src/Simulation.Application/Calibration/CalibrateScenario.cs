using System.Diagnostics;
using System.Globalization;
using Simulation.Experiments.Calibration;
using Simulation.Experiments.Scenarios;
using Simulation.Output;
using Simulation.Output.Batch;
using Simulation.Output.Calibration;
using Simulation.Output.Validation;

namespace Simulation.Application.Calibration;

/// <summary>
/// Calibrates a scenario's uncertain parameters: runs the particles a previous run of the same request did not finish
/// (appending each to <c>particles.csv</c>, gathering those its batch shards finished), then weighs or tempers them into
/// a posterior, runs the predictive, leave-one-out and simulation-based checks and writes the posterior, its plots and
/// the calibrated scenario.
/// </summary>
public sealed class CalibrateScenario
{
    /// <summary>Runs the calibration; throws <see cref="ScenarioException"/> for a scenario that cannot be calibrated,
    /// <see cref="InvalidDataException"/> when the folder holds another calibration or a Markdown file to refresh cannot be
    /// written (its folder does not exist or is a file), <see cref="WorkKeptException"/> when
    /// interrupted and <see cref="ResultsNotWrittenException"/> when the folder cannot be written.</summary>
    public CalibrationOutcome Run(CalibrateRequest request, IWorkProgress progress, CancellationToken cancellationToken)
    {
        var loaded = ScenarioLoader.Load(request.ScenarioPath);
        var calibration = RecordCalibration.Create(loaded, request.Settings(loaded));
        var given = request.Shard is { } part && request.OutputDirectory is { } output ? part.StudyFolder(output) : request.OutputDirectory;
        var root = OwnName.FolderFor(loaded, given, given ?? request.OutputFolder(loaded.Model.Name));
        var directory = request.Shard is { } ofShard ? Path.Combine(root, ofShard.FolderName) : root;
        var clock = Stopwatch.StartNew();
        var started = DateTimeOffset.UtcNow;
        var table = ParticleTable.For(calibration);
        CheckFolder(root);
        if (request.MarkdownPath is { } written && request.Shard is null)
        {
            MarkdownSection.RefuseUnwritable(written, CalibrationMarkdown.Section); // written at the end: a typo found before the particles run, not after
        }
        var particles = ResultsNotWrittenException.Guard(directory, () => RunParticles(request, loaded, calibration, table, root, directory, progress, cancellationToken));
        if (request.Shard is { } shard)
        {
            var shardTables = ProvenanceOf(request, loaded, calibration).Add("shard_index", shard.Index).Add("shard_count", shard.Count).Tables(request.Format);
            ResultsNotWrittenException.Guard(directory, () =>
            {
                CalibrationWriter.WriteJournalTwins(directory, directory, table, [], directory, shardTables);
                // Last: a shard stopped before it has no digest, as one still running, and is resumed; the gather checks it.
                ParticleFile.RecordFinished(directory, ManifestOf(request, loaded, calibration));
            });
            return new CalibrationOutcome(loaded.Model.Name, directory, root, particles.Count, null, [], null, clock.Elapsed);
        }

        try
        {
            IReadOnlyList<SmcStage> stages = [];
            RecordPosterior posterior;
            if (calibration.Settings.Sampler == CalibrationSampler.Tempered)
            {
                stages = ResultsNotWrittenException.Guard(directory, () => TemperingCheckpoint.Run(calibration.Sampler(), particles,
                    TemperingCheckpoint.Folder(directory, calibration.Settings), table, request.Threads, stage => progress.Step(Describe(stage)), cancellationToken));
                posterior = RecordCalibration.Posterior(stages[^1]);
            }
            else
            {
                posterior = calibration.Weigh(particles);
                // Every particle ruled the record out: the tempered sampler's own refusal, rather than a posterior of NaNs.
                if (posterior.Accepted.Count == 0)
                {
                    throw new NoParticleFitsException();
                }
            }
            var reach = progress.Track($"which of {calibration.Priors.Count} parameters move the record", calibration.Priors.Count,
                bar => RecordReach.Of(calibration, request.Threads, bar, cancellationToken));
            var parameters = calibration.Summarise(posterior, reach);
            var support = PosteriorSupport.Of(posterior, calibration.Settings.Sampler);
            var predictive = calibration.PredictiveCheck(posterior, RecordCalibration.CalibratedValues(parameters), request.Threads, cancellationToken);
            var leaveOneOut = calibration.LeaveOneOut(particles, request.Threads, cancellationToken);
            var sbcParticles = Math.Min(request.SbcParticles, request.Particles);
            IReadOnlyList<SbcParameter> sbc = request.SbcRecords > 0
                ? progress.Track($"simulation-based calibration: {request.SbcRecords} synthetic records", request.SbcRecords,
                    bar => SimulationBasedCalibration.Run(calibration, request.SbcRecords, sbcParticles, request.Threads, bar, cancellationToken))
                : [];
            var description = calibration.Describe(posterior);
            var extends = Path.GetRelativePath(Path.GetFullPath(directory), Path.GetFullPath(request.ScenarioPath)).Replace('\\', '/');
            // A placebo's posterior mean is its prior's mean moved by the sampler's noise, not something the record says:
            // written in, it would change the scenario's results (and how well it matches the paper's figures) for no
            // evidence. Placebos keep the original's values.
            var informed = parameters.Where(p => !p.IsPlacebo).ToList();
            var kept = parameters.Count - informed.Count;
            var calibrated = CalibratedScenario.Override(loaded.Document, extends, $"{loaded.Model.Name}-calibrated",
                $"{loaded.Model.Description} Calibrated: each uncertain parameter the record can inform set to its {description}"
                    + (kept > 0 ? $"; the {kept} it cannot inform (placebos, summary.csv) keep their values." : "."),
                [.. informed.Select(p => (p.Prior.Path.Text, p.Mean,
                        $"calibrated: {description}; prior {p.Prior.Describe()}; value before calibration {p.Prior.ScenarioValue.ToString("G6", CultureInfo.InvariantCulture)}"))],
                $"the calibrated values were chosen by the likelihood of the record, this competition's winners included ({description})");
            var tables = ProvenanceOf(request, loaded, calibration)
                .Add("stages", stages.Count)
                .Add("effective_sample_size", posterior.EffectiveSampleSize)
                .Add("log_evidence", posterior.LogEvidence)
                .Tables(request.Format);
            ResultsNotWrittenException.Guard(directory, () =>
            {
                // Staged and moved in file by file, the manifest last: an interruption while writing leaves the earlier
                // results whole, never new tables beside an old manifest; the particles and stages stay where they are.
                using var staging = OutputDirectory.CreateInto(directory);
                var files = CalibrationWriter.Write(staging.Path, table, particles, posterior, parameters, predictive, leaveOneOut, calibrated, tables).ToList();
                if (sbc.Count > 0)
                {
                    files.AddRange(SbcWriter.Write(staging.Path, sbc, tables));
                }
                files.AddRange([ParticleFile.Name, CalibrationManifestFile.Name, ManifestWriter.FileName]);
                var stageFolder = TemperingCheckpoint.Folder(directory, calibration.Settings);
                if (stages.Count > 0)
                {
                    var tempering = Path.GetFileName(stageFolder);
                    files.Add($"{tempering}/{TemperingCheckpoint.StagesName}");
                    files.AddRange(stages.Select(st => $"{tempering}/{TemperingCheckpoint.StageTable(st.Number)}.csv"));
                }
                files.AddRange(CalibrationWriter.WriteJournalTwins(directory, staging.Path, table, stages, stageFolder, tables));
                files.Sort(StringComparer.Ordinal);
                var earlier = ManifestWriter.ReadObject(Path.Combine(directory, ManifestWriter.FileName));
                ManifestWriter.Write(Path.Combine(staging.Path, ManifestWriter.FileName), new PosteriorManifest(
                    ToolVersion.Current, request.ScenarioPath, loaded.File.Sha256, loaded.ExtendsFiles, calibration.Settings.Seed, posterior.Particles,
                    calibration.Settings.ReplicationsPerParticle, calibration.Settings.Sampler.ToString().ToLowerInvariant(), calibration.Settings.MovesPerStage,
                    stages.Count, posterior.EffectiveSampleSize, posterior.DistinctParticles, support.Warning() is { } thin ? [thin] : [],
                    posterior.LogEvidence, request.SbcRecords, sbcParticles,
                    calibration.Settings.PredictiveReplications, request.Threads, started.ToString("O"), clock.Elapsed.TotalSeconds, files,
                    ToolVersion.SourceRevision));
                staging.CommitFiles(last: ManifestWriter.FileName);
                staging.RemoveEarlierResults(earlier?[PosteriorManifest.Mark] is null ? null : earlier, files, CalibrationWriter.IsResultFile);
            });
            if (request.MarkdownPath is { } markdown)
            {
                var command = Shell.Join(["regsim", "calibrate", .. (request with { Seed = calibration.Settings.Seed }).ResultArguments()]);
                ResultsNotWrittenException.Guard(markdown, () => MarkdownSection.Write(markdown, CalibrationMarkdown.Section,
                    CalibrationMarkdown.Block(command, ToolVersion.Current, calibration, posterior, stages, parameters, predictive, leaveOneOut, sbc), CalibrationMarkdown.Title));
            }
            return new CalibrationOutcome(loaded.Model.Name, directory, null, posterior.Particles, posterior, parameters,
                Path.Combine(directory, CalibrationWriter.CalibratedName), clock.Elapsed, calibration.Reads, support, reach);
        }
        catch (OperationCanceledException e) when (e is not WorkKeptException)
        {
            // The particles, and the tempering stages finished so far, are on disk: the same request resumes from them.
            throw new WorkKeptException(Path.Combine(directory, ParticleFile.Name), "particles", e);
        }
    }

    /// <summary>Refuses, before a batch job's scripts are written, a calibration folder whose particles, or a shard's in it,
    /// came from other settings (another seed, replications per particle, priors or scenario) or were changed after their
    /// shard finished: every array task would otherwise fail there, and the gather job be cancelled. Throws
    /// <see cref="InvalidDataException"/> naming the folder (or the changed file) and what differs.</summary>
    public static void CheckResumable(CalibrateRequest request, LoadedScenario loaded, RecordCalibration calibration, string root)
    {
        var manifest = ManifestOf(request, loaded, calibration);
        var folders = Directory.Exists(root) ? Directory.GetDirectories(root, "shard-*-of-*").Order(StringComparer.Ordinal).Prepend(root) : [];
        foreach (var folder in folders)
        {
            if (CalibrationManifestFile.Read(folder) is not { } existing)
            {
                continue;
            }
            if (manifest.Incompatibility(existing) is { } why)
            {
                throw new InvalidDataException($"'{folder}' holds particles that cannot be continued: {why}. Give the options (and run the regsim) it was run with, "
                    + "or use another --out folder.");
            }
            if (ParticleFile.Change(folder, existing) is { } change)
            {
                throw new InvalidDataException($"'{Path.Combine(folder, ParticleFile.Name)}' was changed after its shard finished writing it ({change}), so its task "
                    + "would refuse to resume it and the gather to take it in; restore the file as the shard wrote it, or use another --out folder.");
            }
        }
    }

    // What produced a calibration's particles: a folder is resumed only by a calibration of the same.
    private static CalibrationManifest ManifestOf(CalibrateRequest request, LoadedScenario loaded, RecordCalibration calibration) =>
        new(ToolVersion.Current, loaded.Model.Name, request.ScenarioPath, ScenarioDigest.Of(loaded), calibration.Settings.Seed,
            calibration.Settings.ReplicationsPerParticle, [.. calibration.Priors.Select(p => $"{p.Path} ~ {p.Describe()}")], [.. calibration.Targets.Select(t => t.Name)],
            ToolVersion.SourceRevision, CodeTree: ToolVersion.CodeTree);

    /// <summary>Refuses, before anything runs (a batch job's scripts are written, say), a calibration folder that is a file,
    /// holds another command's results, or holds a file of the user's own named like one of the results, which the end of
    /// the calibration would write over, or any file that is not a calibration's: throws <see cref="InvalidDataException"/>
    /// or <see cref="ForeignFilesException"/> naming it.</summary>
    public static void CheckFolder(string root)
    {
        ResultsFolder.RefuseFileOrRoot(root);
        if (ManifestWriter.HoldsOtherResults(root, PosteriorManifest.Mark))
        {
            // A run's or a comparison's folder: the calibration's files, its manifest first, would be written over them.
            throw new InvalidDataException($"'{root}' holds the results of another command (its {ManifestWriter.FileName} is not a calibration's); use another --out folder.");
        }
        // A folder of the user's own would get the particles and results among its files.
        ResultsFolder.RefuseUnaccounted(root, IsCalibrationFile);
        ResultsFolder.RefuseReplacing(root, PosteriorManifest.Mark, CalibrationWriter.IsResultFile);
    }

    // Whether a file of a calibration's folder (relative, '/' separators) is named like one a calibration writes: its
    // particles, their manifest, the tempering stages, and its results and their manifest.
    private static bool IsCalibrationFile(string relative) =>
        relative is ParticleFile.Name or CalibrationManifestFile.Name or ManifestWriter.FileName
        || relative.StartsWith("tempering-", StringComparison.Ordinal)
        || CalibrationWriter.IsResultFile(relative);

    // Runs the particles not yet in particles.csv (this shard's only, for a shard) and returns all of them in index order.
    private static IReadOnlyList<Particle> RunParticles(CalibrateRequest request, LoadedScenario loaded, RecordCalibration calibration, ParticleTable table,
        string root, string directory, IWorkProgress progress, CancellationToken cancellationToken)
    {
        var manifest = ManifestOf(request, loaded, calibration);
        // Particles that shards of this calibration finished (batch jobs) join the file in index order, so a calibration run
        // in shards gives the same files as one run whole. Read first: a shard refused (another calibration's, or changed
        // after it finished) leaves the folder as it was.
        var gathered = request.Shard is null ? ParticleFile.FromShards(root, manifest, table) : [];
        using var file = ParticleFile.OpenOrResume(directory, manifest, table);
        var taken = 0;
        if (gathered.Count > 0)
        {
            var mine = file.Particles.Select(p => p.Index).ToHashSet();
            foreach (var particle in gathered.Where(p => p.Index < request.Particles && !mine.Contains(p.Index)))
            {
                file.Append(particle);
                taken++;
            }
        }
        var done = file.Particles.Select(p => p.Index).ToHashSet();
        // A shard counts its own particles (index modulo N is I), not the whole calibration's: the others are not its to run.
        var own = Enumerable.Range(0, request.Particles).Where(i => request.Shard?.Owns(i) ?? true).ToList();
        var remaining = own.Where(i => !done.Contains(i)).ToList();
        var whose = request.Shard is null ? $"{request.Particles} particles" : $"this shard's {own.Count} particles";
        if (taken > 0)
        {
            // A gather says what the shards gave and what is left for it, which runs in this one job.
            progress.Note($"Gathered {taken} particles from the shards in {root}: {own.Count - remaining.Count} of {whose} done"
                + (remaining.Count > 0 ? $", {remaining.Count} left to run here." : "."));
        }
        else if (done.Count > 0)
        {
            progress.Note($"Resuming {directory}: {own.Count - remaining.Count} of {whose} already done.");
        }
        var count = own.Count - remaining.Count;
        try
        {
            progress.Track<object?>($"{loaded.Model.Name}: {whose}", own.Count, bar =>
            {
                bar?.Report(count);
                calibration.Run(remaining, request.Threads, particle =>
                {
                    file.Append(particle);
                    count++;
                    bar?.Report(count);
                }, cancellationToken);
                return null;
            });
        }
        catch (OperationCanceledException e)
        {
            throw new WorkKeptException(Path.Combine(directory, ParticleFile.Name), "particles", e, count);
        }
        if (request.Shard is null)
        {
            file.PutInIndexOrder(); // a gather that ran a missing shard's particles itself appended them after the others
        }
        return [.. file.Particles.Where(p => p.Index < request.Particles).OrderBy(p => p.Index)];
    }

    // What the manifest says produced the particles and the posterior, for the Parquet files' metadata.
    private static Provenance ProvenanceOf(CalibrateRequest request, LoadedScenario loaded, RecordCalibration calibration) => new Provenance()
        .Add("scenario", loaded)
        .Add("seed", calibration.Settings.Seed)
        .Add("particles", request.Particles)
        .Add("replications_per_particle", calibration.Settings.ReplicationsPerParticle)
        .Add("sampler", calibration.Settings.Sampler.ToString().ToLowerInvariant())
        .Add("moves_per_stage", calibration.Settings.MovesPerStage)
        .Add("predictive_replications", calibration.Settings.PredictiveReplications)
        .Add("sbc_records", request.SbcRecords)
        .Add("sbc_particles", Math.Min(request.SbcParticles, request.Particles))
        .Add("parameters", calibration.Priors.Select(p => $"{p.Path} ~ {p.Describe()}"))
        .Add("targets", calibration.Targets.Select(t => t.Name));

    private static string Describe(SmcStage stage) => string.Create(CultureInfo.InvariantCulture,
        $"stage {stage.Number}: temperature {stage.Temperature:0.####}, effective sample size {stage.EffectiveSampleSize:0.#}, acceptance {stage.AcceptanceRate:0.###}");
}
