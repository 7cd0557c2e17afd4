namespace Simulation.Output.Tests.Files;

public class WholeFileTests
{
    [Fact]
    public void AReplacementThatCannotBeFinished_LeavesNoFragmentBesideTheFile()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "manifest.json");
        Directory.CreateDirectory(path); // nothing can be moved over a folder: the replacement fails after writing its text

        Assert.ThrowsAny<IOException>(() => WholeFile.Replace(path, "{}"));

        Assert.Equal(["manifest.json"], Directory.EnumerateFileSystemEntries(folder.Path).Select(Path.GetFileName));
        Assert.True(Directory.Exists(path));
    }

    [Fact]
    public void AReplacement_TakesTheFilesPlace_WithNothingBesideIt()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "manifest.json");
        File.WriteAllText(path, "old");

        WholeFile.Replace(path, "new");

        Assert.Equal("new", File.ReadAllText(path));
        Assert.Single(Directory.EnumerateFileSystemEntries(folder.Path));
    }
}
