using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Simulation.Application.Validation;

namespace Simulation.Cli;

/// <summary>Defines <c>regsim validate</c>: parses its arguments into a <see cref="ValidateRequest"/> and hands it to <see cref="ValidateService"/>.</summary>
public static class ValidateCommand
{
    /// <summary>Default scenario of the historical checks.</summary>
    public const string DefaultScenario = ValidateRequest.DefaultScenario;

    /// <summary>Default replications per Monte Carlo check.</summary>
    public const int DefaultReplications = 20000;

    /// <summary>Returns the command, wired to the service provider.</summary>
    public static Command Create(IServiceProvider services)
    {
        // The scenario as the argument, like every other command's, or (as before) as --scenario; not both.
        var scenarioArgument = new Argument<FileInfo?>("scenario")
        {
            Description = $"Scenario the historical checks run on [default: {DefaultScenario}]",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var scenario = new Option<FileInfo?>("--scenario") { Description = "The same as the scenario argument" };
        FileRules.MustExist(scenarioArgument, "Scenario file");
        FileRules.MustExist(scenario, "Scenario file");
        var replications = new Option<int>("--replications", "-n") { Description = "Replications per Monte Carlo check", DefaultValueFactory = _ => DefaultReplications };
        var threads = CommonOptions.Threads();
        OptionRules.AtLeast(replications, 1);
        var leaveOneOut = new Option<FileInfo?>("--leave-one-out")
        {
            Description = "Also predict each competition from a calibration on the others, with the priors of this scenario (for example scenarios/calibration.json)",
        };
        FileRules.MustExist(leaveOneOut, "Scenario file");
        var looParticles = new Option<int>("--loo-particles") { Description = "Particles of each held-out refit (each competition predicted from a calibration on the others)", DefaultValueFactory = _ => 200 };
        var looReplications = new Option<int>("--loo-replications") { Description = "Replications per particle of each held-out refit", DefaultValueFactory = _ => 20 };
        OptionRules.AtLeast(looParticles, 1);
        OptionRules.AtLeast(looReplications, 1);
        var seed = new Option<ulong?>("--seed", "-s") { Description = "Master seed [default: the scenario's]" };
        var output = new Option<string?>("--out", "-o") { Description = "Output folder for validation.csv, record_scores.csv and validation.md [default: output/<scenario-name>-validation/]" };
        var markdown = new Option<string?>("--markdown") { Description = "Also refresh the generated block of this Markdown file (docs/VALIDATION.md), keeping the text around it; a file without the block gets it at its end, and a missing file is created" };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "No stage messages and no table" };

        var command = new Command("validate", "Run the validation checks (the record scored against chance and simpler models, the record's patterns, contest theory, history, special districts, fund, regime effects); exit 0 when all pass, 4 when any fails")
        {
            scenarioArgument, scenario, replications, seed, leaveOneOut, looParticles, looReplications, threads, output, markdown, quiet,
        };
        command.Validators.Add(result =>
        {
            foreach (var refit in new[] { looParticles, looReplications }.Where(o => result.GetResult(o) is { Implicit: false } && result.GetResult(leaveOneOut) is null))
            {
                result.AddError($"{refit.Name} sets the held-out refits, which only --leave-one-out runs; give --leave-one-out SCENARIO too.");
            }
            if (result.GetValue(scenarioArgument) is not null && result.GetValue(scenario) is not null)
            {
                result.AddError("Give the scenario once: as the argument or with --scenario, not both.");
            }
            else if (result.GetValue(scenarioArgument) is null && result.GetValue(scenario) is null && !File.Exists(DefaultScenario))
            {
                // A default is looked for where the command runs: outside the repository's folder it is a missing file like any other.
                result.AddError($"Scenario file '{DefaultScenario}' (the default) does not exist here; name a scenario, or run from the repository's folder.");
            }
        });
        command.SetAction((parse, cancellationToken) => services.GetRequiredService<ValidateService>().RunAsync(
            new ValidateRequest((parse.GetValue(scenarioArgument) ?? parse.GetValue(scenario))?.ToString() ?? DefaultScenario, parse.GetValue(replications), parse.GetValue(seed), parse.GetValue(threads),
                parse.GetValue(output), parse.GetValue(markdown), parse.GetValue(leaveOneOut)?.ToString(),
                parse.GetValue(looParticles), parse.GetValue(looReplications)),
            parse.GetValue(quiet), cancellationToken));
        return command;
    }
}
