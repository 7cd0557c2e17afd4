using Microsoft.Extensions.Logging;
using Simulation.Application.Batch;
using Simulation.Application.Calibration;
using Simulation.Application.Sensitivity;
using Simulation.Application.Sweeps;
using Simulation.Output;
using Simulation.Output.Batch;

namespace Simulation.Cli;

/// <summary>
/// The host of <c>regsim slurm</c>, <c>regsim slurm calibrate</c> and <c>regsim slurm sensitivity</c>: runs
/// <see cref="WriteSlurmJobs"/> with this process as the regsim the nodes may run, and says what was written, which regsim
/// the scripts call and how to submit them.
/// </summary>
public sealed class SlurmService(WriteSlurmJobs jobs, CommandFailures failures, ILogger<SlurmService> logger, ConsoleStreams console)
{
    // Kept here rather than in LogEvents so this verb can be added without touching the other verbs' files.
    private static readonly EventId ScriptsWritten = new(1200, nameof(ScriptsWritten));

    /// <summary>Writes a sweep's scripts and returns the exit code.</summary>
    public Task<int> WriteScripts(SweepRequest sweep, SlurmRequest slurm) =>
        failures.RunAsync(() => Task.FromResult(Say(jobs.Sweep(sweep, slurm, Running()))));

    /// <summary>Writes a calibration's scripts and returns the exit code.</summary>
    public Task<int> WriteCalibrationScripts(CalibrateRequest calibration, SlurmRequest slurm) =>
        failures.RunAsync(() => Task.FromResult(Say(jobs.Calibration(calibration, slurm, Running()))));

    /// <summary>Writes a sensitivity study's scripts and returns the exit code.</summary>
    public Task<int> WriteSensitivityScripts(SensitivityRequest study, SlurmRequest slurm) =>
        failures.RunAsync(() => Task.FromResult(Say(jobs.Sensitivity(study, slurm, Running()))));

    private int Say(SlurmJobsWritten written)
    {
        var job = written.Job;
        foreach (var warning in written.Warnings)
        {
            console.Error.WriteLine(warning);
        }
        logger.LogInformation(ScriptsWritten, "Wrote {Count} Slurm scripts for {Name} to {Path}, calling {Regsim}", written.Written.Paths.Count, written.Name,
            job.ScriptDirectory, job.Regsim);
        console.Out.WriteLine($"Wrote {string.Join(", ", written.Written.Paths.Select(Path.GetFileName))} to {job.ScriptDirectory}/");
        foreach (var (script, keptAs) in written.Written.Kept)
        {
            console.Out.WriteLine($"  The earlier {Path.GetFileName(script)} differed (edited, or written for other options): kept as {Path.GetFileName(keptAs)}");
        }
        console.Out.WriteLine($"  {CountedNoun.Of(job.Shards, "array task")} × {CountedNoun.Of(job.ThreadsPerTask, "CPU")}{written.Layout}");
        console.Out.WriteLine(job.TimeLimit is { } limit
            ? $"  Time limit of each job: {SlurmTimeLimit.Describe(limit)}"
            : "  Time limit of each job: the partition's (--time sets one)");
        console.Out.WriteLine($"Nodes run: {job.Regsim} ({Why(written.Regsim.Source)})");
        if (UnoptimisedBuild.IsThisOne && written.Regsim.Source is not (ClusterRegsimSource.Option or ClusterRegsimSource.PublishedBinary))
        {
            console.Out.WriteLine($"  Note: this regsim is a Debug build (unoptimised), whose replications run about half as fast; {UnoptimisedBuild.Advice}, then write the scripts again");
        }
        if (written.Regsim.Binary is { } binary)
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

    // This process, as the nodes could run it: the apphost or single-file binary (…/regsim), or the muxer and the dll
    // (`dotnet …/regsim.dll`).
    private static RunningRegsim Running() => new(SelfCommand.Words(), SelfCommand.IsSingleFile, Directory.GetCurrentDirectory(),
        Environment.GetFolderPath(Environment.SpecialFolder.UserProfile));
}
