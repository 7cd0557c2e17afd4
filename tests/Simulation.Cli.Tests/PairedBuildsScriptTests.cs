namespace Simulation.Cli.Tests;

/// <summary>scripts/bench/paired-builds.sh is how two versions' speeds are compared on a machine whose speed drifts; it must
/// time both, report the ratios and tell whether the two give the same results.</summary>
public sealed class PairedBuildsScriptTests
{
    private static readonly string Script = Path.Combine(Regsim.Root, "scripts", "bench", "paired-builds.sh");
    private static readonly string Build = Path.Combine(AppContext.BaseDirectory, "regsim.dll");

    [SkippableFact]
    public void TwoCopiesOfOneBuild_GiveTheSameResults_AndARatioForEveryPair()
    {
        Skip.If(Environment.ProcessorCount < 2, "the script needs two cores");
        var (code, output, error) = RunScript("--pairs", "2", "--replications", "200");

        Assert.True(code == 0, output + error);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("pair first_ms second_ms ratio", lines[0]);
        var pairs = lines.Skip(1).Take(2).Select(l => l.Split(' ')).ToArray();
        Assert.All(pairs, p => Assert.True(double.Parse(p[3], System.Globalization.CultureInfo.InvariantCulture) > 0, string.Join(' ', p)));
        Assert.Matches(@"^median ratio second/first \d+\.\d{3} \(range \d+\.\d{3}-\d+\.\d{3}, 2 pairs\); same results: yes$", lines[3]);
        // The two pairs summed: each build once on each core.
        var ms = pairs.Select(p => (First: Number(p[1]), Second: Number(p[2]))).ToArray();
        var balanced = (ms[0].Second + ms[1].Second) / (ms[0].First + ms[1].First);
        Assert.Matches(@"^core-balanced ratio second/first (\d+\.\d{3}) \(range \d+\.\d{3}-\d+\.\d{3}, 1 pairs of pairs\)$", lines[4]);
        Assert.True(Math.Abs(Number(System.Text.RegularExpressions.Regex.Match(lines[4], @"\d+\.\d{3}").Value) - balanced) <= 0.0006, $"{lines[4]} against {balanced}");
    }

    [SkippableFact]
    public void ASecondScenario_IsRunByTheSecondBuild_AndItsDifferentResultsAreSaid()
    {
        Skip.If(Environment.ProcessorCount < 2, "the script needs two cores");
        var (code, output, error) = RunScript("--pairs", "1", "--replications", "200", "--second-scenario", "scenarios/roh-only.json");

        Assert.True(code == 0, output + error);
        Assert.EndsWith("same results: no", output.Split('\n', StringSplitOptions.RemoveEmptyEntries)[2]);
    }

    [Fact]
    public void ABadOption_IsNamed_AndNothingRuns()
    {
        var (code, _, error) = RunScript("--pairs", "none");

        Assert.Equal(2, code);
        Assert.Contains("--pairs must be a whole number of at least 1, not 'none'", error);
    }

    [Fact]
    public void AMissingSecondScenario_IsNamed_AndNothingRuns()
    {
        var (code, _, error) = RunScript("--second-scenario", "scenarios/nowhere.json");

        Assert.Equal(2, code);
        Assert.Contains("no scenario file 'scenarios/nowhere.json' (--second-scenario)", error);
    }

    private static double Number(string text) => double.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    private static (int ExitCode, string Out, string Error) RunScript(params string[] options) =>
        Regsim.Start(["bash", Script, Build, Build], Regsim.Root, TimeSpan.FromMinutes(5), options);
}
