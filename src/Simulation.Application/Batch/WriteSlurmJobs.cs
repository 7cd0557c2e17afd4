using Simulation.Application.Calibration;
using Simulation.Application.Sensitivity;
using Simulation.Application.Sweeps;
using Simulation.Experiments;
using Simulation.Experiments.Calibration;
using Simulation.Experiments.Scenarios;
using Simulation.Experiments.Sensitivity;
using Simulation.Experiments.Sweeps;
using Simulation.Output.Batch;
using Simulation.Output.Calibration;
using Simulation.Output.Sensitivity;
using Simulation.Output.Validation;

namespace Simulation.Application.Batch;

/// <summary>
/// The use case behind <c>regsim slurm</c>, <c>regsim slurm calibrate</c> and <c>regsim slurm sensitivity</c>: checks the
/// experiment or the scenario as the tasks would (so that a job that cannot run fails now, not in every array task), fills
/// in absolute paths and the regsim the nodes run (<see cref="ClusterRegsim.Choose"/>), and writes the scripts rendered by
/// <see cref="SlurmJobScripts"/> into <c>DIR/slurm/</c>. Nothing is written when a check fails.
/// </summary>
public sealed class WriteSlurmJobs
{
    /// <summary>Writes <c>sweep.sbatch</c>, <c>merge.sbatch</c> and <c>submit.sh</c> for <paramref name="sweep"/>: its options
    /// that decide the rows (<c>--replications</c>) pass to every task, and a null output folder means the one
    /// <c>regsim sweep</c> uses.</summary>
    /// <exception cref="InputConflictException">The layout cannot run (shards, threads, time limit).</exception>
    public SlurmJobsWritten Sweep(SweepRequest sweep, SlurmRequest slurm, RunningRegsim running)
    {
        var experiment = SweepExperiment.Load(sweep);
        var request = sweep with { ExperimentPath = Path.GetFullPath(sweep.ExperimentPath) };
        var folder = Absolute(SweepExperiment.Folder(request, experiment));
        SweepExperiment.CheckFolder(experiment, folder, slurm.Shards, slurm.Format); // a folder of another sweep would fail every task after it had started
        var regsim = ClusterRegsim.Choose(slurm.Regsim, running);
        var job = Job(SlurmJobKind.Sweep, [.. request.ResultArguments(), .. slurm.FormatArguments], folder, slurm, regsim, SlurmJob.JobNameFor(experiment.Name));
        var points = PointCount(experiment);
        var replications = request.Replications is { } n ? $" × {n} replications (--replications)" : string.Empty;
        return Write(job, regsim, experiment.Name, Idle(slurm.Shards, points, "design points", "point"),
            (points is null ? "" : $" for {points} design points{replications}")
            + $"; shards in {folder}/shard-I-of-{slurm.Shards}/, merged into {folder}/sweep.csv"
            + (slurm.Format == Output.OutputFormat.Csv ? string.Empty : $", their Parquet parts in {folder}/sweep.parquet/"));
    }

    /// <summary>Writes <c>calibrate.sbatch</c>, <c>gather.sbatch</c> and <c>submit.sh</c> for <paramref name="calibration"/>:
    /// its options that change the results pass to every job, and a null output folder means the one
    /// <c>regsim calibrate</c> uses.</summary>
    /// <exception cref="InputConflictException">The layout cannot run.</exception>
    public SlurmJobsWritten Calibration(CalibrateRequest calibration, SlurmRequest slurm, RunningRegsim running)
    {
        var loaded = ScenarioLoader.Load(calibration.ScenarioPath);
        var recordCalibration = RecordCalibration.Create(loaded, calibration.Settings(loaded));
        var request = calibration with
        {
            ScenarioPath = Path.GetFullPath(calibration.ScenarioPath),
            MarkdownPath = calibration.MarkdownPath is { } markdown ? Path.GetFullPath(markdown) : null,
        };
        var folder = Absolute(OwnName.FolderFor(loaded, calibration.OutputDirectory, request.OutputFolder(loaded.Model.Name)));
        CalibrateScenario.CheckFolder(folder); // a folder the gathering job would refuse, after every task had run
        if (request.MarkdownPath is { } block)
        {
            MarkdownSection.RefuseUnwritable(block, CalibrationMarkdown.Section); // the gathering job writes it, after every task had run
        }
        CalibrateScenario.CheckResumable(request, loaded, recordCalibration, folder); // particles of other settings every task would refuse
        var regsim = ClusterRegsim.Choose(slurm.Regsim, running);
        var job = Job(SlurmJobKind.Calibration, [.. request.ResultArguments(), .. slurm.FormatArguments], folder, slurm, regsim,
            SlurmJob.JobNameFor(loaded.Model.Name.EndsWith("calibration", StringComparison.OrdinalIgnoreCase) ? loaded.Model.Name : $"{loaded.Model.Name}-calibration"));
        return Write(job, regsim, loaded.Model.Name, Idle(slurm.Shards, request.Particles, "particles", "particle"),
            $" for {request.Particles} particles; shards in {folder}/shard-I-of-{slurm.Shards}/, gathered and finished in {folder}/");
    }

