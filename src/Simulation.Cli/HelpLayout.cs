using System.CommandLine;

namespace Simulation.Cli;

/// <summary>
/// Help for a subcommand of a command that takes arguments of its own (<c>regsim slurm calibrate SCENARIO</c> under
/// <c>regsim slurm EXPERIMENT</c>): System.CommandLine's help would list the parent's arguments as if the subcommand
/// took them too.
/// </summary>
internal static class HelpLayout
{
    /// <summary>Hides from help the arguments of the commands above the one <paramref name="parse"/> runs. Only help
    /// reads <see cref="Symbol.Hidden"/>, and the parse is done, so nothing else changes.</summary>
    public static ParseResult OwnArgumentsOnly(ParseResult parse)
    {
        for (var parent = parse.CommandResult.Command.Parents.OfType<Command>().FirstOrDefault(); parent is not null;
            parent = parent.Parents.OfType<Command>().FirstOrDefault())
        {
            foreach (var argument in parent.Arguments)
            {
                argument.Hidden = true;
            }
        }
        return parse;
    }
}
