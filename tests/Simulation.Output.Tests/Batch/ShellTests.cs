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
}
