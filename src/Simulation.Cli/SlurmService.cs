using Microsoft.Extensions.Logging;
using Simulation.Application;
using Simulation.Application.Batch;
using Simulation.Application.Calibration;
using Simulation.Application.Sensitivity;
using Simulation.Application.Sweeps;
using Simulation.Experiments;
using Simulation.Experiments.Calibration;
using Simulation.Experiments.Scenarios;
using Simulation.Experiments.Sensitivity;
using Simulation.Experiments.Sweeps;
using Simulation.Output;
using Simulation.Output.Batch;
using Simulation.Output.Validation;

namespace Simulation.Cli;

/// <summary>
/// The application service behind <c>regsim slurm</c>, <c>regsim slurm calibrate</c> and <c>regsim slurm sensitivity</c>: checks the experiment or the
/// scenario, fills in absolute paths and the regsim the nodes run (chosen by <see cref="ClusterRegsim.Choose"/>), writes
/// the scripts rendered by <see cref="SlurmJobScripts"/> into <c>DIR/slurm/</c>, and says which regsim they call.
/// </summary>
public sealed class SlurmService(CommandFailures failures, ILogger<SlurmService> logger, ConsoleStreams console)
{
    // Kept here rather than in LogEvents so this verb can be added without touching the other verbs' files.
    private static readonly EventId ScriptsWritten = new(1200, nameof(ScriptsWritten));

    /// <summary>
    /// Writes <c>sweep.sbatch</c>, <c>merge.sbatch</c> and <c>submit.sh</c> and returns the exit code.
    /// </summary>
    /// <param name="sweep">The sweep: its experiment is loaded and checked first, so a broken experiment fails here rather
    /// than in every array task. Its options that decide the rows (<c>--replications</c>) are passed to every task; the
    /// experiment path is made absolute, and a null output folder means <c>output/&lt;experiment-name&gt;/</c> (or
    /// <c>-nN</c> after it) as <c>regsim sweep</c> uses.</param>
    /// <param name="slurm">Shards, threads and placement; its output folder is the sweep's. Paths are made absolute.</param>
    public Task<int> WriteScripts(SweepRequest sweep, SlurmRequest slurm) => failures.RunAsync(() =>
    {
        var experiment = SweepExperiment.Load(sweep);
        var request = sweep with { ExperimentPath = Path.GetFullPath(sweep.ExperimentPath) };
        var folder = Absolute(SweepExperiment.Folder(request, experiment));
        SweepExperiment.CheckFolder(experiment, folder, slurm.Shards, slurm.Format); // a folder of another sweep would fail every task after it had started
        var regsim = NodeRegsim(slurm);
        var job = Job(SlurmJobKind.Sweep, [.. request.ResultArguments(), .. slurm.FormatArguments], folder, slurm, regsim, SlurmJob.JobNameFor(experiment.Name));
        var points = PointCount(experiment);
        var idle = points is { } p && slurm.Shards > p
            ? $"Warning: {slurm.Shards} shards for {p} design points; {slurm.Shards - p} array tasks will have no point to run."
            : null;
        var replications = request.Replications is { } n ? $" × {n} replications (--replications)" : string.Empty;
        return Task.FromResult(Write(job, regsim, experiment.Name, idle, (points is null ? "" : $" for {points} design points{replications}")
            + $"; shards in {folder}/shard-I-of-{slurm.Shards}/, merged into {folder}/sweep.csv"
            + (slurm.Format == Output.OutputFormat.Csv ? string.Empty : $", their Parquet parts in {folder}/sweep.parquet/")));
    });

