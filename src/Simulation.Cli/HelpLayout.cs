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

    /// <summary>Makes a parse with errors print only them, not the whole help text after them, which buried the error in a
    /// batch job's log; <see cref="PointToHelp"/> then says where the help is.</summary>
    public static ParseResult ErrorsWithoutHelp(ParseResult parse)
    {
        if (parse.Action is System.CommandLine.Invocation.ParseErrorAction refused)
        {
            refused.ShowHelp = false;
        }
        return parse;
    }

    /// <summary>After a parse with errors, points to the command's help in one line.</summary>
    public static void PointToHelp(ParseResult parse, ConsoleStreams console)
    {
        if (parse.Errors.Count == 0)
        {
            return;
        }
        var path = new List<string>();
        for (Symbol? command = parse.CommandResult.Command; command is Command c; command = c.Parents.OfType<Command>().FirstOrDefault())
        {
            path.Insert(0, c.Parents.Any() ? c.Name : "regsim");
        }
        console.Error.Write($"See '{string.Join(' ', path)} --help' for its arguments and options.\n");
    }
}
