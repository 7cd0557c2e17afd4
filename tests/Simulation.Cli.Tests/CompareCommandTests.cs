using System.Globalization;

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
    public void BsOwnSeed_IsSaidNotToBeUsed_AndChangesAreCountedAgainstChance()
    {
        var seeded = Path.Combine(_temp, "seeded.json");
        File.WriteAllText(seeded, $$"""
            { "extends": "{{Path.Combine(Regsim.Root, "scenarios", "baseline.json").Replace("\\", "/")}}", "name": "seeded", "seed": 1,
              "regimes": [ { "id": "lee", "selection": { "discretion": { "value": 0.9, "source": "what-if" } } } ] }
            """);

        var (code, stdout, stderr) = Regsim.Run("compare", "scenarios/baseline.json", seeded, "-n", "200", "--out", Path.Combine(_temp, "seeded"));
        var (given, givenOut, givenError) = Regsim.Run("compare", "scenarios/baseline.json", seeded, "-n", "20", "--seed", "5", "--out", Path.Combine(_temp, "given"));

        Assert.True(code == 0, stderr);
        Assert.Contains("seeded's own seed (1) was not used: both scenarios ran on baseline's (20030225)", stdout, StringComparison.Ordinal);
        Assert.Matches(@"[0-9]+ of the [0-9]+ metric and mode pairs that differ at all exclude 0; about [0-9]+ would by chance alone", stdout);
        Assert.True(given == 0, givenError);
        Assert.DoesNotContain("was not used", givenOut, StringComparison.Ordinal);
    }

    [Fact]
    public void AFieldOneScenarioLeavesOut_IsShownAsAbsent_NotAsABlank()
    {
        var whatIf = Path.Combine(_temp, "lee-eligible.json");
        File.WriteAllText(whatIf, $$"""
            { "extends": "{{Path.Combine(Regsim.Root, "scenarios", "baseline.json").Replace("\\", "/")}}", "name": "lee-eligible",
              "regimes": [ { "id": "lee", "fund": { "eligible": ["busan", "daegu"] } } ] }
            """);

        var (code, stdout, stderr) = Regsim.Run("compare", "scenarios/baseline.json", whatIf, "-n", "20", "--out", Path.Combine(_temp, "absent"));

        Assert.True(code == 0, stderr);
        var row = stdout.ReplaceLineEndings("\n").Split('\n').Single(l => l.Contains("regimes[lee].fund.eligible", StringComparison.Ordinal));
        Assert.Contains("(absent)", row, StringComparison.Ordinal);
        Assert.Contains("(absent): the scenario does not give it; a field left out takes its default", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void AWhatIfThatAddsManyFields_ShowsTheValueItChanges_BeforeTheFieldsItAdds()
    {
        // Two new attributes give 32 fields the baseline lacks, all sorting before "behaviour"; the one value both give differs.
        var regions = string.Join(", ", Enumerable.Range(0, 16).Select(i => "{ \"id\": \"" + RegionIds[i] + "\", \"values\": { \"aNew\": " + (i + 1)
            + ", \"bNew\": " + (i + 2) + " } }"));
        var whatIf = Path.Combine(_temp, "added.json");
        File.WriteAllText(whatIf, $$"""
            { "extends": "{{Path.Combine(Regsim.Root, "scenarios", "baseline.json").Replace("\\", "/")}}", "name": "added",
              "attributes": [ { "id": "aNew", "unit": "count", "source": "test" }, { "id": "bNew", "unit": "count", "source": "test" } ],
              "regions": [ {{regions}} ],
              "behaviour": { "damping": { "value": 0.5, "source": "what-if" } } }
            """);

        var (code, stdout, stderr) = Regsim.Run("compare", "scenarios/baseline.json", whatIf, "-n", "20", "--out", Path.Combine(_temp, "added-out"));

        Assert.True(code == 0, stderr);
        Assert.Contains("; 20 shown, values both give before fields one leaves out; all in parameters.csv)", stdout, StringComparison.Ordinal);
        Assert.Contains(stdout.ReplaceLineEndings("\n").Split('\n'), l => l.Contains("behaviour.damping", StringComparison.Ordinal) && l.Contains("0.6", StringComparison.Ordinal));
        Assert.Contains("behaviour.damping", File.ReadAllText(Path.Combine(_temp, "added-out", "parameters.csv")), StringComparison.Ordinal);
    }

    private static readonly string[] RegionIds = ["seoul", "busan", "daegu", "incheon", "gwangju", "daejeon", "ulsan", "gyeonggi", "gangwon", "chungbuk",
        "chungnam", "jeonbuk", "jeonnam", "gyeongbuk", "gyeongnam", "jeju"];

    [Theory]
    [InlineData(0.362, "36 %")]
    [InlineData(0.09589, "9.6 %")]
    [InlineData(0.0095, "0.95 %")]
    [InlineData(0.00012, "0.012 %")]
    [InlineData(0.00009, "< 0.01 %")]
    [InlineData(1.5, "150 %")]
    public void ARelativeSize_IsAPercentageToTwoSignificantDigits(double size, string shown) => Assert.Equal(shown, CompareService.Percent(size));

    [Fact]
    public void WrittenToAPipe_TheTablesKeepTheirTitlesAndRowsOnOneLineEach()
    {
        var (code, stdout, stderr) = Regsim.Run("compare", "scenarios/baseline.json", "scenarios/lee-tilts-off.json", "-n", "100",
            "--threads", "1", "--out", Path.Combine(_temp, "piped"));

        Assert.True(code == 0, stderr);
        var lines = stdout.ReplaceLineEndings("\n").Split('\n');
        Assert.Contains("Largest changes in win probability, lee-tilts-off − baseline (± half the 95 % paired interval; beyond noise: it excludes 0)", lines);
        // Each change says whether its interval excludes 0, as comparison.csv's bounds do.
        var rows = File.ReadAllLines(Path.Combine(_temp, "piped", "comparison.csv")).Skip(1).Select(l => l.Split(',')).Where(r => r[0] == "win").ToList();
        var shown = lines.Where(l => l.StartsWith("│ timeline", StringComparison.Ordinal) || l.StartsWith("│ roh ", StringComparison.Ordinal)
            || l.StartsWith("│ lee ", StringComparison.Ordinal)).Select(l => l.Split('│', StringSplitOptions.TrimEntries)).Where(c => c.Length > 6 && c[2].Contains(':')).ToList();
        Assert.NotEmpty(shown);
        Assert.All(shown, c =>
        {
            var row = rows.Single(r => r[2] == c[1] && r[1] == c[2]);
            var clear = double.Parse(row[6], System.Globalization.CultureInfo.InvariantCulture) > 0 || double.Parse(row[7], System.Globalization.CultureInfo.InvariantCulture) < 0;
            Assert.Equal(clear ? "yes" : "no", c[6]);
        });
        Assert.Contains(lines, l => l.StartsWith("│ regimes[lee].tilt[alignment].weight", StringComparison.Ordinal) && l.TrimEnd().EndsWith('│'));
    }

    [Fact]
    public void IdenticalScenarios_SayThatNothingDiffers_RatherThanTablesOfZeros()
    {
        var (code, stdout, stderr) = Regsim.Run("compare", "scenarios/smoke.json", "scenarios/smoke.json", "-n", "50", "--out", Path.Combine(_temp, "same"));

        Assert.True(code == 0, stderr);
        Assert.Contains("No parameter differs between smoke and smoke", stdout);
        Assert.Contains("No win probability of a competition both scenarios hold differs between smoke and smoke.", stdout);
        Assert.Contains("No outcome metric differs between smoke and smoke beyond its 95 % paired interval.", stdout);
        Assert.DoesNotContain("Largest changes", stdout);
        Assert.DoesNotContain("Metrics whose", stdout);
    }

    [Fact]
    public void AProjectAddedLater_IsSaidByTheMetricsItMoves_ThoughNoComparedWinProbabilityMoves()
    {
        var later = Path.Combine(_temp, "later-project.json");
        File.WriteAllText(later, $$"""
            { "extends": "{{Path.Combine(Regsim.Root, "scenarios", "baseline.json").Replace("\\", "/")}}", "name": "later-project",
              "projects": [ { "id": "laterHub", "name": "A later hub", "year": 2011, "winners": 1,
                "prizeValuePerWinnerBillionWon": { "value": 800, "source": "test" }, "nationalFundingPerWinnerBillionWon": { "value": 400, "source": "test" },
                "candidates": [], "jointBids": false, "criteria": [ { "signal": "capacity", "weight": { "value": 0.5, "source": "test" } } ], "source": "test" } ] }
            """);

        var (code, stdout, stderr) = Regsim.Run("compare", "scenarios/baseline.json", later, "-n", "300", "--out", Path.Combine(_temp, "later"));

        Assert.True(code == 0, stderr);
        var lines = stdout.ReplaceLineEndings("\n").Split('\n');
        Assert.Contains("No win probability of a competition both scenarios hold differs between baseline and later-project.", lines);
        // What the console lists is what comparison.csv holds: every metric row whose 95 % interval excludes 0, counted.
        var clear = File.ReadLines(Path.Combine(_temp, "later", "comparison.csv")).Skip(1).Select(l => l.Split(','))
            .Where(f => f[0] == "metric" && (double.Parse(f[6], CultureInfo.InvariantCulture) > 0 || double.Parse(f[7], CultureInfo.InvariantCulture) < 0))
            .ToDictionary(f => (Regime: f[2], Metric: f[1]));
        Assert.NotEmpty(clear);
        Assert.Contains(clear.Values, f => f[1] == "prize_awarded_bn_krw" && f[5] == "800");
        var title = Assert.Single(lines, l => l.StartsWith("Metrics whose 95 % paired interval excludes 0, later-project − baseline (", StringComparison.Ordinal));
        Assert.StartsWith($"Metrics whose 95 % paired interval excludes 0, later-project − baseline ({clear.Count} of ", title, StringComparison.Ordinal);
        var rows = lines.SkipWhile(l => l != title).Skip(4).TakeWhile(l => l.StartsWith('│')).Select(l => l.Split('│', StringSplitOptions.TrimEntries)).ToList();
        Assert.Equal(Math.Min(clear.Count, CompareService.Top), rows.Count);
        Assert.All(rows, r => Assert.True(clear.ContainsKey((r[1], r[2])), $"{r[1]} {r[2]} is listed but its interval does not exclude 0"));
        // Each row says how large its change is for the metric (|B − A| ÷ the larger mean), as the title explains.
        Assert.Contains("relative size: |change| ÷ the larger mean.", stdout, StringComparison.Ordinal);
        Assert.All(rows, r =>
        {
            var (a, b) = (double.Parse(clear[(r[1], r[2])][3], CultureInfo.InvariantCulture), double.Parse(clear[(r[1], r[2])][4], CultureInfo.InvariantCulture));
            Assert.Equal(CompareService.Percent(Math.Abs(b - a) / Math.Max(Math.Abs(a), Math.Abs(b))), r[6]);
        });
        Assert.DoesNotContain("No outcome metric differs", stdout);
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
