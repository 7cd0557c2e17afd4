namespace Simulation.Cli.Tests;

/// <summary>A comparison loads two scenarios, so each note loading one of them made says which file it is about: the two
/// single-regime scenarios each leave the other regime out, which without the file read as if neither regime ran.</summary>
public sealed class CompareNotesTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("regsim-compare-notes-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [Fact]
    public void EachScenariosNote_NamesItsFile()
    {
        var (code, _, error) = Regsim.Run("compare", "scenarios/roh-only.json", "scenarios/lee-only.json", "-n", "2", "--out", Path.Combine(_temp, "c"), "--quiet");

        Assert.True(code == 0, error);
        Assert.Contains("Note: scenarios/roh-only.json: the regime 'lee' is never in force", error, StringComparison.Ordinal);
        Assert.Contains("Note: scenarios/lee-only.json: the regime 'roh' is never in force", error, StringComparison.Ordinal);
    }
}
