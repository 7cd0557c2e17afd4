using System.Text.Json;

namespace Simulation.Cli.Tests;

/// <summary><c>regsim replay</c> tells the replication <c>regsim run</c> numbers the same: its winners are the run's.</summary>
public sealed class ReplayCommandTests
{
    [Theory]
    [InlineData("timeline", 0)]
    [InlineData("lee", 2)]
    public void AReplayedReplication_HasTheWinnersOfTheRunsReplicationOfThatNumber(string mode, int replication)
    {
        var folder = Regsim.TempFolder();
        try
        {
            var run = Regsim.Run("run", "scenarios/baseline.json", "-n", "3", "--seed", "9", "--out", folder, "--quiet");
            Assert.True(run.ExitCode == 0, run.Error);
            var (code, stdout, stderr) = Regsim.Run("replay", "scenarios/baseline.json", "-r", replication.ToString(System.Globalization.CultureInfo.InvariantCulture),
                "--seed", "9", "--mode", mode, "--json");
            Assert.True(code == 0, stderr);

            using var json = JsonDocument.Parse(stdout);
            Assert.Equal(9UL, json.RootElement.GetProperty("seed").GetUInt64());
            var replayed = json.RootElement.GetProperty("replay").GetProperty("years").EnumerateArray()
                .SelectMany(y => y.GetProperty("competitions").EnumerateArray())
                .ToDictionary(c => c.GetProperty("project").GetString()!, c => c.GetProperty("bids").EnumerateArray()
                    .Where(b => b.GetProperty("won").GetBoolean())
                    .Select(b => string.Join("+", b.GetProperty("regions").EnumerateArray().Select(r => r.GetString())))
                    .Order(StringComparer.Ordinal).ToList());
            var lines = File.ReadAllLines(Path.Combine(folder, "outcomes.csv"));
            var header = lines[0].Split(',');
            var row = lines.Skip(1).Select(l => l.Split(',')).Single(r => r[0] == replication.ToString(System.Globalization.CultureInfo.InvariantCulture) && r[1] == mode);
            Assert.Equal(3, replayed.Count);
            foreach (var (project, winners) in replayed)
            {
                var column = Array.IndexOf(header, "winners_" + project);
                Assert.Equal(row[column].Split(';').Order(StringComparer.Ordinal), winners);
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void TheText_SaysHowToGetTheSameHistoryAgain_AndEveryYear()
    {
        var (code, stdout, stderr) = Regsim.Run("replay", "scenarios/baseline.json", "-r", "4");

        Assert.True(code == 0, stderr);
        var lines = stdout.Split('\n');
        Assert.StartsWith("baseline: replication 4, mode timeline, seed ", lines[0]);
        Assert.Equal(13, lines.Count(l => l.Length > 6 && int.TryParse(l.AsSpan(0, 4), out var year) && year is >= 2003 and <= 2015 && l[4] == ' '));
        Assert.Contains(lines, l => l.Contains("Maglev demonstration line (1 winner)", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("National resources received by the end of 2015", StringComparison.Ordinal));
    }

    [Fact]
    public void AModeTheScenarioDoesNotHave_IsABadArgument_NamingItsModes()
    {
        var (code, stdout, stderr) = Regsim.Run("replay", "scenarios/baseline.json", "--mode", "Lee");

        Assert.Equal(1, code);
        Assert.Empty(stdout);
        Assert.Contains("--mode: 'Lee' is not a regime mode of this scenario; use one of timeline, roh, lee", stderr);
        Assert.Contains("regsim replay --help", stderr);
    }
}
