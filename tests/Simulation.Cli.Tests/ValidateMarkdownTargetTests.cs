namespace Simulation.Cli.Tests;

/// <summary>A <c>--markdown</c> target the block would spoil (a file of another kind, or one whose markers are broken) is
/// refused before the checks run, and kept as it was.</summary>
public sealed class ValidateMarkdownTargetTests : IDisposable
{
    private readonly string _temp = Regsim.TempFolder();

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [Theory]
    [InlineData("mine.json", "{\"name\": \"mine\"}\n")]
    [InlineData("notes.md", "# Notes\nA\n<!-- validate:begin -->\nold\nMY OWN TEXT\n")]
    public void AMarkdownTargetTheBlockWouldSpoil_IsRefused_BeforeAnythingRuns_AndKept(string name, string text)
    {
        var markdown = Path.Combine(_temp, name);
        File.WriteAllText(markdown, text);
        var output = Path.Combine(_temp, "out");

        var (code, _, stderr) = Regsim.Run("validate", "-n", "400", "--out", output, "--markdown", markdown, "-q");

        Assert.Equal(1, code);
        Assert.Contains(name.EndsWith(".md", StringComparison.Ordinal) ? "no end marker" : "does not end in .md", stderr);
        Assert.Equal(text, File.ReadAllText(markdown));
        Assert.False(Directory.Exists(output));
    }
}
