using System.Text.Json;
using Simulation.Web.Games;

namespace Simulation.Web.Tests;

/// <summary>The teacher's deadline request: seconds from 5 to 3600 set it, null clears it, and a body without seconds is
/// refused naming the field rather than read as a request to clear the timer.</summary>
public sealed class DeadlineBodyTests
{
    private static (TimeSpan? Time, string? Field, string? Detail) Read(string json)
    {
        var body = JsonSerializer.Deserialize<DeadlineBody>(json, JsonSerializerOptions.Web)!;
        var (time, problem) = body.Read();
        return (time, problem?.Field, problem?.Detail);
    }

    [Fact]
    public void SecondsSetTheDeadline_NullClearsIt_AndAnAbsentFieldIsRefused()
    {
        Assert.Equal((TimeSpan.FromSeconds(60), null, null), Read("""{"seconds":60}"""));
        Assert.Equal((null, null, null), Read("""{"seconds":null}"""));
        var absent = Read("{}");
        Assert.Equal((null, "seconds"), (absent.Time, absent.Field));
        Assert.StartsWith("is required", absent.Detail, StringComparison.Ordinal);
        foreach (var wrong in new[] { """{"seconds":4}""", """{"seconds":3601}""", """{"seconds":12.5}""", """{"seconds":"60"}""", """{"seconds":true}""" })
        {
            Assert.Equal((null, "seconds"), (Read(wrong).Time, Read(wrong).Field));
        }
    }
}
