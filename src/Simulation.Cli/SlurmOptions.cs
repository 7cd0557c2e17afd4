using System.CommandLine;
using Simulation.Application.Batch;
using Simulation.Output;
using Simulation.Output.Batch;

namespace Simulation.Cli;

/// <summary>
/// The cluster options of <c>regsim slurm</c> (<c>--shards</c>, <c>--out</c>, <c>--threads-per-task</c>,
/// <c>--partition</c>, <c>--time</c>, <c>--mem</c>, <c>--regsim</c>, <c>--format</c>), defined once for the sweep and the calibration forms.
/// </summary>
public sealed class SlurmOptions
{
    /// <summary>Creates the options. <paramref name="partitionAlias"/> adds <c>-p</c> for <c>--partition</c>; the
    /// calibration form leaves it out because there <c>-p</c> is <c>--particles</c>, as in <c>regsim calibrate</c>.</summary>
    public SlurmOptions(string outputDescription, string threadsDescription, bool partitionAlias)
    {
        OptionRules.AtLeast(Shards, 1);
        Output = new Option<string?>("--out", "-o") { Description = outputDescription };
        ThreadsPerTask = new Option<int>("--threads-per-task", "-c") { Description = threadsDescription, DefaultValueFactory = _ => 1 };
        OptionRules.AtLeast(ThreadsPerTask, 1);
        OptionRules.AtMost(ThreadsPerTask, CommonOptions.MaxThreads); // each task runs regsim --threads C, which takes no more
        Partition = partitionAlias ? new Option<string?>("--partition", "-p") : new Option<string?>("--partition");
        Partition.Description = "Slurm partition [default: the cluster's default]";
        Time.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<string?>();
            if (value is not null && !SlurmJob.IsTimeLimit(value))
            {
                result.AddError($"--time must be a Slurm time limit such as 02:00:00 or 1-12:00:00 (got '{value}').");
            }
        });
        Memory.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<string?>();
            if (value is not null && !SlurmJob.IsMemory(value))
            {
                result.AddError($"--mem must be an amount of memory such as 4G or 500M, or 0 for all of a node's (got '{value}').");
            }
        });
    }

    /// <summary><c>--shards</c>, <c>-N</c> (required, ≥ 1).</summary>
    public Option<int> Shards { get; } = new("--shards", "-N") { Description = "Number of shards: one array task each", Required = true };

    /// <summary><c>--out</c>, <c>-o</c>.</summary>
    public Option<string?> Output { get; }

    /// <summary><c>--threads-per-task</c>, <c>-c</c> [default: 1].</summary>
    public Option<int> ThreadsPerTask { get; }

    /// <summary><c>--partition</c>.</summary>
    public Option<string?> Partition { get; }

    /// <summary><c>--time</c>.</summary>
    public Option<string?> Time { get; } = new("--time") { Description = "Time limit of each job, HH:MM:SS or D-HH:MM:SS [default: the partition's]" };

    /// <summary><c>--mem</c>.</summary>
    public Option<string?> Memory { get; } = new("--mem")
    {
        Description = "Memory each job asks for, such as 2G (a run of 10^6 replications peaks at about 150 MB), or 0 for all of a node's [default: the partition's]",
    };

    /// <summary><c>--regsim</c>.</summary>
    public Option<string?> Regsim { get; } = new("--regsim")
    {
        Description = "Command that runs regsim on the compute nodes, as shell text; a path in its first word must exist here and is made absolute "
            + $"[default: this regsim if it is a self-contained binary, else the nearest {ClusterRegsim.PublishedPath} above the working folder or this regsim, else this regsim by absolute path]",
    };

    /// <summary><c>--format</c>, passed on to the jobs.</summary>
    public Option<OutputFormat> Format { get; } = CommonOptions.Format("Tables the jobs write", "passed on to every job");

    /// <summary>Adds the options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { Shards, Output, ThreadsPerTask, Partition, Time, Memory, Regsim, Format })
        {
            command.Add(option);
        }
    }

    /// <summary>Returns the request these options parsed to.</summary>
    public SlurmRequest Request(ParseResult parse) =>
        new(parse.GetValue(Shards), parse.GetValue(Output), parse.GetValue(ThreadsPerTask), parse.GetValue(Partition), parse.GetValue(Time), parse.GetValue(Regsim),
            parse.GetValue(Format), parse.GetValue(Memory));
}
