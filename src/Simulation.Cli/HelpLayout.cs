using System.CommandLine;
using Simulation.Experiments.Scenarios;

namespace Simulation.Cli;

/// <summary>
/// What the command line shows besides a command's own output: help for a subcommand of a command that takes arguments of
/// its own (<c>regsim slurm calibrate SCENARIO</c> under <c>regsim slurm EXPERIMENT</c>; System.CommandLine's help would
/// list the parent's arguments as if the subcommand took them too), and a refused line's errors, one line each.
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

    /// <summary>Whether the command line is refused (its errors are what runs, not the command or its help).</summary>
    public static bool IsRefused(ParseResult parse) => parse.Action is System.CommandLine.Invocation.ParseErrorAction;

    /// <summary>Writes a refused command line's errors to stderr, one line each and nothing else, not the whole help text
    /// after them (which buried the error in a batch job's log), then where the help is; for a line that names no command or
    /// an unknown one, which commands there are, in place of System.CommandLine's two lines.</summary>
    public static void Refuse(ParseResult parse, ConsoleStreams console)
    {
        if (parse.CommandResult.Command is RootCommand root)
        {
            var commands = string.Join(", ", root.Subcommands.Where(c => !c.Hidden).Select(c => c.Name));
            var names = root.Subcommands.Where(c => !c.Hidden).Select(c => c.Name);
            console.Error.Write(parse.UnmatchedTokens.FirstOrDefault() is { } unknown
                ? $"'{unknown}' is not a regsim command; {(NearestName.Find(unknown, names) is { } near ? $"did you mean '{near}'? The" : "the")} commands are {commands}.\n"
                : $"Name a command: {commands}.\n");
        }
        else
        {
            var strays = StrayValues(parse);
            foreach (var message in parse.Errors.Select(e => e.Message).Distinct(StringComparer.Ordinal)
                .Where(m => !strays.Any(v => m == $"Unrecognized command or argument '{v}'.")))
            {
                console.Error.Write(message + "\n");
            }
        }
        PointToHelp(parse, console);
    }

    // The values given to options the command does not have ('5' in '--sed 5'): refused with their option, which the
    // suggestion names, rather than each on a line of its own as if it were a second mistake.
    private static HashSet<string> StrayValues(ParseResult parse)
    {
        var unmatched = parse.UnmatchedTokens.ToHashSet(StringComparer.Ordinal);
        var strays = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 1; i < parse.Tokens.Count; i++)
        {
            var (before, token) = (parse.Tokens[i - 1].Value, parse.Tokens[i].Value);
            if (before.StartsWith('-') && unmatched.Contains(before) && !token.StartsWith('-') && unmatched.Contains(token))
            {
                strays.Add(token);
            }
        }
        return strays;
    }

    /// <summary>Returns the line that points to <paramref name="command"/>'s help ("See 'regsim slurm calibrate --help' for its
    /// arguments and options."), which ends every refusal of an argument or an option's value.</summary>
    public static string Pointer(Command command)
    {
        var path = new List<string>();
        for (Symbol? at = command; at is Command c; at = c.Parents.OfType<Command>().FirstOrDefault())
        {
            path.Insert(0, c.Parents.Any() ? c.Name : "regsim");
        }
        return $"See '{string.Join(' ', path)} --help' for its arguments and options.";
    }

    // Points to the command's help in one line, after a suggestion for each misspelt option (System.CommandLine's own would
    // offer every short option for a stray value such as '2').
    private static void PointToHelp(ParseResult parse, ConsoleStreams console)
    {
        foreach (var token in parse.UnmatchedTokens.Where(t => t.StartsWith('-')))
        {
            var command = parse.CommandResult.Command;
            if (NearestName.Find(token, command.Options.Where(o => !o.Hidden).SelectMany(o => o.Aliases.Prepend(o.Name)).Where(n => n.StartsWith("--", StringComparison.Ordinal))) is { } option)
            {
                console.Error.Write($"'{token}': did you mean '{option}'?\n");
            }
        }
        console.Error.Write(Pointer(parse.CommandResult.Command) + "\n");
    }
}
