namespace Simulation.Application.Tests;

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
}
