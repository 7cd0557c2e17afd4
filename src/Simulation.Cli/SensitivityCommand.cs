using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Simulation.Experiments.Outcomes;
using Simulation.Experiments.Sensitivity;

namespace Simulation.Cli;

/// <summary>Defines <c>regsim sensitivity</c>: parses its arguments into a <see cref="SensitivityRequest"/> and hands it to <see cref="SensitivityService"/>.</summary>
public static class SensitivityCommand
{
    /// <summary>Returns the command, wired to the service provider.</summary>
    public static Command Create(IServiceProvider services)
    {
        var experiment = new Argument<FileInfo>("experiment") { Description = "Experiment file: its scenario, factors, ranges, replications per point and seed are used" };
        experiment.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<FileInfo>() is { Exists: false } file)
            {
                result.AddError($"Experiment file '{file}' does not exist.");
            }
        });
        var method = new Option<SensitivityMethod>("--method", "-m") { Description = "morris (screening) or sobol (first-order and total indices)", DefaultValueFactory = _ => SensitivityMethod.Morris };
        var outputs = new Option<string[]>("--output") { Description = "Outputs to analyse: an outcome metric or win_<project>_<region>; repeat for several", AllowMultipleArgumentsPerToken = true, DefaultValueFactory = _ => [OutcomeMetrics.Gini, OutcomeMetrics.RentDissipation, "win_medicalComplex_daegu"] };
        var regime = new Option<string?>("--regime") { Description = "Regime mode analysed [default: the scenario's first, timeline]" };
        var trajectories = new Option<int>("--trajectories") { Description = "Morris trajectories", DefaultValueFactory = _ => 10 };
        var samples = new Option<int>("--base-samples") { Description = "Sobol: Saltelli base samples N (N·(k+2) points)", DefaultValueFactory = _ => 32 };
        var bootstrap = new Option<int>("--bootstrap") { Description = "Bootstrap resamples for the 95 % intervals", DefaultValueFactory = _ => 500 };
        var threads = new Option<int>("--threads", "-t") { Description = "Worker threads per point", DefaultValueFactory = _ => Environment.ProcessorCount };
        var output = new Option<string?>("--out", "-o") { Description = "Output folder [default: output/<experiment>-<method>/]" };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "No progress bar and no table" };
        foreach (var (option, least) in new[] { (trajectories, 2), (samples, 2), (bootstrap, 0), (threads, 1) })
        {
            option.Validators.Add(result =>
            {
                if (result.GetValueOrDefault<int>() < least)
                {
                    result.AddError($"{option.Name} must be at least {least}.");
                }
            });
        }
        var command = new Command("sensitivity", "Morris elementary effects or Sobol indices (Saltelli sampling) of chosen outputs over an experiment's factors")
        {
            experiment, method, outputs, regime, trajectories, samples, bootstrap, threads, output, quiet,
        };
        command.SetAction((parse, cancellationToken) => services.GetRequiredService<SensitivityService>().RunAsync(
            new SensitivityRequest(parse.GetValue(experiment)!.ToString(), parse.GetValue(method), parse.GetValue(outputs)!, parse.GetValue(regime),
                parse.GetValue(trajectories), parse.GetValue(samples), parse.GetValue(bootstrap), parse.GetValue(threads), parse.GetValue(output), parse.GetValue(quiet)),
            cancellationToken));
        return command;
    }
}
