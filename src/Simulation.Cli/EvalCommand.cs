using System.CommandLine;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Simulation.Application.Evaluation;

namespace Simulation.Cli;

/// <summary>Defines <c>regsim eval</c>: parameter points in, one JSON object per line on standard input; outcomes out, one
/// JSON object per line on standard output, flushed as each point finishes.</summary>
public static class EvalCommand
{
    // Read by programs, never embedded in HTML: quotes and non-ASCII stay as written.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Returns the command, wired to the service provider.</summary>
    public static Command Create(IServiceProvider services)
    {
        var scenario = new Argument<FileInfo>("scenario") { Description = "Scenario whose numbers the points set, for example scenarios/baseline.json" };
        FileRules.MustExist(scenario, "Scenario file");
        var replications = new Option<int>("--replications", "-n")
        {
            Description = "Replications of a point that names none",
            DefaultValueFactory = _ => EvaluatePoints.DefaultReplications,
        };
        OptionRules.AtLeast(replications, 1);
        var threads = CommonOptions.Threads();
        var command = new Command("eval", "Evaluate parameter points read as JSON lines on stdin ({\"id\", \"parameters\": {PATH: value}, \"seed\", " +
            "\"replications\"}); write each point's outcome means and 95 % intervals per regime mode as a JSON line on stdout")
        {
            scenario, replications, threads,
        };
        command.SetAction((parse, cancellationToken) =>
        {
            var console = services.GetRequiredService<ConsoleStreams>();
            var evaluate = services.GetRequiredService<EvaluatePoints>();
            return services.GetRequiredService<CommandFailures>().RunAsync(async () =>
            {
                await evaluate.Run(parse.GetValue(scenario)!.ToString(), console.Input, async outcome =>
                {
                    await console.Out.WriteLineAsync(JsonSerializer.Serialize(outcome, Json));
                    await console.Out.FlushAsync(cancellationToken);
                }, parse.GetValue(replications), parse.GetValue(threads), cancellationToken);
                return ExitCodes.Ok;
            });
        });
        return command;
    }
}
