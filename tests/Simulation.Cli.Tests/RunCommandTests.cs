using System.Security.Cryptography;
using System.Text.Json;

namespace Simulation.Cli.Tests;

public sealed class RunCommandTests : IDisposable
{
    private readonly string _temp = Regsim.TempFolder();

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [Fact]
    public void Run_WritesEveryResultFile()
    {
        var outDir = Path.Combine(_temp, "smoke");
        var (code, stdout, stderr) = Regsim.Run("run", "scenarios/smoke.json", "--out", outDir, "--threads", "2");

        Assert.True(code == 0, stderr);
        Assert.Contains("Most likely winners", stdout);
        Assert.Contains("Historical timeline", stdout); // modes headed by their names, as charts and reports show them
        Assert.Contains("Regionalized", stdout);
        foreach (var file in new[] { "win_probabilities.csv", "outcomes.csv", "summary.csv", "manifest.json" })
        {
            Assert.True(File.Exists(Path.Combine(outDir, file)), file);
        }
        foreach (var plot in new[] { "win_probability_maglev", "win_probability_robotLand", "win_probability_medicalComplex", "distribution_gini", "distribution_rent_dissipation" })
        {
            Assert.True(new FileInfo(Path.Combine(outDir, "plots", plot + ".png")).Length > 1000, plot);
            Assert.Contains("<svg", File.ReadAllText(Path.Combine(outDir, "plots", plot + ".svg")));
        }
        Assert.DoesNotContain(Directory.GetDirectories(_temp), d => d != outDir);
    }

    // A what-if's report says first what it changes from the file it extends: the two Lee tilts switched off, with both
    // values; the baseline's, which extends none, says nothing of the kind.
    [Fact]
    public void AWhatIfsReport_ListsTheNumbersItChanges_FromTheScenarioItExtends()
    {
        var whatIf = Path.Combine(_temp, "what-if");
        var (code, _, stderr) = Regsim.Run("run", "scenarios/lee-tilts-off.json", "-n", "20", "--no-outcomes", "--out", whatIf, "-q");

        Assert.True(code == 0, stderr);
        var html = File.ReadAllText(Path.Combine(whatIf, "report.html"));
        Assert.Contains("This scenario extends <code>scenarios/baseline.json</code> and changes 2 parameters of it:", html);
        var changed = html[html.IndexOf("id=\"changed\"", StringComparison.Ordinal)..];
        changed = changed[..changed.IndexOf("</table>", StringComparison.Ordinal)];
        Assert.Contains("<tr><td><code>regimes[lee].tilt[alignment].weight</code></td><td class=\"num\">0.4</td><td class=\"num\">0</td><td>what-if: the tilt switched off</td></tr>", changed);
        Assert.Contains("<code>regimes[lee].tilt[jointBid].weight</code></td><td class=\"num\">0.5</td>", changed);
        Assert.Equal(2, changed.Split("<tr><td>").Length - 1);

        // A what-if that replaces the timeline, which is no sourced number, lists it too.
        var rohOnly = Path.Combine(_temp, "roh-only");
        Assert.Equal(0, Regsim.Run("run", "scenarios/roh-only.json", "-n", "20", "--no-outcomes", "--out", rohOnly, "-q").ExitCode);
        var timeline = File.ReadAllText(Path.Combine(rohOnly, "report.html"));
        Assert.Contains("<tr><td><code>timeline[0].toYear</code></td><td class=\"num\">2007</td><td class=\"num\">2015</td>", timeline);
        Assert.Contains("<tr><td><code>timeline[1].regime</code></td><td class=\"num\">lee</td><td class=\"num\">–</td><td>gone from this scenario</td></tr>", timeline);

        var baseline = Path.Combine(_temp, "baseline");
        Assert.Equal(0, Regsim.Run("run", "scenarios/baseline.json", "-n", "20", "--no-outcomes", "--out", baseline, "-q").ExitCode);
        Assert.DoesNotContain("This scenario extends", File.ReadAllText(Path.Combine(baseline, "report.html")));
    }

