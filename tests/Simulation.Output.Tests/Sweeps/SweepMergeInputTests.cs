using Simulation.Output.Sweeps;

namespace Simulation.Output.Tests.Sweeps;

/// <summary>What merge is given in place of a shard's folder is named for what it is.</summary>
public class SweepMergeInputTests
{
    [Fact]
    public void AFileGivenAsAShard_IsNamedAsAFile_NotAsMissing()
    {
        using var folder = new TempFolder();
        var file = folder.File("README.md");
        File.WriteAllText(file, "# notes");

        var refused = Assert.Throws<InvalidDataException>(() => SweepMerge.Merge([file], Path.Combine(folder.Path, "merged")));

        Assert.Equal($"'{file}' is a file, not a shard's folder: give the folders the shards wrote (DIR/shard-*-of-N)", refused.Message);
        Assert.Equal("# notes", File.ReadAllText(file));
    }
}
