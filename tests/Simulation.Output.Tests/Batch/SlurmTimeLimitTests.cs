using Simulation.Output.Batch;

namespace Simulation.Output.Tests.Batch;

/// <summary>A time limit in words as Slurm reads it, so that 1:30 (a minute and a half to Slurm) is not taken for 1.5 hours.</summary>
public class SlurmTimeLimitTests
{
    [Theory]
    [InlineData("90", "1 h 30 min")]
    [InlineData("1:30", "1 min 30 s (Slurm reads 1:30 as minutes:seconds; write 1:30:00 for hours and minutes)")]
    [InlineData("02:00:00", "2 h")]
    [InlineData("1-12", "1 d 12 h")]
    [InlineData("1-12:30", "1 d 12 h 30 min")]
    [InlineData("0-00:00:45", "45 s")]
    [InlineData("0", "no limit (0)")]
    [InlineData("99999999999999999999", "99999999999999999999 (as written: more than a number of seconds can hold)")]
    [InlineData("999999999999999-0", "999999999999999-0 (as written: more than a number of seconds can hold)")]
    public void ALimit_IsSaidAsSlurmReadsIt(string limit, string words)
    {
        Assert.True(SlurmJob.IsTimeLimit(limit));
        Assert.Equal(words, SlurmTimeLimit.Describe(limit));
    }
}
