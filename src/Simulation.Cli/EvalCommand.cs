using System.CommandLine;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Simulation.Application.Evaluation;
using Simulation.Experiments.Scenarios;

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
                var loaded = ScenarioLoader.Load(parse.GetValue(scenario)!.ToString());
                var number = 0;
                while (await Console.In.ReadLineAsync(cancellationToken) is { } read)
                {
                    number++;
                    // A byte-order mark (PowerShell writes one into a pipe) is not part of the first point.
                    var line = number == 1 ? read.TrimStart('\uFEFF') : read;
                    if (string.IsNullOrWhiteSpace(line))
                    {
                        continue;
                    }
                    var lineNumber = number;
                    var outcome = await Task.Run(() => evaluate.Evaluate(loaded, lineNumber, line, parse.GetValue(replications), parse.GetValue(threads), cancellationToken), cancellationToken);
                    await console.Out.WriteLineAsync(JsonSerializer.Serialize(outcome, Json));
                    await console.Out.FlushAsync(cancellationToken);
                }
                return ExitCodes.Ok;
            });
        });
        return command;
    }
}
