using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Simulation.Experiments.Calibration;

namespace Simulation.Cli;

/// <summary>Defines <c>regsim calibrate</c>: parses its arguments into a <see cref="CalibrateRequest"/> and hands it to <see cref="CalibrateService"/>.</summary>
public static class CalibrateCommand
{
    /// <summary>Returns the command, wired to the service provider.</summary>
    public static Command Create(IServiceProvider services)
    {
        var scenario = new Argument<FileInfo>("scenario") { Description = "Scenario whose parameters with a 'prior' are calibrated, for example scenarios/calibration.json" };
        scenario.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<FileInfo>() is { Exists: false } file)
            {
                result.AddError($"Scenario file '{file}' does not exist.");
            }
        });
        var particles = new Option<int>("--particles", "-p") { Description = "Particles drawn from the priors; raise it and run again to add particles", DefaultValueFactory = _ => 500 };
        var replications = new Option<int>("--replications", "-n") { Description = "Replications that estimate each particle's likelihood of the record", DefaultValueFactory = _ => 50 };
        var sampler = new Option<CalibrationSampler>("--sampler")
        {
            Description = "How the particles become the posterior: tempered (sequential Monte Carlo, for many uncertain parameters) or importance (one reweighting of the prior draws)",
            DefaultValueFactory = _ => CalibrationSampler.Tempered,
        };
        var moves = new Option<int>("--moves") { Description = "Moves of every particle per stage of the tempered sampler", DefaultValueFactory = _ => 3 };
        var predictive = new Option<int>("--predictive-replications") { Description = "Replications of the posterior predictive check", DefaultValueFactory = _ => 2000 };
        var threads = new Option<int>("--threads", "-t") { Description = "Worker threads; results do not depend on it", DefaultValueFactory = _ => Environment.ProcessorCount };
        foreach (var option in new[] { particles, replications, moves, predictive, threads })
        {
            option.Validators.Add(result =>
            {
                if (result.GetValueOrDefault<int>() < 1)
                {
                    result.AddError($"{option.Name} must be at least 1.");
                }
            });
        }
        var sbcRecords = new Option<int>("--sbc-records") { Description = "Synthetic records of the simulation-based calibration (0: skip it)", DefaultValueFactory = _ => 20 };
        sbcRecords.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 0)
            {
                result.AddError("--sbc-records must be at least 0.");
            }
        });
        var sbcParticles = new Option<int>("--sbc-particles") { Description = "Particles reweighed for each synthetic record", DefaultValueFactory = _ => 100 };
        sbcParticles.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
            {
                result.AddError("--sbc-particles must be at least 1.");
            }
        });
        var shard = new Option<string?>("--shard") { Description = "Run only shard I of N (0-based; the particles whose index modulo N is I) into OUT/shard-I-of-N/ and stop; a run without --shard then gathers the shards and finishes" };
        shard.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } text && ShardSpec.TryParse(text, out var error) is null)
            {
                result.AddError(error!);
            }
        });
        var seed = new Option<ulong?>("--seed", "-s") { Description = "Master seed [default: the scenario's]" };
        var output = new Option<string?>("--out", "-o") { Description = "Output folder [default: output/<scenario-name>-calibration/]" };
        var markdown = new Option<string?>("--markdown") { Description = "Also refresh the generated 'calibrate' block of this Markdown file (docs/VALIDATION.md)" };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "No progress bar and no table" };

        var command = new Command("calibrate", "Calibrate a scenario's uncertain parameters by the likelihood of the historical record (tempered sequential Monte Carlo from the priors); resumable: run again to continue")
        {
            scenario, particles, replications, sampler, moves, seed, predictive, sbcRecords, sbcParticles, shard, threads, output, markdown, quiet,
        };
        command.SetAction((parse, cancellationToken) => services.GetRequiredService<CalibrateService>().RunAsync(
            new CalibrateRequest(parse.GetValue(scenario)!.ToString(), parse.GetValue(particles), parse.GetValue(replications), parse.GetValue(seed), parse.GetValue(predictive), parse.GetValue(threads), parse.GetValue(output),
                parse.GetValue(markdown), parse.GetValue(quiet), parse.GetValue(sbcRecords), parse.GetValue(sbcParticles),
                parse.GetValue(shard) is { } text ? ShardSpec.TryParse(text, out _) : null, parse.GetValue(sampler), parse.GetValue(moves)),
            cancellationToken));
        return command;
    }
}
