namespace Simulation.Cli.Tests;

/// <summary>A command is written alike in its parent's list of commands (<c>regsim --help</c>, <c>regsim slurm --help</c>)
/// and on the usage line of its own help: a required argument plainly, an optional one in brackets.</summary>
public sealed class HelpUsageTests
{
    [Fact]
    public void EveryListedCommand_IsWrittenAsItsOwnUsageLineWritesIt()
    {
        var compared = new List<string>();
        var differences = new List<string>();
        var pending = new Queue<string[]>([[]]);
        while (pending.TryDequeue(out var path))
        {
            foreach (var row in CommandRows(Help(path)))
            {
                var command = path.Append(row.Split(' ')[0]).ToArray();
                var usage = UsageLine(Help(command));
                var expected = $"regsim {string.Join(' ', path.Append(row))} [options]";
                compared.Add(string.Join(' ', command));
                if (usage != expected)
                {
                    differences.Add($"'{string.Join(' ', path.Prepend("regsim"))} --help' lists '{row}'; its own usage line is '{usage}'");
                }
                if (row.EndsWith(" [command]", StringComparison.Ordinal))
                {
                    pending.Enqueue(command);
                }
            }
        }

        Assert.True(differences.Count == 0, string.Join('\n', differences));
        Assert.Contains("slurm calibrate", compared);
        Assert.Contains("bench class", compared);
    }

    [Fact]
    public void TheTopLevelList_NamesEveryCommand()
    {
        var (_, _, refusal) = Regsim.Run();
        var named = refusal.Split('\n')[0]["Name a command: ".Length..].TrimEnd('.').Split(", ");

        Assert.Equal(named, CommandRows(Help([])).Select(r => r.Split(' ')[0]));
    }

    [Theory]
    [InlineData("run <scenario>")]
    [InlineData("compare <a> <b>")]
    [InlineData("sensitivity [<experiment>]")]
    [InlineData("validate [<scenario>]")]
    [InlineData("merge <shards>...")]
    [InlineData("serve")]
    public void TheTopLevelList_ShowsOptionalArgumentsInBrackets(string row)
    {
        Assert.Contains(row, CommandRows(Help([])));
    }

    private static string Help(string[] path)
    {
        var (code, stdout, stderr) = Regsim.Run([.. path, "--help"]);
        Assert.True(code == 0, stderr);
        return stdout;
    }

    // The first column of the help's list of commands (after "Commands:", up to the blank line), one entry per command.
    private static List<string> CommandRows(string help) =>
        help.Split('\n').SkipWhile(l => l != "Commands:").Skip(1).TakeWhile(l => l.Length > 0)
            .Select(l => l.Trim().Split("  ")[0]).ToList();

    // The line under "Usage:".
    private static string UsageLine(string help) =>
        help.Split('\n').SkipWhile(l => l != "Usage:").Skip(1).First().Trim();
}
