using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Simulation.Application.Runs;

namespace Simulation.Cli;

/// <summary>Defines <c>regsim run</c>: parses its arguments into a <see cref="RunRequest"/> and hands it to <see cref="RunService"/>.</summary>
public static class RunCommand
{
    /// <summary>Returns the command, wired to the service provider.</summary>
    public static Command Create(IServiceProvider services)
    {
        var scenario = new Argument<FileInfo>("scenario") { Description = "Scenario file, for example scenarios/baseline.json" };
        FileRules.MustExist(scenario, "Scenario file");
        var replications = new Option<int?>("--replications", "-n") { Description = "Number of replications [default: the scenario's]" };
        OptionRules.AtLeast(replications, 1);
        var seed = new Option<ulong?>("--seed", "-s") { Description = "Master seed [default: the scenario's]" };
        var threads = CommonOptions.Threads();
        var output = new Option<string?>("--out", "-o") { Description = "Output folder [default: output/<scenario-name>/]" };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "No progress bar and no winners table" };
        var noOutcomes = new Option<bool>("--no-outcomes")
        {
            Description = "Do not write outcomes.csv (one row per replication and regime mode), for very long runs [default: write it]",
        };

        var format = CommonOptions.Format("Tables (outcomes, summary, win probabilities)");
        var command = new Command("run", "Run a scenario's Monte Carlo replications and write CSV files, plots and a manifest")
        {
            scenario, replications, seed, threads, output, quiet, noOutcomes, format,
        };
        command.SetAction((parse, cancellationToken) =>
        {
            var request = new RunRequest(
                parse.GetValue(scenario)!.ToString(),
                parse.GetValue(replications),
                parse.GetValue(seed),
                parse.GetValue(threads),
                parse.GetValue(output),
                parse.GetValue(noOutcomes),
                parse.GetValue(format));
            return services.GetRequiredService<RunService>().RunAsync(request, parse.GetValue(quiet), cancellationToken);
        });
        return command;
    }
}
