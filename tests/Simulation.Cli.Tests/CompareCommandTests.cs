namespace Simulation.Cli.Tests;

public sealed class CompareCommandTests : IDisposable
{
    private readonly string _temp = Regsim.TempFolder();

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [Fact]
    public void Compare_WritesDifferencesParametersPlotsAndManifest()
    {
        var outDir = Path.Combine(_temp, "cmp");

        var (code, stdout, stderr) = Regsim.Run("compare", "scenarios/roh-only.json", "scenarios/lee-only.json", "-n", "200", "--out", outDir);

        Assert.True(code == 0, stderr);
        Assert.Contains("timeline[0].regime", stdout);
        Assert.Equal("kind,name,regime,mean_a,mean_b,difference,ci_low,ci_high,pairs", File.ReadLines(Path.Combine(outDir, "comparison.csv")).First());
        Assert.Equal(["path,a,b", "timeline[0].regime,roh,lee"], File.ReadAllLines(Path.Combine(outDir, "parameters.csv")));
        Assert.True(File.Exists(Path.Combine(outDir, "plots", "difference_win_probability_medicalComplex.png")));
        Assert.True(File.Exists(Path.Combine(outDir, "plots", "distribution_gini_resources_per_capita_timeline.svg")));
        Assert.Contains("\"scenarioA\"", File.ReadAllText(Path.Combine(outDir, "manifest.json")));
        var (_, version, _) = Regsim.Run(["--version"]);
        if (version.Trim().Split('+', 2) is [_, var revision])
        {
            Assert.Contains($"\"sourceRevision\": \"{revision}\"", File.ReadAllText(Path.Combine(outDir, "manifest.json")));
        }
    }

    [Fact]
    public void WrittenToAPipe_TheTablesKeepTheirTitlesAndRowsOnOneLineEach()
    {
        var (code, stdout, stderr) = Regsim.Run("compare", "scenarios/baseline.json", "scenarios/lee-tilts-off.json", "-n", "100",
            "--threads", "1", "--out", Path.Combine(_temp, "piped"));

        Assert.True(code == 0, stderr);
        var lines = stdout.ReplaceLineEndings("\n").Split('\n');
        Assert.Contains("Largest changes in win probability, lee-tilts-off − baseline (± half the 95 % paired interval)", lines);
        Assert.Contains(lines, l => l.StartsWith("│ regimes[lee].tilt[alignment].weight", StringComparison.Ordinal) && l.TrimEnd().EndsWith('│'));
    }

    [Fact]
    public void IdenticalScenarios_SayThatNothingDiffers_RatherThanTablesOfZeros()
    {
        var (code, stdout, stderr) = Regsim.Run("compare", "scenarios/smoke.json", "scenarios/smoke.json", "-n", "50", "--out", Path.Combine(_temp, "same"));

        Assert.True(code == 0, stderr);
        Assert.Contains("No parameter differs between smoke and smoke", stdout);
        Assert.Contains("No win probability of a competition both scenarios hold differs between smoke and smoke.", stdout);
        Assert.DoesNotContain("Largest changes", stdout);
    }

    [Fact]
    public void MalformedScenario_ExitsWithCode2()
    {
        var bad = Path.Combine(_temp, "bad.json");
        File.WriteAllText(bad, "{ \"extends\": \"nowhere.json\", \"name\": \"bad\" }");

        var (code, _, stderr) = Regsim.Run("compare", "scenarios/roh-only.json", bad, "--out", Path.Combine(_temp, "never"));

        Assert.Equal(2, code);
        Assert.Contains("nowhere.json", stderr);
        Assert.False(Directory.Exists(Path.Combine(_temp, "never")));
    }
}
