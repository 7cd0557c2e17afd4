using System.Globalization;
using Simulation.Experiments.Scenarios;
using Simulation.Output.Validation;
using Simulation.Tests.Shared;

namespace Simulation.Cli.Tests;

public sealed class SensitivityCommandTests : IDisposable
{
    private readonly string _temp = Regsim.TempFolder();

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [Theory]
    [InlineData("morris", "mu_star")]
    [InlineData("sobol", "total")]
    public void Sensitivity_WritesIndicesWithIntervals_AndABarPlotPerOutput(string method, string index)
    {
        var outDir = Path.Combine(_temp, method);

        string[] design = method == "morris" ? ["--trajectories", "4"] : ["--base-samples", "8"];
        var (code, stdout, stderr) = Regsim.Run(["sensitivity", "scenarios/experiments/smoke-sweep.json", "--method", method, .. design,
            "--bootstrap", "100", "--output", "rent_dissipation", "--output", "win_medicalComplex_daegu", "--regime", "lee", "--out", outDir]);

        Assert.True(code == 0, stderr);
        Assert.Contains("lee_equity", stdout);
        // The experiment's own design (a grid) is not what the study runs, and the user is told so.
        var points = method == "morris" ? "12 points (4 trajectories × 3)" : "32 points (8 base samples × 4)";
        Assert.Contains($"smoke-sweep.json: its design (grid) is not used; a {method} study places its own {points}.", stderr);
        // Written to a pipe, each table's title stays on one line, not wrapped to the width of its narrow table.
        var title = method == "morris" ? "Morris μ*" : "total Sobol index";
        Assert.Contains($"\nwin_medicalComplex_daegu: {title} (95 % bootstrap interval)\n", stdout.ReplaceLineEndings("\n"));
        // Four trajectories give intervals that are not worth the name, and the terminal says so (only for Morris).
        Assert.Equal(method == "morris", stdout.Contains("the intervals of μ* rest on 4 trajectories, resampled whole", StringComparison.Ordinal));
        var lines = File.ReadAllLines(Path.Combine(outDir, "sensitivity.csv"));
        Assert.Equal("method,output,regime,factor,index,value,ci_low,ci_high", lines[0]);
        var main = lines.Skip(1).Select(l => l.Split(',')).Where(f => f[4] == index).ToList();
        Assert.Equal(2 * 2, main.Count);
        Assert.All(main, f =>
        {
            Assert.Equal(method, f[0]);
            Assert.Equal("lee", f[2]);
            var value = double.Parse(f[5], CultureInfo.InvariantCulture);
            Assert.InRange(value, double.Parse(f[6], CultureInfo.InvariantCulture) - 1e-12, double.Parse(f[7], CultureInfo.InvariantCulture) + 1e-12);
        });
        Assert.True(File.Exists(Path.Combine(outDir, "plots", "sensitivity_win_medicalComplex_daegu.png")));
    }

