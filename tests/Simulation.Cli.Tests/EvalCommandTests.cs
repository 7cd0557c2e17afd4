using System.Diagnostics;
using System.Text.Json;

namespace Simulation.Cli.Tests;

/// <summary><c>regsim eval</c> as an exploration tool drives it: JSON lines in, JSON lines out, one per point in order; the
/// same point with the same seed gives the same numbers wherever it comes; a bad line is answered with its field and the
/// stream goes on.</summary>
public sealed class EvalCommandTests
{
    [Fact]
    public void Points_GiveOneLineEach_TheSamePointTheSameNumbers_AndABadLineItsField()
    {
        var input = string.Join('\n',
            """{"id":"low","parameters":{"regimes[lee].tilt[equity].weight":0},"seed":5,"replications":40}""",
            """{"id":"bad","parameters":{"regimes[lee].tilt[equity].weight":99}}""",
            "not json",
            "",
            """{"id":"high","parameters":{"regimes[lee].tilt[equity].weight":1},"seed":5,"replications":40}""",
            """{"id":"low again","parameters":{"regimes[lee].tilt[equity].weight":0},"seed":5,"replications":40}""",
            """{"id":"negative seed","seed":-1}""",
            """{"id":"twice","x":1,"x":2,"seed":-1}""") + "\n";

        var (code, lines, stderr) = Eval(input, "scenarios/baseline.json", "--threads", "2");

        Assert.True(code == 0, stderr);
        Assert.Equal([1, 2, 3, 5, 6, 7, 8], lines.Select(l => l.GetProperty("line").GetInt32()));
        Assert.Equal("twice", lines[6].GetProperty("id").GetString());
        // A line that is JSON but not a valid point keeps its id, so a driver can tell which point failed.
        Assert.Equal("negative seed", lines[5].GetProperty("id").GetString());
        Assert.Equal("seed", lines[5].GetProperty("error").GetProperty("field").GetString());
        Assert.Equal("parameters.regimes[lee].tilt[equity].weight", lines[1].GetProperty("error").GetProperty("field").GetString());
        Assert.Contains("regimes", lines[1].GetProperty("error").GetProperty("message").GetString());
        Assert.Equal("line", lines[2].GetProperty("error").GetProperty("field").GetString());
        Assert.Equal(lines[0].GetProperty("modes").ToString(), lines[4].GetProperty("modes").ToString());
        Assert.NotEqual(lines[0].GetProperty("modes").ToString(), lines[3].GetProperty("modes").ToString());
        var gini = lines[0].GetProperty("modes").GetProperty("timeline").GetProperty("metrics").GetProperty("gini_resources_per_capita");
        Assert.InRange(gini.GetProperty("mean").GetDouble(), gini.GetProperty("ciLow").GetDouble(), gini.GetProperty("ciHigh").GetDouble());
    }

    [Fact]
    public void TheSeedsItDrawsForPointsWithoutOne_AreSeedsItTakesBack_GivingTheSameNumbers()
    {
        var input = string.Join('\n', Enumerable.Range(0, 12).Select(i => $$"""{"id":"p{{i}}","replications":2}""")) + "\n";

        var (code, drawn, stderr) = Eval(input, "scenarios/smoke.json");
        var seeds = drawn.Select(l => l.GetProperty("seed").GetUInt64()).ToList();
        var again = string.Join('\n', seeds.Select(s => $$"""{"seed":{{s}},"replications":2}""")) + "\n";
        var (code2, replayed, stderr2) = Eval(again, "scenarios/smoke.json");

        Assert.True(code == 0 && code2 == 0, stderr + stderr2);
        // Twelve 64-bit draws would all fall below 2^63 by chance once in 4,096 runs.
        Assert.All(seeds, s => Assert.InRange(s, 0UL, (ulong)long.MaxValue));
        Assert.Equal(drawn.Select(l => l.GetProperty("modes").ToString()), replayed.Select(l => l.GetProperty("modes").ToString()));
    }

    [Fact]
    public void ARejectedScenario_ExitsWithTwo_AndEvaluatesNothing()
    {
        var folder = Regsim.TempFolder();
        try
        {
            var rejected = Path.Combine(folder, "rejected.json");
            File.WriteAllText(rejected, "{ \"name\": \"rejected\", \"replications\": -1 }");

            var (code, lines, stderr) = Eval("{}\n", rejected);

            Assert.Equal(2, code);
            Assert.Empty(lines);
            Assert.Contains("rejected.json", stderr);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [SkippableFact]
    public void ThePythonExample_DrivesTheModel_WithTheStandardLibraryOnly()
    {
        Skip.IfNot(File.Exists("/usr/bin/python3"), "python3 is absent");
        var start = new ProcessStartInfo("python3") { WorkingDirectory = Regsim.Root, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { "analysis/python/eval_example.py", "--regsim", $"dotnet {Path.Combine(AppContext.BaseDirectory, "regsim.dll")}", "--replications", "30" })
        {
            start.ArgumentList.Add(a);
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(3)), "the example did not finish");

        Assert.True(process.ExitCode == 0, error.Result);
        var lines = output.Result.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(5, lines.Length);
        Assert.All(lines, l => Assert.Matches(@"^equity=[\d.]+: Gini 0\.\d{4} \(95 % interval 0\.\d{4} to 0\.\d{4}\)$", l));
    }

    [Fact]
    public void AByteOrderMarkBeforeTheFirstPoint_IsNotPartOfIt()
    {
        var (code, lines, stderr) = Eval("\uFEFF" + """{"id":"marked","seed":5,"replications":2}""" + "\n", "scenarios/smoke.json");

        Assert.True(code == 0, stderr);
        var line = Assert.Single(lines);
        Assert.Equal("marked", line.GetProperty("id").GetString());
        Assert.Equal(JsonValueKind.Null, line.GetProperty("error").ValueKind);
        Assert.True(line.TryGetProperty("modes", out _));
    }

    [Fact]
    public void ReplicationsAboveWhatAPointTakes_AreRefusedBeforeAnyPointRuns()
    {
        var (code, lines, stderr) = Eval("{}\n", "scenarios/smoke.json", "-n", "100000001");

        Assert.Equal(1, code);
        Assert.Empty(lines);
        Assert.Contains("--replications must be at most 100000000 (10^8)", stderr);
    }

    private static (int Code, List<JsonElement> Lines, string Error) Eval(string input, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = Regsim.Root, RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "regsim.dll"), "eval" }.Concat(args))
        {
            start.ArgumentList.Add(a);
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.StandardInput.Write(input);
        process.StandardInput.Close();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(3)), "regsim eval did not finish");
        var lines = output.Result.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();
        return (process.ExitCode, lines, error.Result);
    }
}
