using Simulation.Web.Games.Load;

namespace Simulation.Web.Tests;

/// <summary>A whole class on one server: sixty students in sixteen teams follow the live stream while a teacher plays every
/// round; every proposal is acknowledged once and kept, and every page sees every state once, in order. The latencies are
/// measured by <c>regsim bench class</c>, not asserted here.</summary>
public sealed class ClassLoadTests
{
    [Fact]
    public async Task SixtyStudentsInSixteenTeams_LoseNothing_AndSeeNothingTwice()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));

        var report = await ClassLoadBenchmark.RunAsync(ClassroomServerFixture.ScenariosFolder(), 60, 16, 3, timeout.Token);

        Assert.Equal(60, report.Students);
        Assert.Equal(3, report.Rounds);
        Assert.Equal(60 * 3, report.Proposals);
        Assert.True(report.JudgeP95Ms >= report.JudgeMedianMs);
    }
}