    /// <summary>Writes <c>sensitivity.sbatch</c>, <c>gather.sbatch</c> and <c>submit.sh</c> for <paramref name="study"/>: its
    /// experiment (or scenario's priors), outputs and regime mode are checked first, its options that change the results
    /// pass to every job, and a null output folder means the one <c>regsim sensitivity</c> uses.</summary>
    /// <exception cref="InputConflictException">The layout cannot run.</exception>
    public SlurmJobsWritten Sensitivity(SensitivityRequest study, SlurmRequest slurm, RunningRegsim running)
    {
        var request = study with
        {
            ExperimentPath = study.ExperimentPath is { } experiment ? Path.GetFullPath(experiment) : null,
            PriorsPath = study.PriorsPath is { } priors ? Path.GetFullPath(priors) : null,
            MarkdownPath = study.MarkdownPath is { } markdown ? Path.GetFullPath(markdown) : null,
        };
        var plan = AnalyseSensitivity.Plan(request);
        AnalyseSensitivity.CheckFolder(plan); // a folder of another study would fail every task after it had run
        if (request.MarkdownPath is { } block && plan.Screening is not null)
        {
            MarkdownSection.RefuseUnwritable(block, SensitivityMarkdown.Section); // the gathering job writes it, after every task had run
        }
        var folder = Absolute(plan.Folder);
        var regsim = ClusterRegsim.Choose(slurm.Regsim, running);
        var name = $"{plan.Experiment.Name}-{SensitivityIndexes.Name(request.Method)}";
        var job = Job(SlurmJobKind.Sensitivity, [.. request.ResultArguments(), .. slurm.FormatArguments], folder, slurm, regsim, SlurmJob.JobNameFor(name));
        return Write(job, regsim, name, Idle(slurm.Shards, plan.Points, "design points", "point"),
            $" for {plan.Points} design points; shards in {folder}/shard-I-of-{slurm.Shards}/, gathered and the indices computed in {folder}/");
    }

    private static string Absolute(string folder) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));

    private static SlurmJob Job(SlurmJobKind kind, IReadOnlyList<string> arguments, string folder, SlurmRequest slurm, ClusterRegsim regsim, string jobName) =>
        new(kind, regsim.Command, arguments, folder, slurm.Shards, slurm.ThreadsPerTask, slurm.Partition, slurm.TimeLimit, jobName, slurm.Memory);

    // More shards than the job has items: the spare array tasks run nothing.
    private static string? Idle(int shards, int? items, string plural, string singular) => items is { } count && shards > count
        ? $"Warning: {shards} shards for {count} {plural}; {shards - count} array tasks will have no {singular} to run."
        : null;

    // Checks the job, then writes its scripts; nothing is written when a check fails.
    private static SlurmJobsWritten Write(SlurmJob job, ClusterRegsim regsim, string name, string? idle, string layout)
    {
        if (job.Problems() is { Count: > 0 } problems)
        {
            throw new InputConflictException(string.Join(Environment.NewLine, problems));
        }
        var warnings = new[]
        {
            idle,
            OtherShardCounts(job),
            job.ArraySizeWarning(),
            regsim.OlderThanRunning
                ? $"Warning: {regsim.Binary} is older than this regsim's build, so the nodes may run older code; publish it again with: {ClusterRegsim.PublishCommand}"
                : null,
        }.OfType<string>().ToList();
        var written = ResultsNotWrittenException.Guard(job.ScriptDirectory, () => SlurmJobScripts.Render(job).WriteTo(job.ScriptDirectory));
        return new SlurmJobsWritten(job, regsim, name, warnings, layout, written);
    }

    // Shard folders of another count beside the ones this array writes (scripts written again with another --shards): their
    // finished work is not resumed by this array, and a merge takes shards of one count, so the user is told before submitting.
    private static string? OtherShardCounts(SlurmJob job)
    {
        var others = (Directory.Exists(job.OutputDirectory) ? Directory.GetDirectories(job.OutputDirectory, "shard-*-of-*") : [])
            .Select(d => Output.Batch.ArrayTaskResubmission.ShardOf(d))
            .OfType<(int Index, int Count)>()
            .Where(s => s.Count != job.Shards)
            .GroupBy(s => s.Count)
            .Select(g => $"{g.Count()} of {g.Key} (shard-*-of-{g.Key})")
            .ToList();
        return others.Count == 0 ? null
            : $"Warning: {job.OutputDirectory} holds shard folders of another shard count, {string.Join(" and ", others)}: this array of {job.Shards} "
                + $"runs shard-*-of-{job.Shards} from the start and does not resume them, and a merge takes the shards of one count; to finish the "
                + "earlier run, write the scripts again with its --shards";
    }

    // The design size is only for the warning about idle shards; a design the sweep cannot expand yet is not an error here.
    private static int? PointCount(Experiment experiment)
    {
        try
        {
            return SweepDesign.Points(experiment).Count;
        }
        catch (NotSupportedException)
        {
            return null;
        }
    }
}
