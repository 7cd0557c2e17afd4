using System.CommandLine;
using Simulation.Application;
using Simulation.Application.Calibration;
using Simulation.Experiments;
using Simulation.Experiments.Calibration;
using Simulation.Output;

namespace Simulation.Cli;

/// <summary>
/// The scenario argument and the options of <c>regsim calibrate</c> that change its results, defined once for
/// <c>regsim calibrate</c> and <c>regsim slurm calibrate</c>, so an option added here reaches both commands (and
/// <see cref="CalibrateRequest.ResultArguments"/> passes it on to the Slurm jobs).
/// </summary>
public sealed class CalibrationOptions
{
    /// <summary>Creates the argument and options, with their defaults and validators.</summary>
    public CalibrationOptions()
    {
        FileRules.MustExist(Scenario, "Scenario file");
        foreach (var option in new[] { Particles, Replications, Moves, PredictiveReplications, SbcParticles })
        {
            OptionRules.AtLeast(option, 1);
        }
        OptionRules.AtLeast(SbcRecords, 0);
    }

    /// <summary>The scenario whose parameters with a <c>prior</c> are calibrated.</summary>
    public Argument<FileInfo> Scenario { get; } = new("scenario") { Description = "Scenario whose parameters with a 'prior' are calibrated, for example scenarios/calibration.json" };

    /// <summary><c>--particles</c>, <c>-p</c>.</summary>
    public Option<int> Particles { get; } = new("--particles", "-p") { Description = "Particles drawn from the priors; raise it and run again to add particles", DefaultValueFactory = _ => 500 };

    /// <summary><c>--replications</c>, <c>-n</c>.</summary>
    public Option<int> Replications { get; } = new("--replications", "-n") { Description = "Replications that estimate each particle's likelihood of the record", DefaultValueFactory = _ => 50 };

    /// <summary><c>--sampler</c>.</summary>
    public Option<CalibrationSampler> Sampler { get; } = CommonOptions.Choice("--sampler", [],
        "How the particles become the posterior: tempered (sequential Monte Carlo, for many uncertain parameters) or importance (one reweighting of the prior draws)",
        CalibrationSampler.Tempered);

    /// <summary><c>--moves</c>.</summary>
    public Option<int> Moves { get; } = new("--moves") { Description = "Moves of every particle per stage of the tempered sampler", DefaultValueFactory = _ => 3 };

    /// <summary><c>--seed</c>, <c>-s</c>.</summary>
    public Option<ulong?> Seed { get; } = new("--seed", "-s") { Description = "Master seed [default: the scenario's]" };

    /// <summary><c>--predictive-replications</c>.</summary>
    public Option<int> PredictiveReplications { get; } = new("--predictive-replications") { Description = "Replications of the posterior predictive check", DefaultValueFactory = _ => 2000 };

    /// <summary><c>--sbc-records</c>.</summary>
    public Option<int> SbcRecords { get; } = new("--sbc-records") { Description = "Synthetic records of the simulation-based calibration (0: skip it)", DefaultValueFactory = _ => 20 };

    /// <summary><c>--sbc-particles</c>.</summary>
    public Option<int> SbcParticles { get; } = new("--sbc-particles") { Description = "Particles reweighed for each synthetic record", DefaultValueFactory = _ => 100 };

    /// <summary><c>--markdown</c>.</summary>
    public Option<string?> Markdown { get; } = new("--markdown") { Description = "Also refresh the generated 'calibrate' block of this Markdown file (docs/VALIDATION.md); a file without the block gets it at its end, and a missing file is created" };

    /// <summary>Adds the argument and the options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        command.Add(Scenario);
        foreach (var option in new Option[] { Particles, Replications, Sampler, Moves, Seed, PredictiveReplications, SbcRecords, SbcParticles, Markdown })
        {
            command.Add(option);
        }
        // Moves are the tempered sampler's; given with the other, they would be ignored without a word.
        command.Validators.Add(result =>
        {
            if (result.GetResult(Moves) is { Implicit: false } && result.GetResult(Sampler) is { Implicit: false }
                && result.GetValue(Sampler) == CalibrationSampler.Importance)
            {
                result.AddError("--moves sets the tempered sampler's moves per stage, which --sampler importance does not make: leave --moves out, or use --sampler tempered.");
            }
        });
    }

    /// <summary>Returns the request these options parsed to, with the settings that do not change the results given.</summary>
    public CalibrateRequest Request(ParseResult parse, int threads, string? outputDirectory, ShardSpec? shard, OutputFormat format = OutputFormat.Csv) =>
        new(parse.GetValue(Scenario)!.ToString(), parse.GetValue(Particles), parse.GetValue(Replications), parse.GetValue(Seed),
            parse.GetValue(PredictiveReplications), threads, outputDirectory, parse.GetValue(Markdown),
            parse.GetValue(SbcRecords), parse.GetValue(SbcParticles), shard, parse.GetValue(Sampler), parse.GetValue(Moves), format);
}