    /// <summary>
    /// Writes <c>calibrate.sbatch</c>, <c>gather.sbatch</c> and <c>submit.sh</c> and returns the exit code.
    /// </summary>
    /// <param name="calibration">The calibration: its scenario is loaded and its priors found first, so a scenario that
    /// cannot be calibrated fails here rather than in every array task. Its options that change the results are passed to
    /// every job; the scenario and Markdown paths are made absolute, and a null output folder means
    /// <c>output/&lt;scenario-name&gt;-calibration/</c> as <c>regsim calibrate</c> uses.</param>
    /// <param name="slurm">Shards, threads and placement; its output folder is the calibration's.</param>
    public Task<int> WriteCalibrationScripts(CalibrateRequest calibration, SlurmRequest slurm) => failures.RunAsync(() =>
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
            MarkdownSection.RefuseUnwritable(block); // the gathering job writes it, after every task had run
        }
        CalibrateScenario.CheckResumable(request, loaded, recordCalibration, folder); // particles of other settings every task would refuse
        var regsim = NodeRegsim(slurm);
        var job = Job(SlurmJobKind.Calibration, [.. request.ResultArguments(), .. slurm.FormatArguments], folder, slurm, regsim, SlurmJob.JobNameFor($"{loaded.Model.Name}-calibration"));
        var idle = slurm.Shards > request.Particles
            ? $"Warning: {slurm.Shards} shards for {request.Particles} particles; {slurm.Shards - request.Particles} array tasks will have no particle to run."
            : null;
        return Task.FromResult(Write(job, regsim, loaded.Model.Name, idle,
            $" for {request.Particles} particles; shards in {folder}/shard-I-of-{slurm.Shards}/, gathered and finished in {folder}/"));
    });

    /// <summary>
    /// Writes <c>sensitivity.sbatch</c>, <c>gather.sbatch</c> and <c>submit.sh</c> and returns the exit code.
    /// </summary>
    /// <param name="study">The sensitivity study: its experiment (or scenario's priors), outputs and regime mode are checked
    /// first, so a study that cannot run fails here rather than in every array task. Its options that change the results
    /// are passed to every job; the input and Markdown paths are made absolute, and a null output folder means the folder
    /// <c>regsim sensitivity</c> uses.</param>
    /// <param name="slurm">Shards, threads and placement; its output folder is the study's.</param>
    public Task<int> WriteSensitivityScripts(SensitivityRequest study, SlurmRequest slurm) => failures.RunAsync(() =>
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
            MarkdownSection.RefuseUnwritable(block); // the gathering job writes it, after every task had run
        }
        var folder = Absolute(plan.Folder);
        var regsim = NodeRegsim(slurm);
        var name = $"{plan.Experiment.Name}-{SensitivityIndexes.Name(request.Method)}";
        var job = Job(SlurmJobKind.Sensitivity, [.. request.ResultArguments(), .. slurm.FormatArguments], folder, slurm, regsim, SlurmJob.JobNameFor(name));
        var idle = slurm.Shards > plan.Points
            ? $"Warning: {slurm.Shards} shards for {plan.Points} design points; {slurm.Shards - plan.Points} array tasks will have no point to run."
            : null;
        return Task.FromResult(Write(job, regsim, name, idle,
            $" for {plan.Points} design points; shards in {folder}/shard-I-of-{slurm.Shards}/, gathered and the indices computed in {folder}/"));
    });

    private static string Absolute(string folder) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));

    private static SlurmJob Job(SlurmJobKind kind, IReadOnlyList<string> arguments, string folder, SlurmRequest slurm, ClusterRegsim regsim, string jobName) =>
        new(kind, regsim.Command, arguments, folder, slurm.Shards, slurm.ThreadsPerTask, slurm.Partition, slurm.TimeLimit, jobName);

    // Checks the job, then writes its scripts; nothing is written when a check fails. `layout` ends the summary line.
    private int Write(SlurmJob job, ClusterRegsim regsim, string name, string? warning, string layout)
    {
        if (job.Problems() is { Count: > 0 } problems)
        {
            throw new InputConflictException(string.Join(Environment.NewLine, problems));
        }
        foreach (var note in new[] { warning, job.ArraySizeWarning() })
        {
            if (note is not null)
            {
                console.Error.WriteLine(note);
            }
        }
        if (regsim.OlderThanRunning)
        {
            console.Error.WriteLine($"Warning: {regsim.Binary} is older than this regsim's build, so the nodes may run older code; publish it again with: {ClusterRegsim.PublishCommand}");
        }
        var written = ResultsNotWrittenException.Guard(job.ScriptDirectory, () => SlurmJobScripts.Render(job).WriteTo(job.ScriptDirectory));
        logger.LogInformation(ScriptsWritten, "Wrote {Count} Slurm scripts for {Name} to {Path}, calling {Regsim}", written.Paths.Count, name, job.ScriptDirectory, job.Regsim);
        console.Out.WriteLine($"Wrote {string.Join(", ", written.Paths.Select(Path.GetFileName))} to {job.ScriptDirectory}/");
        foreach (var (script, keptAs) in written.Kept)
        {
            console.Out.WriteLine($"  The earlier {Path.GetFileName(script)} differed (edited, or written for other options): kept as {Path.GetFileName(keptAs)}");
        }
        console.Out.WriteLine($"  {CountedNoun.Of(job.Shards, "array task")} × {CountedNoun.Of(job.ThreadsPerTask, "CPU")}{layout}");
        console.Out.WriteLine($"Nodes run: {job.Regsim} ({Why(regsim.Source)})");
        if (regsim.Binary is { } binary)
        {
            console.Out.WriteLine($"  To a cluster that does not see this path: scp {Shell.Quote(binary)} CLUSTER:~/bin/, then run ~/bin/regsim slurm there (or pass --regsim ~/bin/regsim)");
        }
        console.Out.WriteLine($"Submit with: {Shell.Quote(Path.Combine(job.ScriptDirectory, SlurmJobScripts.SubmitFileName))}");
        return ExitCodes.Ok;
    }

    private static string Why(ClusterRegsimSource source) => source switch
    {
        ClusterRegsimSource.Option => "--regsim",
        ClusterRegsimSource.RunningBinary => "this regsim, a self-contained binary: the nodes need no .NET",
        ClusterRegsimSource.PublishedBinary => $"the self-contained binary of {ClusterRegsim.PublishedPath}: the nodes need no .NET",
        _ => $"this regsim, which needs .NET 10 on every node; without it, publish a self-contained binary with `{ClusterRegsim.PublishCommand}` and write the scripts again",
    };

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

    // The regsim the nodes run, chosen from --regsim and this process: the apphost or single-file binary (…/regsim), or
    // the muxer and the dll (`dotnet …/regsim.dll`).
    private static ClusterRegsim NodeRegsim(SlurmRequest slurm) => ClusterRegsim.Choose(slurm.Regsim,
        new RunningRegsim(SelfCommand.Words(), SelfCommand.IsSingleFile, Directory.GetCurrentDirectory(), Environment.GetFolderPath(Environment.SpecialFolder.UserProfile)));
}
