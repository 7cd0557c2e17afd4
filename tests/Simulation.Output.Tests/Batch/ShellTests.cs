using System.Diagnostics;
using Simulation.Output.Batch;

namespace Simulation.Output.Tests.Batch;

public sealed class ShellTests
{
    [Theory]
    [InlineData("/usr/bin/dotnet", "/usr/bin/dotnet")]
    [InlineData("--shard=1/3", "--shard=1/3")]
    [InlineData("", "''")]
    [InlineData("a b", "'a b'")]
    [InlineData("it's", "'it'\\''s'")]
    [InlineData("$HOME `id` *", "'$HOME `id` *'")]
    public void Quote_LeavesPlainWordsAloneAndQuotesTheRest(string word, string expected)
    {
        Assert.Equal(expected, Shell.Quote(word));
    }

    [Fact]
    public void Join_GivesBashTheOriginalWordsBack()
    {
        string[] words = ["plain", "with space", "it's", "$HOME", "\"double\"", "back\\slash", "", "tab\there", "100%"];

        var start = new ProcessStartInfo("bash", ["-c", "printf '%s\\0' " + Shell.Join(words)]) { RedirectStandardOutput = true };
        using var bash = Process.Start(start)!;
        var output = bash.StandardOutput.ReadToEnd();
        bash.WaitForExit();

        Assert.Equal(words, output.TrimEnd('\0').Split('\0'));
    }

    [Theory]
    [InlineData("/usr/bin/regsim --quiet", " --quiet")]
    [InlineData("'/my tools/regsim' run", " run")]
    [InlineData("\"/my \\\"tools\\\"\"/regsim x", " x")]
    [InlineData("/my\\ tools/regsim", "")]
    [InlineData("  /lead/regsim", "")]
    [InlineData("~/bin/regsim --quiet", " --quiet")]
    [InlineData("~", "")]
    [InlineData("/a'b c'd;true", ";true")]
    public void FirstWord_ReadsTheWordBashReads_AndKeepsTheRestAsWritten(string text, string remainder)
    {
        const string home = "/home/some one";

        var first = Shell.FirstWord(text, home);

        var start = new ProcessStartInfo("bash", ["-c", "eval \"set -- $0\"; printf '%s' \"$1\"", text]) { RedirectStandardOutput = true };
        start.Environment["HOME"] = home;
        using var bash = Process.Start(start)!;
        var expected = bash.StandardOutput.ReadToEnd();
        bash.WaitForExit();
        Assert.Equal((expected, remainder), first);
    }

    [Theory]
    [InlineData("$HOME/bin/regsim")]
    [InlineData("\"$HOME\"/bin/regsim")]
    [InlineData("`which regsim` run")]
    [InlineData("~someone/bin/regsim")]
    public void FirstWord_TheShellWouldExpand_IsNull(string text)
    {
        Assert.Null(Shell.FirstWord(text, "/home/me").Word);
    }

    [Theory]
    [InlineData("'/opt/regsim", "a single quote that is not closed")]
    [InlineData("\"/opt/regsim", "a double quote that is not closed")]
    public void FirstWord_AnOpenQuote_IsAFormatError(string text, string message)
    {
        Assert.Equal(message, Assert.Throws<FormatException>(() => Shell.FirstWord(text, "/home/me")).Message);
    }
}
