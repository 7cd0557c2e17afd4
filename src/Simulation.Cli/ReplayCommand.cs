using System.CommandLine;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Simulation.Application.Replays;

namespace Simulation.Cli;

/// <summary>Defines <c>regsim replay</c>: one replication of a run told year by year, the history behind the probabilities,
/// as text or, with <c>--json</c>, as the classroom page's replay receives it.</summary>
public static class ReplayCommand
{
    // Read by programs and people, never embedded in HTML: quotes and non-ASCII stay as written.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
    };

    /// <summary>Returns the command, wired to the service provider.</summary>
    public static Command Create(IServiceProvider services)
    {
        var scenario = new Argument<FileInfo>("scenario") { Description = "Scenario file, for example scenarios/baseline.json" };
        FileRules.MustExist(scenario, "Scenario file");
        var replication = new Option<int>("--replication", "-r")
        {
            Description = "Replication number, from 0: the same as replication k of `regsim run` with this scenario, seed and mode",
            DefaultValueFactory = _ => 0,
        };
        OptionRules.AtLeast(replication, 0);
        var mode = new Option<string?>("--mode", "-m") { Description = "Regime mode: timeline or a counterfactual regime's id [default: timeline]" };
        var seed = new Option<ulong?>("--seed", "-s") { Description = "Master seed [default: the scenario's]" };
        var json = new Option<bool>("--json") { Description = "Write the replay as JSON (every bid, its chance and the reasons) instead of text" };
        var command = new Command("replay", "Tell one replication year by year: the regime in force, every competition's bids, chances, winners and why")
        {
            scenario, replication, mode, seed, json,
        };
        command.SetAction(parse =>
        {
            var console = services.GetRequiredService<ConsoleStreams>();
            return services.GetRequiredService<CommandFailures>().RunAsync(async () =>
            {
                var replayed = ReplayReplication.Run(parse.GetValue(scenario)!.ToString(), parse.GetValue(mode), parse.GetValue(replication), parse.GetValue(seed));
                if (parse.GetValue(json))
                {
                    await console.Out.WriteLineAsync(JsonSerializer.Serialize(new { seed = replayed.Seed, replay = replayed.Replay }, Json));
                }
                else
                {
                    foreach (var line in ReplayLines.Of(replayed))
                    {
                        await console.Out.WriteLineAsync(line);
                    }
                }
                return ExitCodes.Ok;
            });
        });
        return command;
    }
}
