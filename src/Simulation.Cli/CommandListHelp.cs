using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace Simulation.Cli;

/// <summary>
/// The action of <c>--help</c>: System.CommandLine's help, whose list of commands (the last section, for a command that has
/// subcommands) is written again with each command's <see cref="CommandSynopsis"/>, so that <c>regsim --help</c> shows
/// an optional argument in brackets as <c>regsim &lt;command&gt; --help</c> does. Wrapping a help action is how the library
/// lets help be changed; its builder, which could change a row alone, is not public.
/// </summary>
internal sealed class CommandListHelp(HelpAction help) : SynchronousCommandLineAction
{
    private const string Indent = "  ";

    /// <summary>Gives <paramref name="root"/>'s help option this action, wrapping the one it has.</summary>
    public static void Install(RootCommand root)
    {
        var option = root.Options.OfType<HelpOption>().Single();
        option.Action = new CommandListHelp((HelpAction)option.Action!);
    }

    /// <summary>Help is asked for, not a mistake: the command line's errors do not stop it.</summary>
    public override bool ClearsParseErrors => true;

    /// <summary>Writes the help of the command <paramref name="parse"/> names; returns 0.</summary>
    public override int Invoke(ParseResult parse)
    {
        var output = parse.InvocationConfiguration.Output;
        using var written = new StringWriter { NewLine = output.NewLine };
        parse.InvocationConfiguration.Output = written;
        try
        {
            help.Invoke(parse);
        }
        finally
        {
            parse.InvocationConfiguration.Output = output;
        }
        output.Write(WithSynopses(written.ToString(), parse.CommandResult.Command, written.NewLine));
        return 0;
    }

    // The help text with its last section, the commands, listed by synopsis. A text whose last section is not the list it
    // should be (another version of the library) is left as it is; the tests compare every synopsis with its usage line.
    private string WithSynopses(string text, Command command, string newLine)
    {
        var subcommands = command.Subcommands.Where(c => !c.Hidden).ToList();
        var body = text.TrimEnd('\r', '\n');
        var start = body.LastIndexOf(newLine + newLine, StringComparison.Ordinal);
        if (subcommands.Count == 0 || start < 0)
        {
            return text;
        }
        var section = body[(start + 2 * newLine.Length)..].Split(newLine);
        if (section.Length < 2 || !section[1].StartsWith(Indent + subcommands[0].Name, StringComparison.Ordinal))
        {
            return text;
        }
        var rows = Columns(subcommands.Select(c => (CommandSynopsis.Of(c), c.Description ?? string.Empty)).ToList(), help.MaxWidth);
        return body[..(start + 2 * newLine.Length)] + string.Join(newLine, rows.Prepend(section[0])) + text[body.Length..];
    }

    // Two columns as the library writes them: the first as wide as its widest entry (at most half the width when both do not
    // fit), the second wrapped in what is left, each at a space where it can.
    private static IEnumerable<string> Columns(IReadOnlyList<(string First, string Second)> rows, int width)
    {
        var first = rows.Max(r => r.First.Length);
        var second = rows.Max(r => r.Second.Length);
        if (first + second + 2 * Indent.Length > width)
        {
            var firstMost = Math.Max(1, width / 2 - Indent.Length);
            if (first > firstMost)
            {
                first = rows.SelectMany(r => Wrap(r.First, firstMost)).Max(line => line.Length);
            }
            second = Math.Max(1, width - first - 2 * Indent.Length);
        }
        foreach (var (left, right) in rows)
        {
            var lefts = Wrap(left, first).ToList();
            var rights = Wrap(right, second).ToList();
            for (var i = 0; i < Math.Max(lefts.Count, rights.Count); i++)
            {
                var l = i < lefts.Count ? lefts[i] : string.Empty;
                yield return (i < rights.Count ? Indent + l.PadRight(first) + Indent + rights[i] : Indent + l).TrimEnd();
            }
        }
    }

    // Lines of at most width characters, broken after the last space that fits, or at width when none does.
    private static IEnumerable<string> Wrap(string text, int width)
    {
        for (var i = 0; i < text.Length;)
        {
            if (text.Length - i <= width)
            {
                yield return text[i..];
                yield break;
            }
            var space = text.LastIndexOf(' ', i + width - 1, width);
            var length = space < i ? width : space - i + 1;
            yield return text.Substring(i, length);
            i += length;
        }
    }
}
