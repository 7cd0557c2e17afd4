using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;

namespace Simulation.Cli;

/// <summary>Defines <c>regsim serve</c>: parses its arguments into a <see cref="ServeRequest"/> and hands it to <see cref="ServeService"/>.</summary>
public static class ServeCommand
{
    /// <summary>The folder of scenarios the page offers when <c>--scenarios</c> is not given: the repository's.</summary>
    public const string DefaultScenarios = "scenarios";

    /// <summary>Returns the command, wired to the service provider.</summary>
    public static Command Create(IServiceProvider services)
    {
        var port = new Option<int>("--port", "-p") { Description = "TCP port", DefaultValueFactory = _ => 5080 };
        OptionRules.AtLeast(port, 1);
        OptionRules.AtMost(port, 65535);
        var listenAny = new Option<bool>("--listen-any")
        {
            Description = "Listen on every network address, for a classroom network (needs --join-code) [default: 127.0.0.1 only]",
        };
        var joinCode = new Option<string?>("--join-code") { Description = "Code students add to the page address (?code=...); required with --listen-any" };
        var scenarios = new Option<string>("--scenarios") { Description = "Folder of scenarios the page offers", DefaultValueFactory = _ => DefaultScenarios };
        var data = new Option<string>("--data")
        {
            Description = "Folder of the games database (games.db): every class game is kept there across restarts until the teacher deletes it; copy the file to back it up",
            DefaultValueFactory = _ => Path.Combine("output", "classroom"),
        };

        var command = new Command("serve", "Serve the classroom page: sliders for the regimes, runs in the browser, charts with plain sentences")
        {
            port, listenAny, joinCode, scenarios, data,
        };
        command.Validators.Add(result =>
        {
            var code = result.GetValue(joinCode);
            if (result.GetValue(listenAny) && string.IsNullOrWhiteSpace(code))
            {
                result.AddError("--listen-any needs --join-code, so only your class can use the page.");
            }
            if (code is { } c && (c.Length < 4 || c.Length > 64 || c.Any(char.IsWhiteSpace)))
            {
                result.AddError("--join-code must be 4 to 64 characters without spaces.");
            }
        });
        command.SetAction((parse, cancellationToken) =>
        {
            var request = new ServeRequest(parse.GetValue(port), parse.GetValue(listenAny), parse.GetValue(joinCode), parse.GetValue(scenarios)!, parse.GetValue(data)!);
            return services.GetRequiredService<ServeService>().ServeAsync(request, cancellationToken);
        });
        return command;
    }
}
