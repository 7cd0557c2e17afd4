using System.CommandLine;

namespace Simulation.Cli;

/// <summary>
/// How a command is written in the list of commands its parent's help shows (<c>sensitivity [&lt;experiment&gt;]</c>): by the
/// rule its own usage line follows (<c>regsim sensitivity [&lt;experiment&gt;] [options]</c>), so the two agree. A required
/// argument is written plainly, an optional one in brackets, one that takes several values followed by <c>...</c>; a command
/// with subcommands of its own ends in <c>[command]</c>. System.CommandLine's list wrote every argument as if it were required.
/// </summary>
internal static class CommandSynopsis
{
    /// <summary>Returns the command's name, its arguments and, when it has subcommands, <c>[command]</c>: its usage line
    /// without the commands above it and without <c>[options]</c>.</summary>
    public static string Of(Command command)
    {
        var parts = new List<string> { command.Name };
        if (Arguments(command) is { Length: > 0 } arguments)
        {
            parts.Add(arguments);
        }
        if (command.Subcommands.Any(c => !c.Hidden))
        {
            parts.Add("[command]");
        }
        return string.Join(' ', parts);
    }

    /// <summary>Returns the command's visible arguments as its usage line writes them: <c>&lt;a&gt; &lt;b&gt;</c>,
    /// <c>[&lt;scenario&gt;]</c>, <c>&lt;shards&gt;...</c>. An optional argument's bracket closes after every argument that
    /// follows it, since those can be given only when it is.</summary>
    public static string Arguments(Command command)
    {
        var words = new List<string>();
        var open = 0;
        foreach (var argument in command.Arguments.Where(a => !a.Hidden))
        {
            var word = $"<{argument.Name}>{(argument.Arity.MaximumNumberOfValues > 1 ? "..." : string.Empty)}";
            if (argument.Arity.MinimumNumberOfValues == 0)
            {
                word = "[" + word;
                open++;
            }
            words.Add(word);
        }
        return string.Join(' ', words) + new string(']', open);
    }
}
