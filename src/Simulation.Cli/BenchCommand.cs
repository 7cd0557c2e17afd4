using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Simulation.Application.Bench;
using Simulation.Experiments.Benchmarks;

namespace Simulation.Cli;

/// <summary>Defines <c>regsim bench</c>: parses its arguments into a <see cref="BenchRequest"/> and hands it to
/// <see cref="BenchService"/>.</summary>
public static class BenchCommand
{
    /// <summary>Returns the command, wired to the service provider.</summary>
    public static Command Create(IServiceProvider services)
    {
        var scenario = new Option<FileInfo>("--scenario")
        {
            Description = "Scenario to measure",
            DefaultValueFactory = _ => new FileInfo(Path.Combine("scenarios", "baseline.json")),
        };
        FileRules.MustExist(scenario, "Scenario file");
        var replications = new Option<int>("--replications", "-n")
        {
            Description = "Replications per speed measurement",
            DefaultValueFactory = _ => 20_000,
        };
        OptionRules.AtLeast(replications, 1);
        var sweepPoints = new Option<int>("--sweep-points")
        {
            Description = $"Design points to run for the design-point rate, each of {SpeedBenchmark.ReplicationsPerDesignPoint} replications",
            DefaultValueFactory = _ => 20,
        };
        OptionRules.AtLeast(sweepPoints, 1);
        var particles = new Option<int>("--particles")
        {
            Description = $"Calibration particles for the particle rate, each of {CalibrationBenchmark.ReplicationsPerParticle} replications (none when the scenario has no priors)",
            DefaultValueFactory = _ => 40,
        };
        OptionRules.AtLeast(particles, 1);
        var runs = new Option<int>("--runs")
        {
            Description = "Runs each speed figure is the median of (the table also shows their range; the memory probes run once)",
            DefaultValueFactory = _ => SpeedBenchmark.DefaultRuns,
        };
        OptionRules.AtLeast(runs, 1);
        var quick = new Option<bool>("--quick") { Description = "Skip the 10^6-replication memory probe (about a minute)" };
        var output = new Option<string?>("--out", "-o") { Description = "Also write the measurements to this CSV file [default: none]" };
        FileRules.MustNotBeAFolder(output);
        var against = new Option<string?>("--against")
        {
            Description = "Show each figure beside the same figure in this earlier --out file: the ratio of the medians and whether the ranges overlap [default: none]",
        };

        var command = new Command("bench", "Measure replications per second at one thread and at all cores, parallel efficiency, " +
            "the machine's own scaling (as many independent one-thread runs as cores, at once), " +
            "design points per second, calibration particles per second, and peak memory at 10^4, 10^5 and 10^6 replications; prints a table")
        {
            scenario, replications, sweepPoints, particles, runs, quick, output, against,
        };
        command.SetAction((parse, cancellationToken) =>
        {
            var request = new BenchRequest(
                parse.GetValue(scenario)!.ToString(),
                parse.GetValue(replications),
                parse.GetValue(sweepPoints),
                parse.GetValue(particles),
                parse.GetValue(runs),
                parse.GetValue(quick),
                parse.GetValue(output),
                SelfCommand.Words(),
                parse.GetValue(against));
            return services.GetRequiredService<BenchService>().RunAsync(request, cancellationToken);
        });
        command.Add(ClassBenchCommand.Create(services));
        return command;
    }
}
