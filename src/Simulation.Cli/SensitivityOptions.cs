using System.CommandLine;
using System.CommandLine.Parsing;
using Simulation.Application;
using Simulation.Application.Sensitivity;
using Simulation.Experiments;
using Simulation.Experiments.Sensitivity;
using Simulation.Output;

namespace Simulation.Cli;

/// <summary>
/// The experiment argument and the options of <c>regsim sensitivity</c> that decide the study and its results, defined once
/// for <c>regsim sensitivity</c> and <c>regsim slurm sensitivity</c>, so an option added here reaches both commands (and
/// <see cref="SensitivityRequest.ResultArguments"/> passes it on to the Slurm jobs).
/// </summary>
public sealed class SensitivityOptions
{
    /// <summary>Creates the argument and options, with their defaults and validators.</summary>
    public SensitivityOptions()
    {
        FileRules.MustExist(Experiment, "Experiment file");
        FileRules.MustExist(Priors, "Scenario file");
        foreach (var (option, least) in new[] { (Trajectories, 2), (BaseSamples, 2), (Bootstrap, 0) })
        {
            OptionRules.AtLeast(option, least);
        }
        OptionRules.AtLeast(Replications, 1);
        OptionRules.Check(Bootstrap, value => value is > 0 and < MinimumBootstrap
            ? $"--bootstrap must be 0 (no intervals) or at least {MinimumBootstrap} resamples (got {value}): fewer cannot place a 95 % interval." : null);
    }

    /// <summary>Fewest bootstrap resamples that give an interval: with fewer, the 2.5th and 97.5th percentiles fall on the
    /// same few resamples and the "interval" may not even hold the estimate.</summary>
    public const int MinimumBootstrap = 20;

    /// <summary>The experiment whose factors are studied (or none, with <see cref="Priors"/>).</summary>
    public Argument<FileInfo?> Experiment { get; } = new("experiment")
    {
        Description = "Experiment file: its scenario, factors, ranges, replications per point and seed are used",
        Arity = ArgumentArity.ZeroOrOne,
    };

    /// <summary><c>--priors</c>.</summary>
    public Option<string?> Priors { get; } = new("--priors") { Description = "Instead of an experiment: screen this scenario's priors (every number with a 'prior'), each varied over its prior" };

    /// <summary><c>--method</c>, <c>-m</c>.</summary>
    public Option<SensitivityMethod> Method { get; } =
        CommonOptions.Choice("--method", ["-m"], "morris (screening) or sobol (first-order and total indices)", SensitivityMethod.Morris);

    /// <summary><c>--output</c>, repeatable.</summary>
    public Option<string[]> Outputs { get; } = new("--output")
    {
        Description = "Outputs to analyse: an outcome metric or win_<project>_<region>; repeat for several [default: Gini, Capital Region share, Herfindahl outside it, change in the spread of capacity, and the win of every winner the scenario's record names as its source does ('named', by default all its winners)]",
        AllowMultipleArgumentsPerToken = true,
    };

    /// <summary><c>--regime</c>.</summary>
    public Option<string?> Regime { get; } = new("--regime") { Description = "Regime mode analysed [default: the scenario's first, timeline]" };

    /// <summary><c>--trajectories</c>.</summary>
    public Option<int> Trajectories { get; } = new("--trajectories") { Description = "Morris trajectories (at least 2)", DefaultValueFactory = _ => 10 };

    /// <summary><c>--base-samples</c>.</summary>
    public Option<int> BaseSamples { get; } = new("--base-samples") { Description = "Sobol: Saltelli base samples N (N·(k+2) points; at least 2)", DefaultValueFactory = _ => 32 };

    /// <summary><c>--bootstrap</c>.</summary>
    public Option<int> Bootstrap { get; } = new("--bootstrap") { Description = "Bootstrap resamples for the 95 % intervals (0: no intervals, their columns left empty)", DefaultValueFactory = _ => 500 };

