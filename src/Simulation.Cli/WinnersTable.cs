using Simulation.Core;
using Simulation.Experiments;
using Spectre.Console;

namespace Simulation.Cli;

/// <summary>Prints the most likely winners of each project under each regime mode: the run's headline, at a glance.</summary>
public static class WinnersTable
{
    /// <summary>How many regions to list per project and mode.</summary>
    public const int Top = 3;

    /// <summary>Writes one small table per project to <paramref name="console"/>'s output: ranks down, regime modes across, each
    /// headed by its display name.</summary>
    public static void Write(ConsoleStreams console, Scenario scenario, RunResult result)
    {
        var terminal = ResultsTerminal.For(console);
        var names = scenario.Regions.ToDictionary(r => r.Id, r => Simulation.Output.Charts.RegionLabel.Short(r.Name));
        var modes = ModeCatalogue.From(scenario); // columns by the regimes' names, as every chart and report shows them
        terminal.WriteLine("Most likely winners: probability ± half its 95 % interval (the Monte Carlo error of this many replications, not the inputs' uncertainty)");
        foreach (var project in scenario.Projects)
        {
            var table = new Table()
                .Title(Markup.Escape($"{project.Name} ({ProjectSchedule.Describe(scenario, project)})"))
                .AddColumn("#");
            var columns = result.Modes.Select(mode => result.WinProbabilities
                .Where(w => w.Regime == mode && w.Project == project.Id && w.Wins > 0)
                .OrderByDescending(w => w.Probability).ThenBy(w => w.Region, StringComparer.Ordinal)
                .Take(Top)
                .Select(w => $"{names[w.Region]} {w.Probability:0.00} ± {(w.CiHigh - w.CiLow) / 2:0.000}")
                .ToList()).ToList();
            foreach (var mode in result.Modes)
            {
                table.AddColumn(Markup.Escape(modes.Label(mode)));
            }
            for (var rank = 0; rank < Top; rank++)
            {
                table.AddRow([(rank + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), .. columns.Select(c => rank < c.Count ? Markup.Escape(c[rank]) : string.Empty)]);
            }
            terminal.Write(table);
        }
    }
}
