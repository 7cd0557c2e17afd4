using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Simulation.Application;
using Simulation.Experiments;

namespace Simulation.Cli;

/// <summary>Defines <c>regsim sensitivity</c>: parses its arguments into a <see cref="Application.Sensitivity.SensitivityRequest"/>
/// and hands it to <see cref="SensitivityService"/>.</summary>
public static class SensitivityCommand
{
    /// <summary>Returns the command, wired to the service provider.</summary>
    public static Command Create(IServiceProvider services)
    {
        var study = new SensitivityOptions();
        var threads = CommonOptions.Threads("per point");
        var output = new Option<string?>("--out", "-o") { Description = "Output folder; it keeps the design points as they finish (sweep.csv), so running the same command again resumes [default: output/<experiment>-<method>/, or output/<scenario>-priors-<method>/]" };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "No progress bar and no table" };
        var format = CommonOptions.Format("The index table (sensitivity)");
        var shard = CommonOptions.Shard("Run only shard I of N (0-based; the design points whose index modulo N is I) into OUT/shard-I-of-N/ (into OUT itself when OUT already ends in shard-I-of-N) and stop (--markdown is left to the gather); a run without --shard then gathers the shards' points, runs any left and computes the indices");
        var command = new Command("sensitivity", "Morris elementary effects or Sobol indices (Saltelli sampling) of chosen outputs over an experiment's factors, or, with --priors SCENARIO in place of the experiment, over a scenario's priors");
        study.AddTo(command);
        foreach (var option in new Option[] { threads, output, quiet, format, shard })
        {
            command.Add(option);
        }
        command.SetAction((parse, cancellationToken) => services.GetRequiredService<SensitivityService>().RunAsync(
            study.Request(parse, parse.GetValue(threads), parse.GetValue(output), parse.GetValue(shard) is { } text ? ShardSpec.TryParse(text, out _) : null,
                parse.GetValue(format)),
            parse.GetValue(quiet), cancellationToken));
        return command;
    }
}
