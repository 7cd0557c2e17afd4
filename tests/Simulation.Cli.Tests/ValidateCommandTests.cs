using Simulation.Tests.Shared;

namespace Simulation.Cli.Tests;

public sealed class ValidateCommandTests : IDisposable
{
    private readonly string _temp = Regsim.TempFolder();

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [Fact]
    public void Baseline_WritesTheTables_ExitsAsTheVerdictsSay_AndRefreshesOnlyTheMarkdownBlock()
    {
        var markdown = Path.Combine(_temp, "VALIDATION.md");
        File.WriteAllText(markdown, "# Validation\n\nHand-written method notes.\n\n<!-- validate:begin -->\nstale\n<!-- validate:end -->\n\nMore prose.\n");
        var output = Path.Combine(_temp, "out");

        var (code, stdout, stderr) = Regsim.Run("validate", "-n", "400", "--out", output, "--markdown", markdown, "-q");

        Assert.Matches(@"Validation: \d+ of \d+ validation checks pass; besides, these pass: \d+ of \d+ checks of the code and of inputs, \d+ of \d+ in-sample checks(; \d+ more cannot apply to this scenario)? \(", stdout);
        var csv = File.ReadAllLines(Path.Combine(output, "validation.csv"));
        Assert.Equal("check,expected,simulated,ci_low,ci_high,pass,group,description,criterion,source,kind", csv[0]);
        Assert.Contains(csv, l => l.StartsWith("contest.symmetric_n4_r1.effort,", StringComparison.Ordinal) && l.Contains(",pass,"));
        // Only the record's score and its patterns may fail on the baseline (findings, judged at full size in
        // docs/VALIDATION.md); the exit code says so.
        var failed = csv.Where(l => l.Contains(",fail,")).Select(l => l.Split(',')[0]).ToList();
        Assert.All(failed, name => Assert.True(name.StartsWith("score.", StringComparison.Ordinal) || name.StartsWith("pattern.", StringComparison.Ordinal), name));
        Assert.True(code == (failed.Count == 0 ? 0 : 4), stdout + stderr);
        Assert.All(failed, name => Assert.Contains($"FAIL {name}:", stderr));
        // A failed check that is not validation says so on its line, so that it is not read as the model failing the record.
        var kinds = csv.Skip(1).Select(l => l.Split(',')).ToDictionary(f => f[0], f => f[^1]);
        Assert.All(failed, name => Assert.Equal(kinds[name] == "in-sample",
            System.Text.RegularExpressions.Regex.IsMatch(stderr, $"FAIL {System.Text.RegularExpressions.Regex.Escape(name)}: in sample, not counted as validation: [^\n]+; expected ")));
        // Why it is in sample comes before the figures, and the rule that passes it after them, each once.
        Assert.DoesNotContain("it passes when: in sample", stderr, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(output, "record_scores.csv")));
        Assert.True(File.Exists(Path.Combine(output, "validation.md")));
        var text = File.ReadAllText(markdown);
        Assert.StartsWith("# Validation\n\nHand-written method notes.\n\n<!-- validate:begin", text);
        Assert.EndsWith("<!-- validate:end -->\n\nMore prose.\n", text);
        Assert.DoesNotContain("stale", text);
        Assert.Contains($"`regsim validate --replications 400 --seed 20030225 --markdown {markdown}`", text);
    }

    [Fact]
    public void TheFolder_HasAManifest_TracingItToTheScenarioItsParentsAndTheCommitRegsimWasBuiltFrom_AsARunsDoes()
    {
        var output = Path.Combine(_temp, "smoke");

        var (code, stdout, stderr) = Regsim.Run("validate", "scenarios/smoke.json", "-n", "30", "--out", output, "-q");

        Assert.True(code is 0 or 4, stdout + stderr);
        using var manifest = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "manifest.json")));
        var root = manifest.RootElement;
        Assert.Equal(Directory.GetFiles(output).Select(Path.GetFileName).Order(StringComparer.Ordinal),
            root.GetProperty("files").EnumerateArray().Select(f => f.GetString()));
        Assert.Equal("scenarios/smoke.json", root.GetProperty("scenarioFile").GetString());
        Assert.Equal(Sha256("scenarios/smoke.json"), root.GetProperty("scenarioSha256").GetString());
        var extended = Assert.Single(root.GetProperty("extendsFiles").EnumerateArray());
        Assert.Equal(("scenarios/baseline.json", Sha256("scenarios/baseline.json")), (extended.GetProperty("path").GetString(), extended.GetProperty("sha256").GetString()));
        Assert.Contains($"on `scenarios/smoke.json` (SHA-256 `{Sha256("scenarios/smoke.json")[..12]}…`), which extends `scenarios/baseline.json` "
            + $"(SHA-256 `{Sha256("scenarios/baseline.json")[..12]}…`), 30 replications", File.ReadAllText(Path.Combine(output, "validation.md")));
        var (_, version, _) = Regsim.Run(["--version"]);
        var revision = version.Trim().Split('+', 2) is [_, var r] ? r : null;
        Assert.True(root.TryGetProperty("sourceRevision", out var written) == revision is not null);
        if (revision is not null)
        {
            Assert.Matches("^[0-9a-f]{40}$", revision);
            Assert.Equal(revision, written.GetString());
        }

        // Written atomically like a run's folder: a run there is refused, and the validation is kept whole.
        var before = Directory.GetFiles(output).Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToList();
        var (run, _, refusal) = Regsim.Run("run", "scenarios/smoke.json", "-n", "10", "--out", output, "-q");
        Assert.Equal(1, run);
        Assert.Contains("manifest.json", refusal);
        Assert.Equal(before, Directory.GetFiles(output).Order(StringComparer.Ordinal).Select(File.ReadAllBytes));
    }

    [Fact]
    public void AWhatIfThatDropsARecordedWinnersBid_Runs_AndValidateSaysTheRecordCannotScoreIt()
    {
        var whatIf = Path.Combine(_temp, "no-osong.json");
        File.WriteAllText(whatIf, $$"""
            { "extends": "{{Path.Combine(Regsim.Root, "scenarios", "baseline.json")}}", "name": "no-osong",
              "projects": [ { "id": "medicalComplex", "candidates": ["seoul", "incheon", "gyeonggi", "gangwon", "chungnam", "daejeon", "daegu",
                "gyeongbuk", "busan", "ulsan", "gyeongnam", "gwangju", "jeonnam"] } ] }
            """);

        var run = Regsim.Run("run", whatIf, "-n", "50", "--quiet", "--out", Path.Combine(_temp, "run"));
        var (code, stdout, stderr) = Regsim.Run("validate", whatIf, "-n", "50", "--out", Path.Combine(_temp, "validate"), "-q");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.True(code == 0, stdout + stderr);
        Assert.Contains("Validation: no validation check applies to this scenario", stdout);
        var missing = File.ReadAllLines(Path.Combine(_temp, "validate", "validation.csv")).Single(l => l.StartsWith("history.missing,", StringComparison.Ordinal));
        Assert.Contains("not applicable", missing);
        Assert.Contains("$.record[medicalComplex].winners[2]: 'chungbuk' won in the record but is no candidate of the scenario's 'medicalComplex'", missing);
        Assert.Contains("Not scored: the record cannot score this scenario: $.record[medicalComplex]", stderr); // said where the verdict is, not only in the files
        Assert.Contains("Not scored: the patterns cannot score this scenario: $.patterns.grades", stderr);
    }

    [Fact]
    public void AWhatIfWhoseRecordEntryMissesItsCompetition_IsToldTheScoresAreMissing_NotThatTheRecordCannotJudgeIt()
    {
        // A mistyped year: the record no longer fits, so its scores are missing, and the patterns, still judged, do not move.
        var whatIf = Path.Combine(_temp, "maglev-year.json");
        File.WriteAllText(whatIf, $$"""
            { "extends": "{{Path.Combine(Regsim.Root, "scenarios", "baseline.json")}}", "name": "maglev-year",
              "record": [ { "project": "maglev", "year": 2008 } ] }
            """);

        var (_, stdout, stderr) = Regsim.Run("validate", whatIf, "-n", "50", "--out", Path.Combine(_temp, "validate"), "-q");

        Assert.Contains("Not scored: the record cannot score this scenario: $.record[maglev].year", stderr);
        Assert.Contains("the record's scores are missing (\"Not scored\", below)", stdout);
        Assert.DoesNotContain("the record cannot judge what this scenario changes", stdout);
    }

    [Theory]
    [InlineData("\n", "Held out")]
    [InlineData("\r\n", "Held out")]
    [InlineData("\n", "Out of sample")] // the title an earlier version wrote
    public void ARefreshThatWouldDropTheOutOfSampleChecks_IsRefused_BeforeAnythingRuns(string newline, string title)
    {
        var markdown = Path.Combine(_temp, "VALIDATION.md");
        var text = ($"# Validation\n\n<!-- validate:begin -->\nProduced by ...\n\n### {title}: each competition predicted from a "
            + "calibration on the others\n\n| check |\n<!-- validate:end -->\n").Replace("\n", newline, StringComparison.Ordinal);
        File.WriteAllText(markdown, text);
        var output = Path.Combine(_temp, "out");

        var (code, _, stderr) = Regsim.Run("validate", "-n", "400", "--out", output, "--markdown", markdown, "-q");

        Assert.Equal(1, code);
        Assert.Contains("--leave-one-out", stderr);
        Assert.Equal(text, File.ReadAllText(markdown));
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void AWhatIfThatZeroesTheTiltTheMedicalComplexWasSizedFrom_ScoresItAsValidation_AndSaysWhy()
    {
        var output = Path.Combine(_temp, "tilts-off");

        var (code, stdout, stderr) = Regsim.Run("validate", "scenarios/lee-tilts-off.json", "-n", "50", "--out", output, "-q");

        Assert.True(code is 0 or 4, stdout + stderr);
        const string Why = "regimes[lee].tilt[alignment].weight is 0, not the 0.4 it was sized as in scenarios/baseline.json; "
            + "regimes[lee].tilt[jointBid].weight is 0, not the 0.5 it was sized as in scenarios/baseline.json (in sample there: the Lee era's alignment tilt";
        Assert.Contains($"Counted as validation here, though declared in sample: medicalComplex, since {Why}", stdout);
        var csv = File.ReadAllLines(Path.Combine(output, "validation.csv"));
        var entry = csv.Single(l => l.StartsWith("score.medicalComplex.vs_chance,", StringComparison.Ordinal));
        Assert.Contains($"counted as validation here: {Why}", entry);
        Assert.EndsWith(",validation", entry);
        Assert.EndsWith(",validation", csv.Single(l => l.StartsWith("score.record.vs_chance,", StringComparison.Ordinal)));
        Assert.DoesNotContain(csv, l => l.StartsWith("score.out_of_sample.", StringComparison.Ordinal));
        Assert.DoesNotContain(File.ReadAllLines(Path.Combine(output, "record_scores.csv")), l => l.Contains(",out_of_sample,", StringComparison.Ordinal));
    }

    // Either of the two Lee tilts the Medical Complex is declared in sample for, switched off alone, leaves the other to carry
    // the outcome: the competition stays in sample, and its rows name the tilt that still does.
    [Theory]
    [InlineData("jointBid", "regimes[lee].tilt[alignment].weight keeps the 0.4 it was sized as in")]
    [InlineData("alignment", "regimes[lee].tilt[jointBid].weight keeps the 0.5 it was sized as in")]
    public void AWhatIfThatLeavesOneOfTheTiltsTheMedicalComplexIsDeclaredFor_KeepsItInSample(string off, string kept)
    {
        var whatIf = Path.Combine(_temp, $"{off}-off.json");
        File.WriteAllText(whatIf, $$"""
            { "extends": "{{Path.Combine(Regsim.Root, "scenarios", "baseline.json").Replace("\\", "/")}}", "name": "{{off}}-off",
              "regimes": [ { "id": "lee", "tilt": [ { "signal": "{{off}}", "weight": { "value": 0, "source": "what-if" } } ] } ] }
            """);
        var output = Path.Combine(_temp, $"{off}-off");

        var (code, stdout, stderr) = Regsim.Run("validate", whatIf, "-n", "50", "--out", output, "-q");

        Assert.True(code is 0 or 4, stdout + stderr);
        Assert.DoesNotContain("Counted as validation here", stdout);
        var csv = File.ReadAllLines(Path.Combine(output, "validation.csv"));
        var entry = csv.Single(l => l.StartsWith("score.medicalComplex.vs_chance,", StringComparison.Ordinal));
        Assert.Contains("in sample (the Lee era's alignment tilt was sized from the paper's account of Daegu", entry);
        Assert.Contains($"still in sample here: {kept}", entry);
        Assert.EndsWith(",in-sample", entry);
        Assert.EndsWith(",validation", csv.Single(l => l.StartsWith("score.out_of_sample.vs_chance,", StringComparison.Ordinal)));
    }

    [Fact]
    public void AWhatIfTheRecordCannotSee_IsSaidToMoveNoJudgedCheck_AndOneItCanSee_NamesThem()
    {
        var leeFund = Path.Combine(_temp, "lee-fund.json");
        File.WriteAllText(leeFund, $$"""
            { "extends": "{{Path.Combine(Regsim.Root, "scenarios", "baseline.json").Replace("\\", "/")}}", "name": "lee-fund",
              "regimes": [ { "id": "lee", "fund": { "discretion": { "value": 0.3, "source": "what-if" } } } ] }
            """);

        var unseen = Regsim.Run("validate", leeFund, "-n", "200", "--out", Path.Combine(_temp, "lee-fund"), "-q");
        var seen = Regsim.Run("validate", "scenarios/lee-only.json", "-n", "200", "--out", Path.Combine(_temp, "lee-only"), "-q"); // the Lee regime from 2003

        Assert.True(unseen.ExitCode is 0 or 4, unseen.Error);
        // The Lee era's fund acts from 2008: no judged check (the Roh-era competitions and designations) moves.
        // (The innovation cities' pattern is certain in both, so it is not among the judged.)
        Assert.Contains("None of the 2 judged checks moves from those of ", unseen.Out, StringComparison.Ordinal);
        Assert.Contains("the record cannot judge what this scenario changes", unseen.Out, StringComparison.Ordinal);
        Assert.True(seen.ExitCode is 0 or 4, seen.Error);
        Assert.Matches(@"Judged checks that move from those of [^\n]*baseline\.json, which this scenario extends \(same seed and replications\): [^\n]*score\.out_of_sample\.vs_chance", seen.Out);
        // A scenario that extends nothing has nothing to be compared with.
        var alone = Regsim.Run("validate", "-n", "50", "--out", Path.Combine(_temp, "alone"), "-q");
        Assert.DoesNotContain("judged check", alone.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void AChangingTimelineWithoutCounterfactuals_HasTheFundAndRegimeChecksNotApplicable_NotFailed()
    {
        var whatIf = Path.Combine(_temp, "no-counterfactuals.json");
        File.WriteAllText(whatIf, $$"""
            { "extends": "{{Path.Combine(Regsim.Root, "scenarios", "baseline.json").Replace("\\", "/")}}", "name": "no-counterfactuals", "counterfactuals": [] }
            """);
        var output = Path.Combine(_temp, "no-counterfactuals");

        var (code, stdout, stderr) = Regsim.Run("validate", whatIf, "-n", "50", "--out", output, "-q");

        Assert.True(code is 0 or 4, stdout + stderr);
        Assert.DoesNotContain("FAIL fund.", stderr);
        Assert.DoesNotContain("FAIL regime.", stderr);
        // The fund's and the two regime checks, and the innovation cities' pattern, which every eligible region fills.
        Assert.Contains("; 4 more cannot apply to this scenario (", stdout);
        var csv = File.ReadAllLines(Path.Combine(output, "validation.csv"));
        var compared = csv.Where(l => l.StartsWith("fund.", StringComparison.Ordinal) || l.StartsWith("regime.", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, compared.Count);
        Assert.All(compared, l => Assert.Contains(",not applicable,", l));
        Assert.All(compared, l => Assert.Contains("not applicable: the scenario has no counterfactual regime", l));
        Assert.DoesNotContain(csv, l => l.Contains("NaN", StringComparison.Ordinal));
    }

    [Fact]
    public void AnInSampleDeclarationNamingNoNumber_ExitsWith2_NamingTheFileAndPath_AndWritesNothing()
    {
        var whatIf = Path.Combine(_temp, "typo.json");
        File.WriteAllText(whatIf, $$"""
            { "extends": "{{Path.Combine(Regsim.Root, "scenarios", "baseline.json").Replace("\\", "/")}}", "name": "typo",
              "record": [ { "project": "maglev", "year": 2007, "winners": ["incheon"], "bids": 4, "source": "what-if",
                "inSample": { "reason": "for the test", "parameters": ["projects[maglev].criteria[gatewy].weight"] } } ] }
            """);
        var output = Path.Combine(_temp, "never");

        var (code, stdout, stderr) = Regsim.Run("validate", whatIf, "-n", "50", "--out", output, "-q");

        Assert.True(code == 2, stdout + stderr);
        Assert.Contains($"{whatIf}: $.record[maglev].inSample.parameters[0]: 'projects[maglev].criteria[gatewy].weight': no element of 'projects[maglev].criteria' is named 'gatewy'", stderr);
        Assert.DoesNotContain("   at ", stderr);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void ASourceOfOnlyWhiteSpace_ExitsWith2_AsAnEmptyOneDoes()
    {
        var whatIf = Path.Combine(_temp, "blank.json");
        File.WriteAllText(whatIf, $$"""
            { "extends": "{{Path.Combine(Regsim.Root, "scenarios", "baseline.json").Replace("\\", "/")}}", "name": "blank",
              "money": { "wonPerUsd": { "value": 1100, "source": " " } } }
            """);

        var (code, _, stderr) = Regsim.Run("validate", whatIf, "-n", "50", "--out", Path.Combine(_temp, "never"), "-q");

        Assert.Equal(2, code);
        Assert.Contains($"{whatIf}: $.money.wonPerUsd.source: is only white space; write what it should say", stderr);
        Assert.False(Directory.Exists(Path.Combine(_temp, "never")));
    }

    [Fact]
    public void EquityIndexWithTheWrongSign_ExitsWith4_AndNamesTheFailedCheck()
    {
        var scenario = Path.Combine(_temp, "flipped.json");
        File.WriteAllText(scenario, $$"""
            { "extends": "{{Path.Combine(Regsim.Root, "scenarios", "baseline.json").Replace("\\", "/")}}", "name": "flipped", "description": "equity index turned round",
              "indices": [ { "id": "equity", "components": [
                { "attribute": "grdpPerCapita", "weight": 0.4, "direction": "higher", "transform": "log" },
                { "attribute": "fiscalSelfReliance", "weight": 0.4, "direction": "higher" },
                { "attribute": "rdShare2007", "weight": 0.2, "direction": "higher", "transform": "log1p" } ] } ] }
            """);

        var (code, _, stderr) = Regsim.Run("validate", "--scenario", scenario, "-n", "400", "--out", Path.Combine(_temp, "out"), "-q");

        Assert.Equal(4, code);
        // What was found, then the rule it broke, worded as the rule (not read as a finding).
        Assert.Matches("FAIL regime.equity_tilt: a check of the code, not counted as validation; expected [^\n]*; it passes when: ", stderr);
    }

    [Fact]
    public void AWhatIfWithEveryRegimeTiltAt0_ReportsTheEquityTiltCheckAsNotApplicable_NotFailed()
    {
        var scenario = Path.Combine(_temp, "no-tilts.json");
        static string Off(string[] signals) =>
            string.Join(", ", signals.Select(signal => $$"""{ "signal": "{{signal}}", "weight": { "value": 0, "source": "what-if" } }"""));
        var roh = Off(["equity", "capacity", "alignment", "effort"]);
        var lee = Off(["equity", "capacity", "alignment", "effort", "jointBid"]);
        File.WriteAllText(scenario, $$"""
            { "extends": "{{Path.Combine(Regsim.Root, "scenarios", "baseline.json").Replace("\\", "/")}}", "name": "no-tilts",
              "regimes": [ { "id": "roh", "tilt": [ {{roh}} ] }, { "id": "lee", "tilt": [ {{lee}} ] } ] }
            """);
        var output = Path.Combine(_temp, "no-tilts-out");

        var (code, stdout, stderr) = Regsim.Run("validate", scenario, "-n", "50", "--out", output, "-q");

        Assert.True(code is 0 or 4, stdout + stderr);
        Assert.DoesNotContain("FAIL regime.equity_tilt", stderr, StringComparison.Ordinal);
        var row = File.ReadAllLines(Path.Combine(output, "validation.csv")).Single(l => l.StartsWith("regime.equity_tilt,", StringComparison.Ordinal));
        Assert.Contains(",not applicable,", row, StringComparison.Ordinal);
        Assert.Contains("no equity tilt to test", row, StringComparison.Ordinal);
    }

    [Fact]
    public void LeaveOneOut_ReportsEachCompetitionPredictedFromTheOthers_Unjudged()
    {
        var output = Path.Combine(_temp, "loo");

        var (code, stdout, stderr) = Regsim.Run("validate", "-n", "100", "--leave-one-out", "scenarios/calibration.json", "--loo-particles", "8",
            "--loo-replications", "4", "--out", output, "-q");

        Assert.True(code is 0 or 4, stdout + stderr);
        var rows = File.ReadAllLines(Path.Combine(output, "validation.csv")).Where(l => l.StartsWith("loo.", StringComparison.Ordinal)).ToList();
        Assert.Equal(["loo.maglev", "loo.robotLand", "loo.medicalComplex", "loo.total"], rows.Select(l => l.Split(',')[0]));
        Assert.All(rows, l => Assert.Contains(",info,", l));
        // The total is the sum of the three held-out log scores, each a probability's log.
        var held = rows.Select(l => double.Parse(l.Split(',')[2], System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.All(held.Take(3), x => Assert.InRange(x, double.NegativeInfinity, 0.0));
        Assert.Equal(held.Take(3).Sum(), held[3], 9);
        Assert.Contains("### Held out: each competition predicted from a calibration on the others", File.ReadAllText(Path.Combine(output, "validation.md")));
        // Eight particles are far fewer effective draws than a posterior's summaries need: said on screen (even quiet) and in
        // the Markdown, as calibrate says it of a thin posterior.
        Assert.Contains("Warning: the held-out predictions of maglev (effective sample size ", stdout);
        Assert.Contains("rest on fewer than 100 effective draws, so their loo rows describe those few draws rather than a posterior; raise --loo-particles.", stdout);
        Assert.Contains("**Warning:** the held-out predictions of maglev", File.ReadAllText(Path.Combine(output, "validation.md")));
        Assert.Contains("effective sample size", rows[0]);
        // The kind is the last column: the Medical Complex, declared in sample, is so when held out too, and so is the sum.
        Assert.Equal(["validation", "validation", "in-sample", "in-sample"], rows.Select(l => l.Split(',')[^1]));
        Assert.Contains("in sample: includes medicalComplex, declared in sample; ", rows[3]);
    }

    [Fact]
    public void LeaveOneOut_WithAScenarioWithoutPriors_ExitsWith2_AndWritesNothing()
    {
        var output = Path.Combine(_temp, "never");
        var baseline = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(Regsim.Root, "scenarios", "baseline.json")))!;
        PriorFree.Strip(baseline);
        var scenario = Path.Combine(_temp, "no-priors.json");
        File.WriteAllText(scenario, baseline.ToJsonString());

        var (code, _, stderr) = Regsim.Run("validate", "-n", "100", "--leave-one-out", scenario, "--out", output, "-q");

        Assert.Equal(2, code);
        Assert.Contains("prior", stderr);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void Scenario_MayBeGivenAsTheArgument_LikeEveryOtherCommands_ButNotTwice()
    {
        var output = Path.Combine(_temp, "positional");

        var (code, stdout, stderr) = Regsim.Run("validate", "scenarios/roh-only.json", "-n", "50", "--out", output, "-q");

        Assert.True(code is 0 or 4, stdout + stderr);
        Assert.Contains("on `scenarios/roh-only.json`", File.ReadAllText(Path.Combine(output, "validation.md")));

        var (twice, _, refusal) = Regsim.Run("validate", "scenarios/roh-only.json", "--scenario", "scenarios/baseline.json", "--out", Path.Combine(_temp, "never"));

        Assert.Equal(1, twice);
        Assert.Contains("Give the scenario once", refusal);
        Assert.False(Directory.Exists(Path.Combine(_temp, "never")));
    }

    [Fact]
    public void TheDefaultScenario_MissingWhereTheCommandRuns_IsABadArgument_AsAnyMissingFileIs()
    {
        var (code, _, stderr) = Regsim.Start(Regsim.Command, _temp, TimeSpan.FromMinutes(1), ["validate"]);

        Assert.Equal(1, code);
        Assert.Contains("Scenario file 'scenarios/baseline.json' (the default) does not exist here", stderr);
        Assert.Empty(Directory.GetFileSystemEntries(_temp));
    }

    private static string Sha256(string relative) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(Path.Combine(Regsim.Root, relative))));
}
