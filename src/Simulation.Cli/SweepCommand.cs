using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Simulation.Application;
using Simulation.Application.Sweeps;
using Simulation.Experiments;

namespace Simulation.Cli;

/// <summary>Defines <c>regsim sweep</c>: parses its arguments into a <see cref="SweepRequest"/> and hands it to <see cref="SweepService"/>.
/// The options that decide its rows are <see cref="SweepOptions"/>; the ones here say how and where this run goes.</summary>
public static class SweepCommand
{
    /// <summary>Returns the command, wired to the service provider.</summary>
    public static Command Create(IServiceProvider services)
    {
        var sweep = new SweepOptions();
        var output = new Option<string?>("--out", "-o") { Description = "Output folder [default: output/<experiment>/, or output/<experiment>/shard-I-of-N/ with --shard]" };
        var threads = CommonOptions.Threads("per design point");
        var shard = CommonOptions.Shard("Run only shard I of N (0-based), for batch jobs: the points whose index modulo N is I");
        var quiet = new Option<bool>("--quiet", "-q") { Description = "No progress bar" };
        var format = CommonOptions.Format("The sweep table",
            "sweep.csv is always kept (a sweep resumes from it), parquet adds the sweep's part of the dataset sweep.parquet/ when the points are done: "
            + "sweep.parquet/part-00000-of-00001.parquet, or with --shard this shard's part in sweep.parquet/ beside its folder");

        var command = new Command("sweep", "Run an experiment's design points and append one row per point and regime mode to sweep.csv; run again to resume");
        sweep.AddTo(command);
        foreach (var option in new Option[] { output, threads, shard, quiet, format })
        {
            command.Add(option);
        }
        command.SetAction((parse, cancellationToken) =>
        {
            var spec = parse.GetValue(shard) is { } text ? ShardSpec.TryParse(text, out _) : null;
            var request = sweep.Request(parse, parse.GetValue(output), parse.GetValue(threads), spec, parse.GetValue(format));
            return services.GetRequiredService<SweepService>().RunAsync(request, parse.GetValue(quiet), cancellationToken);
        });
        return command;
    }
}
