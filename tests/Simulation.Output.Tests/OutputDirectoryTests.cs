namespace Simulation.Output.Tests;

public class OutputDirectoryTests
{
    [Fact]
    public void Commit_ReplacesEarlierFolder()
    {
        using var temp = new TempFolder();
        var final = temp.File("results");
        Directory.CreateDirectory(final);
        File.WriteAllText(Path.Combine(final, "old.txt"), "old");

        using (var output = OutputDirectory.Create(final))
        {
            File.WriteAllText(Path.Combine(output.Path, "new.txt"), "new");
            Assert.False(File.Exists(Path.Combine(final, "new.txt")));
            output.Commit();
        }

        Assert.Equal("new", File.ReadAllText(Path.Combine(final, "new.txt")));
        Assert.False(File.Exists(Path.Combine(final, "old.txt")));
        Assert.Equal([final], Directory.GetDirectories(temp.Path));
    }

    [Fact]
    public void DisposeWithoutCommit_LeavesEarlierFolderAndNoStaging()
    {
        using var temp = new TempFolder();
        var final = temp.File("results");
        Directory.CreateDirectory(final);
        File.WriteAllText(Path.Combine(final, "old.txt"), "old");

        string staging;
        using (var output = OutputDirectory.Create(final))
        {
            staging = output.Path;
            File.WriteAllText(Path.Combine(output.Path, "half.txt"), "half");
        }

        Assert.False(Directory.Exists(staging));
        Assert.Equal("old", File.ReadAllText(Path.Combine(final, "old.txt")));
        Assert.Equal([final], Directory.GetDirectories(temp.Path));
    }

    [Fact]
    public void Create_MakesMissingParentsAndStagesBesideFinalPath()
    {
        using var temp = new TempFolder();
        var final = Path.Combine(temp.Path, "a", "b", "results");

        using var output = OutputDirectory.Create(final);

        Assert.True(Directory.Exists(output.Path));
        Assert.Equal(Path.GetDirectoryName(final), Path.GetDirectoryName(output.Path));
        Assert.StartsWith(final + ".partial-", output.Path);
        output.Commit();
        Assert.True(Directory.Exists(final));
    }
}
