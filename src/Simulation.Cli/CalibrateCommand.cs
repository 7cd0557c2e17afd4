using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Simulation.Application;
using Simulation.Application.Calibration;
using Simulation.Experiments;

namespace Simulation.Cli;

/// <summary>Defines <c>regsim calibrate</c>: parses its arguments into a <see cref="CalibrateRequest"/> and hands it to <see cref="CalibrateService"/>.</summary>
public static class CalibrateCommand
{
    /// <summary>Returns the command, wired to the service provider. The options that change the results are
    /// <see cref="CalibrationOptions"/>; the ones here only say how and where this run goes.</summary>
    public static Command Create(IServiceProvider services)
    {
        var calibration = new CalibrationOptions();
        var threads = CommonOptions.Threads();
        var shard = CommonOptions.Shard("Run only shard I of N (0-based; the particles whose index modulo N is I) into OUT/shard-I-of-N/ (into OUT itself when OUT already ends in shard-I-of-N) and stop; a run without --shard then gathers the shards and finishes");
        var output = new Option<string?>("--out", "-o") { Description = "Output folder [default: output/<scenario-name>-calibration/]" };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "No progress bar and no table" };
        var format = CommonOptions.Format("Result tables (posterior, summary, checks)",
            "particles.csv and the tempering stages are always kept (a calibration resumes from them), parquet adds their twins");

        var command = new Command("calibrate", "Calibrate a scenario's uncertain parameters by the likelihood of the historical record (tempered sequential Monte Carlo from the priors); resumable: run again to continue");
        calibration.AddTo(command);
        command.Add(shard);
        command.Add(threads);
        command.Add(output);
        command.Add(quiet);
        command.Add(format);
        command.SetAction((parse, cancellationToken) => services.GetRequiredService<CalibrateService>().RunAsync(
            calibration.Request(parse, parse.GetValue(threads), parse.GetValue(output),
                parse.GetValue(shard) is { } text ? ShardSpec.TryParse(text, out _) : null, parse.GetValue(format)),
            parse.GetValue(quiet), cancellationToken));
        return command;
    }
}