    [Fact]
    public void AMorrisOutputThatNeverMoves_IsSaidToHaveNeverMoved_AndOneThatMovesIsNot()
    {
        var (code, stdout, stderr) = Regsim.Run("sensitivity", "scenarios/experiments/smoke-sweep.json", "--method", "morris", "--trajectories", "2",
            "--output", "win_maglev_seoul", "--output", "rent_dissipation", "--out", Path.Combine(_temp, "never"), "--quiet");

        Assert.True(code == 0, stderr);
        Assert.Matches("win_maglev_seoul: the same along every trajectory of the design under [a-z, ]+, so every μ\\* there is 0 because the output never moved in the replications run", stdout);
        Assert.Contains("a rare win may need more --replications", stdout, StringComparison.Ordinal); // not "no candidate" alone: Seoul might be one
        Assert.DoesNotContain("rent_dissipation: the same along", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void AnOutputThatNeverVaries_IsReportedByName_WhileTheOthersGetTheirIndices()
    {
        var outDir = Path.Combine(_temp, "constant");

        // Seoul is not among the Maglev line's four bidders: its win probability is 0 at every point.
        var (code, stdout, stderr) = Regsim.Run("sensitivity", "scenarios/experiments/smoke-sweep.json", "--method", "sobol", "--base-samples", "8",
            "--bootstrap", "50", "--output", "win_maglev_seoul", "--output", "rent_dissipation", "--out", outDir, "--quiet");

        Assert.True(code == 0, stderr);
        Assert.Contains("win_maglev_seoul: the same at every point of the design, so its indices are undefined", stdout);
        var rows = File.ReadAllLines(Path.Combine(outDir, "sensitivity.csv")).Skip(1).Select(l => l.Split(',')).ToList();
        Assert.All(rows.Where(f => f[1] == "win_maglev_seoul"), f => Assert.Equal(["", "", ""], f[5..]));
        Assert.All(rows.Where(f => f[1] == "rent_dissipation"), f => Assert.True(double.IsFinite(double.Parse(f[5], CultureInfo.InvariantCulture))));
        Assert.Equal(2 * 2 * 2, rows.Count);
        // At 8 base samples an index may stray outside [0, 1]; the terminal warns exactly when one does.
        var strays = rows.Any(f => f[5].Length > 0 && double.Parse(f[5], CultureInfo.InvariantCulture) is < -0.05 or > 1.05);
        Assert.Equal(strays, stdout.Contains("outside [0, 1], where a share of variance cannot", StringComparison.Ordinal));
        Assert.False(File.Exists(Path.Combine(outDir, "plots", "sensitivity_win_maglev_seoul.png")));
        Assert.True(File.Exists(Path.Combine(outDir, "plots", "sensitivity_rent_dissipation.png")));
    }

    [Fact]
    public void ATinySobolStudy_WarnsThatIndicesOutsideTheUnitRangeAreNoise()
    {
        var (code, stdout, stderr) = Regsim.Run("sensitivity", "scenarios/experiments/smoke-sweep.json", "--method", "sobol", "--base-samples", "4",
            "--bootstrap", "50", "--output", "gini_resources_per_capita", "--out", Path.Combine(_temp, "tiny"), "--quiet");

        Assert.True(code == 0, stderr);
        var rows = File.ReadAllLines(Path.Combine(_temp, "tiny", "sensitivity.csv")).Skip(1).Select(l => l.Split(',')).ToList();
        var strays = rows.Count(f => f[5].Length > 0 && double.Parse(f[5], CultureInfo.InvariantCulture) is < -0.05 or > 1.05);
        Assert.True(strays > 0, "this design is expected to give at least one index outside [0, 1]");
        Assert.Contains($"Warning: {(strays == 1 ? "1 Sobol index lies" : $"{strays} Sobol indices lie")} outside [0, 1]", stdout);
        Assert.Contains("raise --base-samples", stdout);
    }

    [Fact]
    public void FactorsASmallSobolDesignNeverVaries_AreNamed_AndLeftUndefined_NotReportedAsZero()
    {
        var outDir = Path.Combine(_temp, "small");

        // 8 base samples against 97 priors: the Sobol sequence's A and B columns agree on every row for some priors.
        var (code, stdout, stderr) = Regsim.Run("sensitivity", "--priors", "scenarios/baseline.json", "--method", "sobol", "--base-samples", "8",
            "-n", "10", "--bootstrap", "20", "--output", "gini_resources_per_capita", "--out", outDir, "--quiet");

        Assert.True(code == 0, stderr);
        Assert.Contains("never varied between the design's A and B samples at this --base-samples", stdout);
        // The baseline's weights and tilts carry no prior: the screening says it held them, even when quiet.
        var held = Simulation.Experiments.Scenarios.HeldAssumptions.Count(Simulation.Experiments.Scenarios.ScenarioLoader.Load(Path.Combine(Regsim.Root, "scenarios", "baseline.json")).Document);
        Assert.Contains($"{held} numbers the scenario sources as an assumption carry no prior, so this screening held them at their values", stdout);
        var rows = File.ReadAllLines(Path.Combine(outDir, "sensitivity.csv")).Skip(1).Select(l => l.Split(',')).ToList();
        var undefined = rows.Where(r => r[5] == "").Select(r => r[3]).Distinct().ToList();
        Assert.NotEmpty(undefined);
        Assert.All(undefined, factor => Assert.Contains(factor, stdout));
        Assert.Contains(rows, r => r[5] != "" && double.Parse(r[5], CultureInfo.InvariantCulture) != 0);
        // The chart leaves them out rather than drawing them as zero bars, and says so.
        Assert.Contains("never varied by the design, undefined and not drawn", File.ReadAllText(Path.Combine(outDir, "plots", "sensitivity_gini_resources_per_capita.svg")));
    }

    [Fact]
    public void Shards_ThenARunWithoutShard_GiveTheIndicesOfOneWholeRun()
    {
        string[] study = ["sensitivity", "scenarios/experiments/smoke-sweep.json", "--trajectories", "3", "--bootstrap", "50", "--output", "rent_dissipation", "--quiet"];
        var whole = Path.Combine(_temp, "whole");
        var sharded = Path.Combine(_temp, "sharded");

        var (code, _, stderr) = Regsim.Run([.. study, "--out", whole]);
        var first = Regsim.Run([.. study, "--out", sharded, "--shard", "0/2"]);
        var second = Regsim.Run([.. study, "--out", sharded, "--shard", "1/2"]);
        var gathered = Regsim.Run([.. study, "--out", sharded]);

        Assert.True(code == 0, stderr);
        Assert.True(first.ExitCode == 0 && second.ExitCode == 0 && gathered.ExitCode == 0, first.Error + second.Error + gathered.Error);
        Assert.Contains("run the same command without --shard to gather the shards", first.Out);
        Assert.False(File.Exists(Path.Combine(sharded, "shard-0-of-2", "sensitivity.csv")), "a shard computes no indices");
        Assert.Equal(File.ReadAllBytes(Path.Combine(whole, "sensitivity.csv")), File.ReadAllBytes(Path.Combine(sharded, "sensitivity.csv")));
        Assert.Equal(File.ReadAllBytes(Path.Combine(whole, "sweep.csv")), File.ReadAllBytes(Path.Combine(sharded, "sweep.csv")));

        // A shard that never ran: the gather runs its points itself, after the others, and still writes the whole run's files.
        var missing = Path.Combine(_temp, "missing");
        Assert.Equal(0, Regsim.Run([.. study, "--out", missing, "--shard", "0/2"]).ExitCode);
        var (gather, _, gatherError) = Regsim.Run([.. study, "--out", missing]);
        Assert.True(gather == 0, gatherError);
        foreach (var file in new[] { "sweep.csv", "sensitivity.csv" })
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(whole, file)), File.ReadAllBytes(Path.Combine(missing, file)));
        }
        Assert.False(File.Exists(Path.Combine(missing, "sweep.csv.partial")));
    }

    [Fact]
    public void AShardStoppedWhileWritingItsHeader_IsGatheredAsOneThatRanNoPoint()
    {
        string[] study = ["sensitivity", "scenarios/experiments/smoke-sweep.json", "--trajectories", "3", "--bootstrap", "50", "--output", "rent_dissipation", "--quiet"];
        var whole = Path.Combine(_temp, "whole-cut");
        var sharded = Path.Combine(_temp, "cut");
        Assert.Equal(0, Regsim.Run([.. study, "--out", whole]).ExitCode);
        Assert.Equal(0, Regsim.Run([.. study, "--out", sharded, "--shard", "0/2"]).ExitCode);
        Assert.Equal(0, Regsim.Run([.. study, "--out", sharded, "--shard", "1/2"]).ExitCode);
        // Shard 1 as a task killed (or a full disk) left it: its manifest written, its table's header cut short, no digest yet.
        var shard = Path.Combine(sharded, "shard-1-of-2");
        var manifest = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(shard, "sweep.manifest.json")))!.AsObject();
        Assert.True(manifest.Remove("sweepCsvSha256"), "the finished shard records its table's digest");
        File.WriteAllText(Path.Combine(shard, "sweep.manifest.json"), manifest.ToJsonString());
        var table = Path.Combine(shard, "sweep.csv");
        File.WriteAllText(table, File.ReadAllText(table)[..17]);

        var (code, _, stderr) = Regsim.Run([.. study, "--out", sharded]);

        Assert.True(code == 0, stderr);
        foreach (var file in new[] { "sweep.csv", "sensitivity.csv" })
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(whole, file)), File.ReadAllBytes(Path.Combine(sharded, file)));
        }
    }

    [Fact]
    public void AShardWithMarkdown_LeavesTheBlockToTheGather()
    {
        var markdown = Path.Combine(_temp, "V.md");
        File.WriteAllText(markdown, "# untouched\n");

        var (code, stdout, stderr) = Regsim.Run("sensitivity", "--priors", "scenarios/calibration.json", "--trajectories", "2", "--replications", "2",
            "--output", "rent_dissipation", "--markdown", markdown, "--shard", "1/8", "--out", Path.Combine(_temp, "x"), "--quiet");

        Assert.True(code == 0, stderr);
        Assert.Contains("Shard 1/8", stdout);
        Assert.Equal("# untouched\n", File.ReadAllText(markdown));
    }

    [Fact]
    public void UnknownOutput_IsRejected_NamingTheOption_ThenWhereTheHelpIs()
    {
        var (code, _, stderr) = Regsim.Run("sensitivity", "scenarios/experiments/smoke-sweep.json", "--output", "happiness", "--out", Path.Combine(_temp, "x"));

        Assert.Equal(1, code);
        var lines = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("--output takes an outcome metric (such as ", lines[0]);
        Assert.EndsWith("not 'happiness'.", lines[0]);
        Assert.DoesNotContain("did you mean", stderr);
        Assert.Equal("See 'regsim sensitivity --help' for its arguments and options.", lines[1]);
    }

    [Fact]
    public void AMisspeltOutput_IsAnsweredWithTheNearestName()
    {
        var (code, _, stderr) = Regsim.Run("sensitivity", "scenarios/experiments/smoke-sweep.json", "--output", "win_medicalComplex_daegy", "--out", Path.Combine(_temp, "x"));

        Assert.Equal(1, code);
        Assert.Contains("not 'win_medicalComplex_daegy': did you mean 'win_medicalComplex_daegu'?", stderr);
        Assert.False(Directory.Exists(Path.Combine(_temp, "x")));
    }

    [Fact]
    public void ARegimeModeTheScenarioDoesNotRun_IsRejected_NamingTheOption_TheModesItRuns_AndWhereTheHelpIs()
    {
        var (code, stdout, stderr) = Regsim.Run("sensitivity", "scenarios/experiments/smoke-sweep.json", "--regime", "leee", "--out", Path.Combine(_temp, "x"));

        Assert.Equal(1, code);
        Assert.Empty(stdout);
        Assert.Equal("--regime takes a regime mode the scenario runs (timeline, roh, lee), not 'leee': did you mean 'lee'?\n"
            + "See 'regsim sensitivity --help' for its arguments and options.\n", stderr);
        Assert.False(Directory.Exists(Path.Combine(_temp, "x")));
    }

    [Fact]
    public void Priors_RefreshOnlyTheSensitivityBlock_WithTheSameBytesOnASecondRun()
    {
        var scenario = WriteScenario("two-priors.json",
            ("regions[gyeongbuk].values.fiscalSelfReliance", ChosenPriors.Uniform(0, 100)), ("regions[seoul].values.grdpPerCapita", ChosenPriors.Uniform(18, 19)));
        var markdown = Path.Combine(_temp, "VALIDATION.md");
        var before = $"# V\n\n{MarkdownSection.Begin("validate")}\nchecks\n{MarkdownSection.End("validate")}\n\n## Morris\n\n<!-- sensitivity:begin -->\n<!-- sensitivity:end -->\n\nAfter.\n";
        File.WriteAllText(markdown, before);
        string[] args = ["sensitivity", "--priors", scenario, "--trajectories", "2", "--replications", "20", "--bootstrap", "20",
            "--output", "win_robotLand_incheon", "--markdown", markdown, "--quiet"];

        var (code, _, stderr) = Regsim.Run([.. args, "--out", Path.Combine(_temp, "a"), "--threads", "1"]);
        var first = File.ReadAllText(markdown);
        var (again, _, _) = Regsim.Run([.. args, "--out", Path.Combine(_temp, "b"), "--threads", "2"]);

        Assert.True(code == 0, stderr);
        Assert.Equal(0, again);
        Assert.Equal(first, File.ReadAllText(markdown));
        Assert.StartsWith(before[..before.IndexOf("<!-- sensitivity:begin", StringComparison.Ordinal)], first);
        Assert.EndsWith("<!-- sensitivity:end -->\n\nAfter.\n", first);
        Assert.Contains($"Produced by `regsim sensitivity --priors {scenario} --method morris --trajectories 2 --replications 20 --seed ", first);
        Assert.Contains("| 1 | `regions[gyeongbuk].values.fiscalSelfReliance` |", first);
        Assert.Equal(File.ReadAllText(Path.Combine(_temp, "a", "sensitivity.csv")), File.ReadAllText(Path.Combine(_temp, "b", "sensitivity.csv")));
    }

    [Fact]
    public void Priors_TheModelNeverReads_AreSaidToBePlacebos_ScoreExactly0_AndAreNotRanked()
    {
        // The container volumes feed only the gateway index, which nothing in the baseline weighs.
        var scenario = WriteScenario("placebo.json",
            ("regions[jeonbuk].values.containerTeu2006", ChosenPriors.Uniform(0, 0.5)), ("regions[seoul].values.grdpPerCapita", ChosenPriors.Uniform(18, 19)));
        var markdown = Path.Combine(_temp, "VALIDATION.md");
        var outDir = Path.Combine(_temp, "placebo");

        var (code, stdout, stderr) = Regsim.Run("sensitivity", "--priors", scenario, "--trajectories", "2", "--replications", "10", "--bootstrap", "20",
            "--output", "gini_resources_per_capita", "--markdown", markdown, "--out", outDir, "--quiet");

        Assert.True(code == 0, stderr);
        const string Sentence = "2 uncertain parameters, of which 1 the model reads under the historical timeline; 1 is not read (placebos): "
            + "{0} (the attribute 'containerTeu2006' feeds only the index 'gateway', which no competition, regime, fund or programme in force weighs).";
        Assert.Contains(string.Format(CultureInfo.InvariantCulture, Sentence, "regions[jeonbuk].values.containerTeu2006"), stdout);
        var muStar = File.ReadAllLines(Path.Combine(outDir, "sensitivity.csv")).Single(l => l.Contains(",regions[jeonbuk].values.containerTeu2006,mu_star,", StringComparison.Ordinal));
        Assert.Equal(0.0, double.Parse(muStar.Split(',')[5], CultureInfo.InvariantCulture));
        var block = File.ReadAllText(markdown);
        Assert.Contains(string.Format(CultureInfo.InvariantCulture, Sentence, "`regions[jeonbuk].values.containerTeu2006`"), block);
        Assert.Contains("| 1 | `regions[seoul].values.grdpPerCapita` |", block);
        Assert.DoesNotContain("| 2 |", block);
        Assert.Contains("(μ* at most 5 % of each output's largest): none besides the 1 placebo above, which the model does not read.", block);
    }

    [Fact]
    public void Priors_OnEveryWeightOfAnIndex_From0_AreScreenedWithoutEverSettingThemAllTo0()
    {
        // The Maglev what-if reads the gateway index; with both of its weights uniform on [0, 1], this Morris grid would put
        // both at 0 on two of its nine points, where the index has no composition.
        string[] weights = ["indices[gateway].components[0].weight", "indices[gateway].components[1].weight"];
        var scenario = WriteScenario("gateway-weights.json", "maglev-gateway.json", [.. weights.Select(w => (w, ChosenPriors.Uniform(0, 1)))]);
        var outDir = Path.Combine(_temp, "gateway");
        Assert.Equal(2, Simulation.Experiments.Sensitivity.MorrisDesign.Create(2, 3, 4, 1).Points.Count(u => u.All(x => x == 0)));

        var (code, _, stderr) = Regsim.Run("sensitivity", "--priors", scenario, "--method", "morris", "--trajectories", "3", "--seed", "1",
            "--replications", "10", "--bootstrap", "0", "--output", "win_maglev_incheon", "--out", outDir, "--quiet");

        Assert.True(code == 0, stderr);
        var points = File.ReadAllLines(Path.Combine(outDir, "sweep.csv"));
        var header = points[0].Split(',');
        var columns = weights.Select(w => Array.IndexOf(header, w)).ToList();
        Assert.Equal(9, points.Length - 1);
        Assert.All(points.Skip(1).SelectMany(p => columns.Select(c => double.Parse(p.Split(',')[c], CultureInfo.InvariantCulture))),
            w => Assert.InRange(w, 0.025, 0.975));
        var muStar = File.ReadAllLines(Path.Combine(outDir, "sensitivity.csv")).Where(l => l.Contains(",mu_star,", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, muStar.Count);
        Assert.All(muStar, l => Assert.True(double.IsFinite(double.Parse(l.Split(',')[5], CultureInfo.InvariantCulture)), l));
    }

    [Fact]
    public void Priors_OfAScenarioThatExtendsAnother_AreTracedToBothFiles_AndToTheCommitRegsimWasBuiltFrom()
    {
        var parent = WriteScenario("two-priors.json",
            ("regions[gyeongbuk].values.fiscalSelfReliance", ChosenPriors.Uniform(0, 100)), ("regions[seoul].values.grdpPerCapita", ChosenPriors.Uniform(18, 19)));
        var child = Path.Combine(_temp, "child.json");
        File.WriteAllText(child, """{ "extends": "two-priors.json", "name": "child" }""");
        var markdown = Path.Combine(_temp, "VALIDATION.md");
        var outDir = Path.Combine(_temp, "study");

        var (code, _, stderr) = Regsim.Run("sensitivity", "--priors", child, "--trajectories", "2", "--replications", "5", "--bootstrap", "20",
            "--output", "win_robotLand_incheon", "--markdown", markdown, "--out", outDir, "--quiet");

        Assert.True(code == 0, stderr);
        using var results = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "manifest.json")));
        using var points = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "sweep.manifest.json")));
        var extended = Assert.Single(results.RootElement.GetProperty("extendsFiles").EnumerateArray());
        Assert.Equal(parent, extended.GetProperty("path").GetString());
        Assert.Equal(Sha256(parent), extended.GetProperty("sha256").GetString());
        Assert.Equal(Sha256(child), results.RootElement.GetProperty("scenarioSha256").GetString());
        // A screening's factors come from the scenario, which its points' manifest names as the experiment, with that file's hash.
        Assert.Equal(child, points.RootElement.GetProperty("experimentFile").GetString());
        Assert.Equal(Sha256(child), points.RootElement.GetProperty("experimentSha256").GetString());
        Assert.Contains($"on `{child}` (SHA-256 `{Sha256(child)[..12]}…`), which extends `{parent}` (SHA-256 `{Sha256(parent)[..12]}…`): 2 priors",
            File.ReadAllText(markdown));
        // The commit the tool was built from, as --version reports it and as a run's manifest records it.
        var (_, version, _) = Regsim.Run(["--version"]);
        var revision = version.Trim().Split('+', 2) is [_, var r] ? r : null;
        foreach (var manifest in new[] { results, points })
        {
            Assert.True(manifest.RootElement.TryGetProperty("sourceRevision", out var written) == revision is not null);
            if (revision is not null)
            {
                Assert.Matches("^[0-9a-f]{40}$", revision);
                Assert.Equal(revision, written.GetString());
            }
        }
    }

    [Fact]
    public void Priors_OfAScenarioWithoutAny_AreRejectedWithExitCode2_NamingTheFile_AndWritingNothing()
    {
        var scenario = WriteScenario("certain.json");
        var markdown = Path.Combine(_temp, "V.md");
        File.WriteAllText(markdown, "# untouched\n");
        var outDir = Path.Combine(_temp, "none");

        var (code, stdout, stderr) = Regsim.Run("sensitivity", "--priors", scenario, "--out", outDir, "--markdown", markdown);

        Assert.Equal(2, code);
        Assert.Contains(scenario, stderr);
        Assert.Contains("no parameter has a 'prior'", stderr);
        Assert.DoesNotContain("   at ", stderr + stdout);
        Assert.False(Directory.Exists(outDir));
        Assert.Equal("# untouched\n", File.ReadAllText(markdown));
    }

    [Fact]
    public void Priors_OfAMissingFile_AreABadArgument_ExitCode1_AsAMissingScenarioIsForEveryCommand()
    {
        var (code, _, stderr) = Regsim.Run("sensitivity", "--priors", "scenarios/no-such.json", "--out", Path.Combine(_temp, "x"));
        var (run, _, _) = Regsim.Run("run", "scenarios/no-such.json", "--out", Path.Combine(_temp, "y"));

        Assert.Equal(1, code);
        Assert.Equal(run, code);
        Assert.Contains("Scenario file 'scenarios/no-such.json' given to --priors does not exist.", stderr);
        Assert.False(Directory.Exists(Path.Combine(_temp, "x")));
    }

    [Fact]
    public void ExperimentAndPriorsTogether_AreRejected()
    {
        var (code, _, stderr) = Regsim.Run("sensitivity", "scenarios/experiments/smoke-sweep.json", "--priors", "scenarios/baseline.json");

        Assert.Equal(1, code);
        Assert.Contains("not both", stderr);
    }

    private static string Sha256(string path) => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(path)));

    private string WriteScenario(string name, params (string Path, System.Text.Json.Nodes.JsonObject Prior)[] priors) =>
        WriteScenario(name, "baseline.json", priors);

    // The scenario scenarios/<basedOn> with only the given priors.
    private string WriteScenario(string name, string basedOn, params (string Path, System.Text.Json.Nodes.JsonObject Prior)[] priors)
    {
        var baseline = ScenarioLoader.Load(Path.Combine(Regsim.Root, "scenarios", basedOn));
        var path = Path.Combine(_temp, name);
        File.WriteAllText(path, ChosenPriors.Only(baseline.Document, priors).ToJsonString());
        return path;
    }
}