    /// <summary><c>--replications</c>, <c>-n</c>.</summary>
    public Option<int?> Replications { get; } = new("--replications", "-n")
    {
        Description = $"Replications per design point: with --priors [default: {AnalyseSensitivity.DefaultPriorReplications}]; with an experiment, in place of its "
            + "replicationsPerPoint (its default folder is then output/<experiment>-<method>-nN/)",
    };

    /// <summary><c>--seed</c>, <c>-s</c> (with <c>--priors</c>).</summary>
    public Option<ulong?> Seed { get; } = new("--seed", "-s") { Description = "With --priors: seed of the design, the points' streams and the bootstrap [default: the scenario's]" };

    /// <summary><c>--markdown</c>.</summary>
    public Option<string?> Markdown { get; } = new("--markdown") { Description = "With --priors and morris: also refresh the generated 'sensitivity' block of this Markdown file (docs/VALIDATION.md), keeping the text around it; a file without the block gets it at its end, and a missing file is created" };

    /// <summary>Adds the argument and options to <paramref name="command"/>, with the checks that combine them.</summary>
    public void AddTo(Command command)
    {
        command.Add(Experiment);
        foreach (var option in new Option[] { Priors, Method, Outputs, Regime, Trajectories, BaseSamples, Bootstrap, Replications, Seed, Markdown })
        {
            command.Add(option);
        }
        command.Validators.Add(result =>
        {
            var fromPriors = result.GetValue(Priors) is not null;
            var fromExperiment = result.GetValue(Experiment) is not null;
            if (fromPriors && fromExperiment)
            {
                result.AddError("Give an experiment file or --priors SCENARIO, not both.");
            }
            else if (!fromPriors && !fromExperiment)
            {
                result.AddError("Give an experiment file, or --priors SCENARIO to screen a scenario's priors.");
            }
            // Whether given, not their values: a value that is not a number is refused by its own option.
            else if (!fromPriors && result.GetResult(Seed) is not null)
            {
                result.AddError("--seed goes with --priors; an experiment file sets its own.");
            }
            else if (result.GetValue(Markdown) is not null && (!fromPriors || !IsMorris(result)))
            {
                result.AddError("--markdown summarises a Morris screening of a scenario's priors: use it with --priors and --method morris.");
            }
            // An option the chosen method does not read would be ignored without a word, and a reader of the command would
            // think it had been used.
            else if (IsMorris(result) && result.GetResult(BaseSamples) is { Implicit: false })
            {
                result.AddError("--base-samples sets a Sobol study's design, which --method morris does not use: give --trajectories for Morris, or --method sobol.");
            }
            else if (!IsMorris(result) && result.GetResult(Trajectories) is { Implicit: false })
            {
                result.AddError("--trajectories sets a Morris screening's design, which --method sobol does not use: give --base-samples for Sobol, or --method morris.");
            }
        });
    }

    // A --method that names no method is refused by the option itself; here it only must not be read.
    private bool IsMorris(CommandResult result) =>
        result.GetResult(Method) is not { Tokens: [.., var token] } || Enum.TryParse<SensitivityMethod>(token.Value, ignoreCase: true, out _)
            ? result.GetValue(Method) == SensitivityMethod.Morris
            : true;

    /// <summary>Returns the request the parsed options describe, run with <paramref name="threads"/> threads per point into
    /// <paramref name="outputDirectory"/> (null for the default), whole or as <paramref name="shard"/>.</summary>
    public SensitivityRequest Request(ParseResult parse, int threads, string? outputDirectory, ShardSpec? shard, OutputFormat format = OutputFormat.Csv) =>
        new(parse.GetValue(Experiment)?.ToString(), parse.GetValue(Priors), parse.GetValue(Method), parse.GetValue(Outputs) ?? [], parse.GetValue(Regime),
            parse.GetValue(Trajectories), parse.GetValue(BaseSamples), parse.GetValue(Bootstrap), parse.GetValue(Replications), parse.GetValue(Seed),
            threads, outputDirectory, parse.GetValue(Markdown), format, shard);
}
