using Simulation.Core;
using Simulation.Experiments;
using Spectre.Console;

namespace Simulation.Cli;

/// <summary>Prints the most likely winners of each project under each regime mode: the run's headline, at a glance.</summary>
public static class WinnersTable
{
    /// <summary>How many regions to list per project and mode.</summary>
    public const int Top = 3;

    /// <summary>Writes the table to <paramref name="writer"/>.</summary>
    public static void Write(TextWriter writer, Scenario scenario, RunResult result)
    {
        var terminal = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(writer), Interactive = InteractionSupport.No });
        var table = new Table().Title("Most likely winners (probability, 95 % interval)").AddColumn("Project");
        foreach (var mode in result.Modes)
        {
            table.AddColumn(mode);
        }
        var names = scenario.Regions.ToDictionary(r => r.Id, r => r.Name);
        foreach (var project in scenario.Projects)
        {
            var cells = new List<string> { Markup.Escape($"{project.Name} ({project.Year}, {project.Winners} winner{(project.Winners > 1 ? "s" : string.Empty)})") };
            foreach (var mode in result.Modes)
            {
                var top = result.WinProbabilities
                    .Where(w => w.Regime == mode && w.Project == project.Id && w.Wins > 0)
                    .OrderByDescending(w => w.Probability).ThenBy(w => w.Region, StringComparer.Ordinal)
                    .Take(Top)
                    .Select(w => $"{names[w.Region]} {w.Probability:0.00} ({w.CiLow:0.00}–{w.CiHigh:0.00})");
                cells.Add(Markup.Escape(string.Join("\n", top)));
            }
            table.AddRow(cells.ToArray());
        }
        terminal.Write(table);
    }
}