    [Fact]
    public void Csv_HaveTheDocumentedColumns()
    {
        var outDir = Path.Combine(_temp, "columns");
        Assert.Equal(0, Regsim.Run("run", "scenarios/smoke.json", "--out", outDir).ExitCode);

        Assert.Equal("regime,project,region,wins,replications,probability,ci_low,ci_high", Header("win_probabilities.csv"));
        Assert.Equal("metric,regime,count,mean,sd,p05,p50,p95", Header("summary.csv"));
        var outcomes = File.ReadAllLines(Path.Combine(outDir, "outcomes.csv"));
        Assert.StartsWith("replication,regime,winners_maglev,winners_robotLand,winners_medicalComplex,gini_resources_per_capita,theil_resources_per_capita,capital_region_share,rent_dissipation,", outcomes[0]);
        Assert.Contains("resources_per_capita_daegu", outcomes[0]);
        Assert.Equal(1 + (20 * 3), outcomes.Length);
        Assert.Equal(16 * 3 * 3, File.ReadAllLines(Path.Combine(outDir, "win_probabilities.csv")).Length - 1);

        string Header(string file) => File.ReadLines(Path.Combine(outDir, file)).First();
    }

    [Fact]
    public void Manifest_RecordsTheScenarioAndItsHash()
    {
        var outDir = Path.Combine(_temp, "manifest");
        Assert.Equal(0, Regsim.Run("run", "scenarios/smoke.json", "--out", outDir, "--seed", "99", "-n", "15", "-t", "1").ExitCode);

        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "manifest.json")));
        var root = manifest.RootElement;
        var expectedHash = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(Regsim.Root, "scenarios", "smoke.json"))));
        Assert.Equal(expectedHash, root.GetProperty("scenarioSha256").GetString());
        Assert.Equal(99UL, root.GetProperty("seed").GetUInt64());
        Assert.Equal(15, root.GetProperty("replications").GetInt32());
        Assert.Equal(1, root.GetProperty("threads").GetInt32());
        Assert.False(string.IsNullOrEmpty(root.GetProperty("toolVersion").GetString()));
        Assert.True(root.GetProperty("wallTimeSeconds").GetDouble() > 0);

        // The commit the tool was built from, as --version reports it (a build from a git checkout always has one).
        var (_, version, _) = Regsim.Run(["--version"]);
        var revision = version.Trim().Split('+', 2) is [_, var r] ? r : null;
        Assert.True(root.TryGetProperty("sourceRevision", out var written) == revision is not null);
        if (revision is not null)
        {
            Assert.Matches("^[0-9a-f]{40}$", revision);
            Assert.Equal(revision, written.GetString());
            Assert.Contains($"(source {revision})", File.ReadAllText(Path.Combine(outDir, "report.html")));
        }
    }

    [Fact]
    public void SameSeed_GivesByteIdenticalCsvAtAnyThreadCount()
    {
        var one = Path.Combine(_temp, "one");
        var two = Path.Combine(_temp, "two");
        Assert.Equal(0, Regsim.Run("run", "scenarios/smoke.json", "-n", "300", "--out", one, "--threads", "1").ExitCode);
        Assert.Equal(0, Regsim.Run("run", "scenarios/smoke.json", "-n", "300", "--out", two, "--threads", "2").ExitCode);

        foreach (var file in new[] { "win_probabilities.csv", "outcomes.csv", "summary.csv" })
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(one, file)), File.ReadAllBytes(Path.Combine(two, file)));
        }
    }

    [Fact]
    public void MalformedScenario_ExitsWithCode2_NamesTheProblem_AndWritesNothing()
    {
        var bad = Path.Combine(_temp, "bad.json");
        File.WriteAllText(bad, File.ReadAllText(Path.Combine(Regsim.Root, "scenarios", "baseline.json")).Replace("\"seed\": 20030225", "\"seed\": -4"));
        var outDir = Path.Combine(_temp, "never");

        var (code, _, stderr) = Regsim.Run("run", bad, "--out", outDir);

        Assert.Equal(2, code);
        Assert.Contains(bad, stderr);
        Assert.Contains("$.seed", stderr);
        Assert.False(Directory.Exists(outDir));
        Assert.Empty(Directory.GetDirectories(_temp));
    }

    [Fact]
    public void FailedRun_LeavesAnEarlierGoodResultInPlace()
    {
        var outDir = Path.Combine(_temp, "kept");
        Assert.Equal(0, Regsim.Run("run", "scenarios/smoke.json", "--out", outDir).ExitCode);
        var before = File.ReadAllBytes(Path.Combine(outDir, "outcomes.csv"));
        var bad = Path.Combine(_temp, "bad.json");
        File.WriteAllText(bad, "{ not json");

        Assert.Equal(2, Regsim.Run("run", bad, "--out", outDir).ExitCode);

        Assert.Equal(before, File.ReadAllBytes(Path.Combine(outDir, "outcomes.csv")));
    }

    [Theory]
    [InlineData("--replications", "0")]
    [InlineData("--threads", "0")]
    public void BadOption_IsRejectedBeforeRunning(string option, string value)
    {
        var outDir = Path.Combine(_temp, "bad-option");
        var (code, _, stderr) = Regsim.Run("run", "scenarios/smoke.json", option, value, "--out", outDir);

        Assert.Equal(1, code);
        Assert.Contains(option, stderr);
        Assert.False(Directory.Exists(outDir));
    }

    [Fact]
    public void AFolderHoldingAUsersFiles_IsRefusedBeforeRunning_AndKeepsThem()
    {
        var outDir = Path.Combine(_temp, "mine");
        Directory.CreateDirectory(outDir);
        File.WriteAllText(Path.Combine(outDir, "thesis.tex"), "chapter one");

        var (code, _, stderr) = Regsim.Run("run", "scenarios/smoke.json", "--out", outDir);

        Assert.Equal(1, code);
        Assert.Contains($"'{outDir}' holds files that are not an earlier result (thesis.tex)", stderr);
        Assert.DoesNotContain("   at ", stderr);
        Assert.Equal(["thesis.tex"], Directory.GetFileSystemEntries(outDir).Select(Path.GetFileName));
        Assert.Single(Directory.GetFileSystemEntries(_temp)); // no staging folder left beside it
    }

    [Fact]
    public void AFolderHoldingAnotherCommandsResults_IsRefusedSayingSo_AndKeepsThem()
    {
        var sweep = Path.Combine(_temp, "sweep");
        var (swept, _, sweepError) = Regsim.Run("sweep", "scenarios/experiments/smoke-sweep.json", "--out", sweep, "--quiet");
        var before = Directory.GetFiles(sweep, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();

        var (code, _, stderr) = Regsim.Run("run", "scenarios/smoke.json", "--out", sweep, "--quiet");

        Assert.True(swept == 0, sweepError);
        Assert.Equal(1, code);
        Assert.Contains($"'{sweep}' holds the results of another command (plots/", stderr);
        Assert.Equal(before, Directory.GetFiles(sweep, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("run", "scenarios/smoke.json", "--replications", "abc")]
    [InlineData("run", "scenarios/smoke.json", "--replications", "1.5")]
    [InlineData("run", "scenarios/smoke.json", "--seed", "1e3")]
    [InlineData("compare", "scenarios/smoke.json", "--replications", "x")]
    [InlineData("serve", "--scenarios", "--port", "abc")]
    [InlineData("sensitivity", "--priors", "--replications", "q")]
    [InlineData("bench", "--quick", "--runs", "many")]
    public void ANumberOptionGivenSomethingElse_NamesTheOptionAndWhatItTakes_WithoutAStackTrace(string command, string first, string option, string value)
    {
        string[] args = command switch
        {
            "compare" => [command, first, first, option, value],
            "serve" => [command, first, "scenarios", option, value],
            "sensitivity" => [command, first, "scenarios/baseline.json", option, value],
            _ => [command, first, option, value],
        };

        var (code, _, stderr) = Regsim.Run(args);

        Assert.Equal(1, code);
        Assert.Contains($"{option} takes a whole number", stderr);
        Assert.Contains($"'{value}'", stderr);
        Assert.DoesNotContain("   at ", stderr);
        Assert.DoesNotContain("System.", stderr);
    }

    [Fact]
    public void AParseError_IsSaidWithAPointerToTheHelp_NotTheWholeHelp()
    {
        var (code, stdout, stderr) = Regsim.Run("run");

        Assert.Equal(1, code);
        Assert.Contains("Required argument 'scenario' missing", stderr);
        Assert.Contains("See 'regsim run --help' for its arguments and options.", stderr);
        Assert.DoesNotContain("Usage:", stdout + stderr);
    }

    [Theory]
    [InlineData("run", "9223372036854775808")]
    [InlineData("validate", "18446744073709551615")]
    public void ASeedLargerThanAScenarioFileHolds_IsRefused_BeforeAnyWork(string command, string seed)
    {
        var outDir = Path.Combine(_temp, "big-seed");

        var (code, _, stderr) = Regsim.Run(command, "scenarios/smoke.json", "--seed", seed, "-n", "10", "--out", outDir);

        Assert.Equal(1, code);
        Assert.Contains($"--seed must be at most 9223372036854775807, the largest seed a scenario file holds (got {seed}).", stderr);
        Assert.False(Directory.Exists(outDir));
    }

    [Theory]
    [InlineData("-1", "--seed must be at least 0 (got -1).")]
    [InlineData("18446744073709551616", "--seed must be at most 9223372036854775807, the largest seed a scenario file holds (got 18446744073709551616).")]
    public void ASeedOutsideEveryWholeNumberASeedTakes_IsRefused_StatingTheRangeAScenarioFileHolds(string seed, string said)
    {
        var outDir = Path.Combine(_temp, "bad-seed");

        var (code, _, stderr) = Regsim.Run("run", "scenarios/smoke.json", "--seed", seed, "-n", "10", "--out", outDir);

        Assert.Equal(1, code);
        Assert.Contains(said, stderr);
        Assert.False(Directory.Exists(outDir));
    }

    [Fact]
    public void AMisspeltOption_IsNamedOnStderrWithTheNearestOption_AndStdoutStaysEmpty()
    {
        var (code, stdout, stderr) = Regsim.Run("run", "scenarios/baseline.json", "--threds", "2", "--quite");

        Assert.Equal(1, code);
        Assert.Equal(string.Empty, stdout);
        Assert.Contains("'--threds': did you mean '--threads'?", stderr);
        Assert.Contains("'--quite': did you mean '--quiet'?", stderr);
        Assert.DoesNotContain("'2': did you mean", stderr); // a stray value is no misspelt option
        Assert.DoesNotContain("'2'", stderr); // nor a second mistake: it is refused with its option
    }

    [Fact]
    public void AMisspeltCommand_IsRefusedWithTheNearestCommand()
    {
        var (code, stdout, stderr) = Regsim.Run("rnu", "scenarios/baseline.json");

        Assert.Equal(1, code);
        Assert.Equal(string.Empty, stdout);
        Assert.StartsWith("'rnu' is not a regsim command; did you mean 'run'? The commands are run, ", stderr);
        // Two edits turn most short words into a short command: a short name is suggested only one edit away.
        Assert.StartsWith("'rm' is not a regsim command; the commands are run, ", Regsim.Run("rm", "x").Error);
    }

    [Fact]
    public void AnOptionTheCommandLacks_InTheArgumentsPlace_IsCalledAnOption_NotAMissingFile()
    {
        var (code, stdout, stderr) = Regsim.Run("sweep", "--version");

        Assert.Equal(1, code);
        Assert.Equal(string.Empty, stdout);
        Assert.Contains("'--version' is not an option of this command, and no experiment file of that name exists.", stderr);
    }

    [Fact]
    public void MissingScenarioFile_IsRejected()
    {
        var (code, _, stderr) = Regsim.Run("run", "scenarios/does-not-exist.json");

        Assert.Equal(1, code);
        Assert.Contains("does-not-exist.json", stderr);
    }
}
