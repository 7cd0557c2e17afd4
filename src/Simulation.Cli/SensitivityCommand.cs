using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Simulation.Application.Sensitivity;
using Simulation.Experiments.Sensitivity;

namespace Simulation.Cli;

/// <summary>Defines <c>regsim sensitivity</c>: parses its arguments into a <see cref="SensitivityRequest"/> and hands it to <see cref="SensitivityService"/>.</summary>
public static class SensitivityCommand
{
    /// <summary>Returns the command, wired to the service provider.</summary>
    public static Command Create(IServiceProvider services)
    {
        var experiment = new Argument<FileInfo?>("experiment") { Description = "Experiment file: its scenario, factors, ranges, replications per point and seed are used", Arity = ArgumentArity.ZeroOrOne };
        experiment.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<FileInfo?>() is { Exists: false } file)
            {
                result.AddError($"Experiment file '{file}' does not exist.");
            }
        });
        var priors = new Option<string?>("--priors") { Description = "Instead of an experiment: screen this scenario's priors (every number with a 'prior'), each varied over its prior" };
        var method = new Option<SensitivityMethod>("--method", "-m") { Description = "morris (screening) or sobol (first-order and total indices)", DefaultValueFactory = _ => SensitivityMethod.Morris };
        var outputs = new Option<string[]>("--output") { Description = "Outputs to analyse: an outcome metric or win_<project>_<region>; repeat for several [default: Gini, Capital Region share, Herfindahl outside it, change in the spread of capacity, and the win of every winner the scenario's record names]", AllowMultipleArgumentsPerToken = true };
        var regime = new Option<string?>("--regime") { Description = "Regime mode analysed [default: the scenario's first, timeline]" };
        var trajectories = new Option<int>("--trajectories") { Description = "Morris trajectories", DefaultValueFactory = _ => 10 };
        var samples = new Option<int>("--base-samples") { Description = "Sobol: Saltelli base samples N (N·(k+2) points)", DefaultValueFactory = _ => 32 };
        var bootstrap = new Option<int>("--bootstrap") { Description = "Bootstrap resamples for the 95 % intervals", DefaultValueFactory = _ => 500 };
        var replications = new Option<int?>("--replications", "-n") { Description = $"With --priors: replications per design point [default: {AnalyseSensitivity.DefaultPriorReplications}]" };
        var seed = new Option<ulong?>("--seed", "-s") { Description = "With --priors: seed of the design, the points' streams and the bootstrap [default: the scenario's]" };
        var threads = CommonOptions.Threads("per point");
        var output = new Option<string?>("--out", "-o") { Description = "Output folder [default: output/<experiment>-<method>/, or output/<scenario>-priors-<method>/]" };
        var markdown = new Option<string?>("--markdown") { Description = "With --priors and morris: also refresh the generated 'sensitivity' block of this Markdown file (docs/VALIDATION.md), keeping the text around it" };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "No progress bar and no table" };
        var format = CommonOptions.Format("The index table (sensitivity)");
        var shard = CommonOptions.Shard("Run only shard I of N (0-based; the design points whose index modulo N is I) into OUT/shard-I-of-N/ and stop; a run without --shard then gathers the shards' points, runs any left and computes the indices");
        foreach (var (option, least) in new[] { (trajectories, 2), (samples, 2), (bootstrap, 0) })
        {
            OptionRules.AtLeast(option, least);
        }
        replications.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int?>() < 1)
            {
                result.AddError("--replications must be at least 1.");
            }
        });
        var command = new Command("sensitivity", "Morris elementary effects or Sobol indices (Saltelli sampling) of chosen outputs over an experiment's factors or a scenario's priors")
        {
            experiment, priors, method, outputs, regime, trajectories, samples, bootstrap, replications, seed, threads, output, markdown, quiet, format, shard,
        };
        command.Validators.Add(result =>
        {
            var fromPriors = result.GetValue(priors) is not null;
            var fromExperiment = result.GetValue(experiment) is not null;
            if (fromPriors && fromExperiment)
            {
                result.AddError("Give an experiment file or --priors SCENARIO, not both.");
            }
            else if (!fromPriors && !fromExperiment)
            {
                result.AddError("Give an experiment file, or --priors SCENARIO to screen a scenario's priors.");
            }
            else if (!fromPriors && (result.GetValue(replications) is not null || result.GetValue(seed) is not null))
            {
                result.AddError("--replications and --seed go with --priors; an experiment file sets its own.");
            }
            else if (result.GetValue(markdown) is not null && (!fromPriors || result.GetValue(method) != SensitivityMethod.Morris))
            {
                result.AddError("--markdown summarises a Morris screening of a scenario's priors: use it with --priors and --method morris.");
            }
            else if (result.GetValue(markdown) is not null && result.GetValue(shard) is not null)
            {
                result.AddError("--markdown goes with the run that gathers the shards, not with --shard.");
            }
        });
        command.SetAction((parse, cancellationToken) => services.GetRequiredService<SensitivityService>().RunAsync(
            new SensitivityRequest(parse.GetValue(experiment)?.ToString(), parse.GetValue(priors), parse.GetValue(method), parse.GetValue(outputs) ?? [], parse.GetValue(regime),
                parse.GetValue(trajectories), parse.GetValue(samples), parse.GetValue(bootstrap), parse.GetValue(replications), parse.GetValue(seed),
                parse.GetValue(threads), parse.GetValue(output), parse.GetValue(markdown), parse.GetValue(format),
                parse.GetValue(shard) is { } text ? Application.ShardSpec.TryParse(text, out _) : null),
            parse.GetValue(quiet), cancellationToken));
        return command;
    }
}
