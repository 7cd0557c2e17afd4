using System.CommandLine;
using Simulation.Application;
using Simulation.Application.Sweeps;
using Simulation.Experiments;
using Simulation.Output;

namespace Simulation.Cli;

/// <summary>
/// The experiment argument and the options of <c>regsim sweep</c> that decide its rows, defined once for <c>regsim sweep</c>
/// and <c>regsim slurm</c>, so an option added here reaches both commands (and <see cref="SweepRequest.ResultArguments"/>
/// passes it on to the Slurm jobs), as <see cref="CalibrationOptions"/> and <see cref="SensitivityOptions"/> do for theirs.
/// </summary>
public sealed class SweepOptions
{
    /// <summary>Creates the argument and options, with their checks.</summary>
    public SweepOptions()
    {
        FileRules.MustExist(Experiment, "Experiment file");
        OptionRules.AtLeast(Replications, 1);
    }

    /// <summary>The experiment whose design points are run.</summary>
    public Argument<FileInfo> Experiment { get; } = new("experiment") { Description = "Experiment file, for example scenarios/experiments/lee-weights.json" };

    /// <summary><c>--replications</c>, <c>-n</c> [default: the experiment's <c>replicationsPerPoint</c>].</summary>
    public Option<int?> Replications { get; } = new("--replications", "-n")
    {
        Description = "Replications per point in place of the experiment's (a quick trial, or a longer run); its default folder is output/<experiment>-nN/ "
            + "[default: the experiment's replicationsPerPoint]",
    };

    /// <summary>Adds the argument and options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        command.Add(Experiment);
        command.Add(Replications);
    }

    /// <summary>Returns the request the parsed options describe, run with <paramref name="threads"/> threads per point into
    /// <paramref name="outputDirectory"/> (null for the default), whole or as <paramref name="shard"/>.</summary>
    public SweepRequest Request(ParseResult parse, string? outputDirectory, int threads, ShardSpec? shard, OutputFormat format) =>
        new(parse.GetValue(Experiment)!.ToString(), outputDirectory, threads, shard, format, parse.GetValue(Replications));
}
