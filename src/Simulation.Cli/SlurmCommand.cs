using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Simulation.Output.Batch;

namespace Simulation.Cli;

/// <summary>
/// Defines <c>regsim slurm</c>: writes the Slurm scripts that run an experiment's sweep as a job array of shards and
/// merge the shards afterwards, without submitting anything, so the scripts can be read (or edited) first.
/// </summary>
public static class SlurmCommand
{
    /// <summary>
    /// Returns the command, wired to <see cref="SlurmService"/>. Options: <c>--shards N</c> (required, ≥ 1),
    /// <c>--out DIR</c> [default: output/&lt;experiment-name&gt;/], <c>--threads-per-task C</c> [default: 1],
    /// <c>--partition P</c> and <c>--time HH:MM:SS</c> [default: the cluster's], <c>--regsim COMMAND</c> [default: the
    /// regsim now running, by absolute path].
    /// </summary>
    public static Command Create(IServiceProvider services)
    {
        var experiment = new Argument<FileInfo>("experiment") { Description = "Experiment file, for example scenarios/experiments/lee-weights.json" };
        experiment.Validators.Add(result =>
        {
            var file = result.GetValueOrDefault<FileInfo>();
            if (file is not null && !file.Exists)
            {
                result.AddError($"Experiment file '{file}' does not exist.");
            }
        });
        var shards = new Option<int>("--shards", "-N") { Description = "Number of shards: one array task each", Required = true };
        shards.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
            {
                result.AddError($"--shards must be at least 1 (got {result.GetValueOrDefault<int>()}).");
            }
        });
        var output = new Option<string?>("--out", "-o")
        {
            Description = "Sweep folder: shards go to shard-I-of-N/ in it, the merged sweep.csv into it, the scripts to slurm/ [default: output/<experiment-name>/]",
        };
        var threads = new Option<int>("--threads-per-task", "-c")
        {
            Description = "CPUs each array task asks for and sweep threads it runs",
            DefaultValueFactory = _ => 1,
        };
        threads.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
            {
                result.AddError("--threads-per-task must be at least 1.");
            }
        });
        var partition = new Option<string?>("--partition", "-p") { Description = "Slurm partition [default: the cluster's default]" };
        var time = new Option<string?>("--time") { Description = "Time limit of each job, HH:MM:SS or D-HH:MM:SS [default: the partition's]" };
        time.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<string?>();
            if (value is not null && !SlurmJob.IsTimeLimit(value))
            {
                result.AddError($"--time must be a Slurm time limit such as 02:00:00 or 1-12:00:00 (got '{value}').");
            }
        });
        var regsim = new Option<string?>("--regsim")
        {
            Description = "Command that runs regsim on the compute nodes, as shell text [default: the regsim now running, by absolute path]",
        };

        var command = new Command("slurm", "Write Slurm scripts that run an experiment's sweep as a job array of shards, then merge them")
        {
            experiment, shards, output, threads, partition, time, regsim,
        };
        command.SetAction(parse => services.GetRequiredService<SlurmService>().WriteScripts(
            parse.GetValue(experiment)!.FullName,
            parse.GetValue(shards),
            parse.GetValue(output),
            parse.GetValue(threads),
            parse.GetValue(partition),
            parse.GetValue(time),
            parse.GetValue(regsim)));
        return command;
    }
}
