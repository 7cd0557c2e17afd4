using System.Reflection;
using Microsoft.Extensions.Logging;
using Simulation.Experiments.Scenarios;
using Simulation.Experiments.Sweeps;
using Simulation.Output.Batch;

namespace Simulation.Cli;

/// <summary>
/// The application service behind <c>regsim slurm</c>: checks the experiment, fills in absolute paths and the regsim
/// command, and writes the scripts rendered by <see cref="SlurmJobScripts"/> into <c>DIR/slurm/</c>.
/// </summary>
public sealed class SlurmService(ILogger<SlurmService> logger, ConsoleStreams console)
{
    // Kept here rather than in LogEvents so this verb can be added without touching the other verbs' files.
    private static readonly EventId ScriptsWritten = new(1200, nameof(ScriptsWritten));
    private static readonly EventId ScriptsRejected = new(1201, nameof(ScriptsRejected));
    private static readonly EventId ScriptsFailed = new(1202, nameof(ScriptsFailed));

    /// <summary>
    /// Writes <c>sweep.sbatch</c>, <c>merge.sbatch</c> and <c>submit.sh</c> and returns the exit code.
    /// </summary>
    /// <param name="experimentPath">The experiment file; it is loaded and checked first, so a broken experiment fails
    /// here rather than in every array task.</param>
    /// <param name="shards">Number of shards (≥ 1).</param>
    /// <param name="outputDirectory">The sweep folder, or null for <c>output/&lt;experiment-name&gt;/</c> as
    /// <c>regsim sweep</c> uses; made absolute.</param>
    /// <param name="threadsPerTask">CPUs and sweep threads per array task (≥ 1).</param>
    /// <param name="partition">Slurm partition, or null for the default.</param>
    /// <param name="timeLimit">Time limit of each job, or null for the partition's.</param>
    /// <param name="regsim">Shell text that runs regsim on the nodes, or null for the command running now.</param>
    public int WriteScripts(string experimentPath, int shards, string? outputDirectory, int threadsPerTask, string? partition, string? timeLimit, string? regsim)
    {
        Experiment experiment;
        try
        {
            experiment = ExperimentLoader.Load(experimentPath);
        }
        catch (ScenarioException e)
        {
            logger.LogError(ScriptsRejected, "Experiment rejected: {Problems}", string.Join("; ", e.Problems));
            console.Error.WriteLine(e.Message);
            return ExitCodes.InvalidScenario;
        }

        var folder = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputDirectory ?? Path.Combine("output", experiment.Name)));
        var job = new SlurmJob(
            regsim ?? CurrentCommand(),
            Path.GetFullPath(experimentPath),
            folder,
            shards,
            threadsPerTask,
            partition,
            timeLimit,
            SlurmJob.JobNameFor(experiment.Name));
        var problems = job.Problems();
        if (problems.Count > 0)
        {
            logger.LogError(ScriptsRejected, "Slurm scripts not written: {Problems}", string.Join(" ", problems));
            foreach (var problem in problems)
            {
                console.Error.WriteLine(problem);
            }
            return ExitCodes.InvalidArguments;
        }
        var points = PointCount(experiment);
        if (points is { } p && shards > p)
        {
            console.Error.WriteLine($"Warning: {shards} shards for {p} design points; {shards - p} array tasks will have no point to run.");
        }

        try
        {
            var written = SlurmJobScripts.Render(job).WriteTo(job.ScriptDirectory);
            logger.LogInformation(ScriptsWritten, "Wrote {Count} Slurm scripts for {Experiment} to {Path}", written.Count, experiment.Name, job.ScriptDirectory);
            console.Out.WriteLine($"Wrote {string.Join(", ", written.Select(Path.GetFileName))} to {job.ScriptDirectory}/");
            console.Out.WriteLine($"  {shards} array tasks × {threadsPerTask} CPU{(threadsPerTask == 1 ? "" : "s")}" +
                (points is null ? "" : $" for {points} design points") + $"; shards in {folder}/shard-I-of-{shards}/, merged into {folder}/sweep.csv");
            console.Out.WriteLine($"Submit with: {Shell.Quote(Path.Combine(job.ScriptDirectory, SlurmJobScripts.SubmitFileName))}");
            return ExitCodes.Ok;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            logger.LogError(ScriptsFailed, e, "Writing Slurm scripts to {Path} failed", job.ScriptDirectory);
            console.Error.WriteLine($"Failed to write the Slurm scripts to '{job.ScriptDirectory}': {e.Message}");
            return ExitCodes.Failed;
        }
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

    // The command running now, by absolute path: the apphost (…/regsim), or the muxer and the dll (`dotnet …/regsim.dll`).
    private static string CurrentCommand()
    {
        var process = Environment.ProcessPath;
        var assembly = Assembly.GetEntryAssembly()?.Location;
        if (string.IsNullOrEmpty(process))
        {
            return string.IsNullOrEmpty(assembly) ? "regsim" : Shell.Join(["dotnet", assembly]);
        }
        return Path.GetFileNameWithoutExtension(process).Equals("dotnet", StringComparison.OrdinalIgnoreCase) && !string.IsNullOrEmpty(assembly)
            ? Shell.Join([process, assembly])
            : Shell.Quote(process);
    }
}
