using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Simulation.Application.Games.Journal;
using Simulation.Output;
using Simulation.Web.Games.Load;
using Spectre.Console;

namespace Simulation.Cli;

/// <summary>Defines <c>regsim bench class</c>: plays a simulated class against a local classroom server and prints how fast
/// proposals are acknowledged and results reach the pages.</summary>
public static class ClassBenchCommand
{
    /// <summary>Returns the subcommand.</summary>
    public static Command Create(IServiceProvider services)
    {
        var students = new Option<int>("--students") { Description = "Simulated students", DefaultValueFactory = _ => 60 };
        var teams = new Option<int?>("--teams") { Description = "Regions they play, in teams [default: 16, or one per student when fewer]" };
        var rounds = new Option<int>("--rounds") { Description = "Rounds to play (at most the game's: 3 in the baseline)", DefaultValueFactory = _ => 3 };
        OptionRules.Check(students, value => value is < 1 or > TeamRules.MaxStudents
            ? $"--students must be 1 to {TeamRules.MaxStudents} (a game takes at most {TeamRules.MaxStudents} students)." : null);
        OptionRules.AtLeast(rounds, 1);
        OptionRules.Check(teams, value => value is < 1 or > 16 ? "--teams must be 1 to 16 (one team per region)." : null);
        var scenarios = new Option<string>("--scenarios") { Description = "Folder holding baseline.json", DefaultValueFactory = _ => "scenarios" };
        var command = new Command("class", "Play a simulated class (students in teams following the live stream, a teacher judging) against a local " +
            "classroom server with a games database; prints the median and 95th percentile of proposal-to-acknowledgement and judge-to-page times")
        {
            students, teams, rounds, scenarios,
        };
        command.SetAction((parse, cancellationToken) =>
        {
            var console = services.GetRequiredService<ConsoleStreams>();
            return services.GetRequiredService<CommandFailures>().RunAsync(async () =>
            {
                var seated = parse.GetValue(students);
                var playing = parse.GetValue(teams) ?? Math.Min(16, seated);
                if (playing > seated)
                {
                    throw new Application.OptionValueException("--teams", $"--teams ({playing}) must be at most --students ({seated}): every team needs a student.");
                }
                var report = await ClassLoadBenchmark.RunAsync(parse.GetValue(scenarios)!, seated, playing, parse.GetValue(rounds), cancellationToken);
                var terminal = ResultsTerminal.For(console);
                var table = new Table()
                    .Title(Markup.Escape($"regsim bench class: {CountedNoun.Of(report.Students, "student")} in {CountedNoun.Of(report.Teams, "team")}, {CountedNoun.Of(report.Rounds, "round")}, {CountedNoun.Of(report.Proposals, "proposal")}"))
                    .Caption("Loopback HTTP, every event written to SQLite before it is acknowledged; nothing lost or duplicated.")
                    .AddColumn("measure").AddColumn(new TableColumn("median (ms)").RightAligned()).AddColumn(new TableColumn("95th percentile (ms)").RightAligned());
                table.AddRow("proposal → acknowledgement", $"{report.DecisionMedianMs:F1}", $"{report.DecisionP95Ms:F1}");
                table.AddRow("teacher's judge → every student's page", $"{report.JudgeMedianMs:F1}", $"{report.JudgeP95Ms:F1}");
                terminal.Write(table);
                return ExitCodes.Ok;
            });
        });
        return command;
    }
}
