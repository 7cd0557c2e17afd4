using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Simulation.Application.Comparison;

namespace Simulation.Cli;

/// <summary>Defines <c>regsim compare</c>: parses its arguments into a <see cref="CompareRequest"/> and hands it to <see cref="CompareService"/>.</summary>
public static class CompareCommand
{
    /// <summary>Returns the command, wired to the service provider.</summary>
    public static Command Create(IServiceProvider services)
    {
        var a = new Argument<FileInfo>("a") { Description = "Scenario A, for example scenarios/roh-only.json" };
        var b = new Argument<FileInfo>("b") { Description = "Scenario B, for example scenarios/lee-only.json" };
        FileRules.MustExist(a, "Scenario file");
        FileRules.MustExist(b, "Scenario file");
        var replications = new Option<int?>("--replications", "-n") { Description = "Replication pairs [default: the larger of the scenarios' own numbers]" };
        OptionRules.AtLeast(replications, 1);
        var seed = new Option<ulong?>("--seed", "-s") { Description = "Master seed, shared by both scenarios [default: scenario A's]" };
        var threads = CommonOptions.Threads();
        var output = new Option<string?>("--out", "-o") { Description = "Output folder [default: output/compare-<A>-vs-<B>/]" };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "No progress bar and no tables" };
        var format = CommonOptions.Format("Tables (comparison, parameters)");
        var command = new Command("compare", "Compare two scenarios on common random numbers: what differs, and every outcome's difference with its interval")
        {
            a, b, replications, seed, threads, output, quiet, format,
        };
        command.SetAction((parse, cancellationToken) => services.GetRequiredService<CompareService>().RunAsync(
            new CompareRequest(parse.GetValue(a)!.ToString(), parse.GetValue(b)!.ToString(), parse.GetValue(replications), parse.GetValue(seed),
                parse.GetValue(threads), parse.GetValue(output), parse.GetValue(format)),
            parse.GetValue(quiet), cancellationToken));
        return command;
    }
}
