namespace Simulation.Experiments.Tests;

/// <summary>--shard I/N: a malformed value and one past a whole number's range are refused, each saying what is wrong.</summary>
public class ShardSpecTests
{
    [Theory]
    [InlineData("0/4", 0, 4)]
    [InlineData("3/4", 3, 4)]
    public void AValidShard_Parses(string text, int index, int count)
    {
        var shard = ShardSpec.TryParse(text, out var error);

        Assert.Null(error);
        Assert.Equal(new ShardSpec(index, count), shard);
    }

    [Theory]
    [InlineData("out/study", "out/study")]
    [InlineData("out/study/shard-1-of-3", "out/study")]
    [InlineData("out/study/shard-1-of-3/", "out/study")]
    [InlineData("out/study/shard-0-of-3", "out/study/shard-0-of-3")] // another shard's folder is a study folder like any other
    [InlineData("shard-1-of-3", "shard-1-of-3")] // no parent to name: the folder as given
    public void AStudyFolder_IsTheOutputFolder_OrItsParentWhenItNamesThisShard(string output, string study)
    {
        Assert.Equal(study, new ShardSpec(1, 3).StudyFolder(output));
    }

    [Theory]
    [InlineData("4/4", "--shard must be I/N with 0 ≤ I < N (for example 0/4), not '4/4'")]
    [InlineData("0/0", "--shard must be I/N with 0 ≤ I < N (for example 0/4), not '0/0'")]
    [InlineData("a/4", "--shard must be I/N with 0 ≤ I < N (for example 0/4), not 'a/4'")]
    [InlineData("0/99999999999", "--shard takes I and N of at most 2,147,483,647, not '0/99999999999'")]
    [InlineData("99999999999/4", "--shard takes I and N of at most 2,147,483,647, not '99999999999/4'")]
    public void AShardOutsideTheForm_IsRefused_SayingWhy(string text, string message)
    {
        Assert.Null(ShardSpec.TryParse(text, out var error));
        Assert.Equal(message, error);
    }

    [Fact]
    public void TheShards_DealEveryItemToExactlyOneOfThem_RoundRobin()
    {
        var shards = Enumerable.Range(0, 3).Select(i => new ShardSpec(i, 3)).ToList();

        var owned = shards.Select(s => s.OwnedOf(8).ToList()).ToList();

        Assert.Equal([0, 3, 6], owned[0]);
        Assert.Equal([1, 4, 7], owned[1]);
        Assert.Equal([2, 5], owned[2]);
        Assert.All(Enumerable.Range(0, 8), item => Assert.True(shards[ShardSpec.OwnerOf(item, 3)].Owns(item)));
        Assert.Equal(Enumerable.Range(0, 8), ShardSpec.Whole.OwnedOf(8));
    }

    [Fact]
    public void AManifestWithoutShardFields_DescribesTheWholeStudy()
    {
        Assert.Equal(ShardSpec.Whole, ShardSpec.Of(null, null));
        Assert.Equal(new ShardSpec(2, 5), ShardSpec.Of(2, 5));
    }

    [Theory]
    [InlineData("shard-0-of-4", true)]
    [InlineData("shard-12-of-100", true)]
    [InlineData("shard-a-of-4", false)]
    [InlineData("shard-1-of-", false)]
    [InlineData("shard-notes", false)]
    [InlineData("my-shard-1-of-2", false)]
    public void AShardFolderName_IsRecognised_ByItsWholeForm(string name, bool isShard)
    {
        Assert.Equal(isShard, ShardSpec.IsFolderName(name));
        if (isShard)
        {
            Assert.StartsWith(new ShardSpec(0, 4).FolderName[..6], name);
        }
    }
}
