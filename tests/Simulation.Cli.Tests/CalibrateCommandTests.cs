using System.Text.Json.Nodes;
using Simulation.Tests.Shared;

namespace Simulation.Cli.Tests;

public sealed class CalibrateCommandTests : IDisposable
{
    private readonly string _temp = Regsim.TempFolder();

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    private static string[] Args(string output, int particles, params string[] more) =>
        ["calibrate", "scenarios/calibration.json", "--particles", particles.ToString(), "-n", "20", "--predictive-replications", "100", "--sbc-records", "4", "--sbc-particles", "6", "--out", output, "-q", .. more];

    // The s.d. divides by n − 1: one accepted particle gives none, and so no narrowing, rather than 0 and full certainty.
    [Fact]
    public void OneParticle_HasNoPosteriorSdNorNarrowing_EmptyInSummaryCsv_ADashOnScreen_AndAScenarioOfPlainNumbers()
    {
        var output = Path.Combine(_temp, "one");

        var (code, stdout, stderr) = Regsim.Run("calibrate", "scenarios/calibration.json", "--particles", "1", "-n", "8", "--sampler", "importance",
            "--predictive-replications", "4", "--sbc-records", "0", "--out", output);

        Assert.True(code == 0, stdout + stderr);
        var summary = File.ReadAllLines(Path.Combine(output, "summary.csv"));
        Assert.EndsWith(",posterior_mean,posterior_sd,p025,p50,p975,shrinkage", summary[0]);
        Assert.All(summary.Skip(1), line =>
        {
            var fields = line.Split(',');
            Assert.Equal(("", ""), (fields[^5], fields[^1]));
            Assert.NotEqual("", fields[^6]);
        });
        Assert.Contains("–", stdout.Split('\n').Single(l => l.Contains("money.wonPerUsd ", StringComparison.Ordinal)));
        var calibrated = JsonNode.Parse(File.ReadAllText(Path.Combine(output, "calibrated.json")))!;
        Assert.True(calibrated["money"]!["wonPerUsd"]!["value"]!.GetValue<double>() is >= 950 and <= 1145);
    }

    [Fact]
    public void ParticlesThatAllRuleTheRecordOut_AreRefusedPlainly_ByTheImportanceSamplerToo_NotWithAScenarioOfNaNs()
    {
        // One replication of one particle all but never reproduces three competitions: the record's probability is 0.
        var output = Path.Combine(_temp, "none");

        var (code, stdout, stderr) = Regsim.Run("calibrate", "scenarios/calibration.json", "--particles", "1", "-n", "1", "--sampler", "importance",
            "--predictive-replications", "4", "--sbc-records", "0", "--out", output, "-q");

        Assert.True(code == 1, stdout + stderr);
        Assert.Contains("every particle gives the record probability 0 in its replications", stderr, StringComparison.Ordinal);
        Assert.Contains("give each particle more replications (--replications)", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("NaN", stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(output, "calibrated.json")));
    }

    [Fact]
    public void Calibration_WritesThePosteriorItsPlotsAndARunnableScenario()
    {
        var output = Path.Combine(_temp, "cal");
        var markdown = Path.Combine(_temp, "V.md");

        var (code, stdout, stderr) = Regsim.Run([.. Args(output, 12), "--markdown", markdown]);

        Assert.True(code == 0, stdout + stderr);
        Assert.Contains("12 particles, effective sample size", stdout);
        Assert.Equal(13, File.ReadAllLines(Path.Combine(output, "particles.csv")).Length);
        Assert.Equal(13, File.ReadAllLines(Path.Combine(output, "posterior.csv")).Length); // resampled: as many draws as particles
        var summary = File.ReadAllLines(Path.Combine(output, "summary.csv"));
        Assert.True(summary.Length > 6, "the 21 weights and the baseline's own uncertain values");
        Assert.EndsWith(",shrinkage", summary[0]);
        Assert.Contains(summary, l => l.Contains("regimes_roh_tilt_equity_weight", StringComparison.Ordinal));
        Assert.Equal(9, File.ReadAllLines(Path.Combine(output, "predictive_check.csv")).Length); // 3 competitions, the record, 4 patterns
        Assert.True(File.Exists(Path.Combine(output, "plots", "posterior_regimes_roh_tilt_equity_weight.png")));
        Assert.Equal(15, Directory.GetFiles(Path.Combine(output, "plots"), "pairs_*.png").Length); // the six parameters narrowed most
        Assert.True(File.Exists(Path.Combine(output, "plots", "predictive_check.png")));
        Assert.Contains("\"effectiveSampleSize\":", File.ReadAllText(Path.Combine(output, "manifest.json")));
        Assert.Equal(4, File.ReadAllLines(Path.Combine(output, "leave_one_out.csv")).Length);
        Assert.True(File.Exists(Path.Combine(output, "plots", "sbc.png")));
        Assert.Equal(1 + (4 * (summary.Length - 1)), File.ReadAllLines(Path.Combine(output, "sbc.csv")).Length);
        var calibrated = File.ReadAllText(Path.Combine(output, "calibrated.json"));
        Assert.Contains("\"source\": \"calibrated: posterior mean of the likelihood of the historical record", calibrated);
        var text = File.ReadAllText(markdown);
        Assert.Contains("<!-- calibrate:begin", text);
        Assert.Contains("Leave one competition out", text);
        Assert.Contains("Simulation-based calibration: 4 synthetic records", text);
        Assert.Contains($"regsim calibrate scenarios/calibration.json --particles 12 --replications 20 --sampler tempered --moves 3 --seed 20030225 --predictive-replications 100 --sbc-records 4 --sbc-particles 6 --markdown {markdown}", text);

        var run = Regsim.Run("run", Path.Combine(output, "calibrated.json"), "-n", "20", "--out", Path.Combine(_temp, "run"), "-q");
        Assert.True(run.ExitCode == 0, run.Error);
    }

    [Fact]
    public void Placebos_TheParametersTheModelNeverReadsOrTheRecordDoesNotMove_AreCountedFlaggedAndKeptOutOfThePairsAndTheMostNarrowed()
    {
        // In calibration.json the container volumes feed only the gateway index, which no competition, regime, fund or
        // programme weighs: their priors are placebos, kept in every file but flagged.
        var output = Path.Combine(_temp, "placebos");
        var markdown = Path.Combine(_temp, "P.md");

        var (code, stdout, stderr) = Regsim.Run("calibrate", "scenarios/calibration.json", "--particles", "12", "-n", "20", "--predictive-replications", "100",
            "--sbc-records", "0", "--out", output, "-q", "--markdown", markdown);

        Assert.True(code == 0, stdout + stderr);
        var rows = File.ReadAllLines(Path.Combine(output, "summary.csv")).Skip(1).Select(l => l.Split(',')).ToList();
        var placebos = rows.Where(f => f[2] == "false").Select(f => f[1]).ToList();
        Assert.NotEmpty(placebos);
        Assert.All(placebos, path => Assert.EndsWith(".values.containerTeu2006", path, StringComparison.Ordinal));
        Assert.All(rows.Where(f => f[1].EndsWith(".values.containerTeu2006", StringComparison.Ordinal)), f => Assert.Equal("false", f[2]));
        Assert.Contains($"{rows.Count} uncertain parameters, of which {rows.Count - placebos.Count} the model reads under the historical timeline; "
            + $"{placebos.Count} are not read (placebos): {placebos[0]}, ", stdout);
        Assert.True(File.Exists(Path.Combine(output, "plots", $"posterior_{rows.First(f => f[2] == "false")[0]}.png")), "a placebo keeps its posterior plot");
        Assert.Equal(15, Directory.GetFiles(Path.Combine(output, "plots"), "pairs_*.png").Length);
        Assert.DoesNotContain(Directory.GetFiles(Path.Combine(output, "plots"), "pairs_*.png"), f => f.Contains("containerTeu2006", StringComparison.Ordinal));
        // Read by the model, but acting only after the record's last competition: the record's likelihood does not move with
        // them (measured at each prior's ends), so they are placebos too.
        var unmoved = rows.Where(f => f[2] == "true" && f[4] == "false").Select(f => f[1]).ToList();
        Assert.Contains("programmes[innovationCities].delivery.lagYears", unmoved);
        Assert.DoesNotContain(rows.Where(f => f[1].StartsWith("projects[", StringComparison.Ordinal)), f => f[4] == "false");
        Assert.Contains($" Of those it reads, {unmoved.Count} do not move the record's likelihood, the same bit for bit at both ends of each prior (100 replications on the same streams), "
            + $"so the record cannot inform them either (placebos): {unmoved[0]}, ", stdout);
        var unmovedNames = rows.Where(f => f[2] == "true" && f[4] == "false").Select(f => f[0]).ToList();
        Assert.DoesNotContain(Directory.GetFiles(Path.Combine(output, "plots"), "pairs_*.png"), f => unmovedNames.Any(u => Path.GetFileName(f).Contains(u, StringComparison.Ordinal)));
        // The calibrated scenario leaves every placebo at the original's value (its posterior mean is the sampler's noise
        // about the prior's mean) and overrides the parameters the record informs.
        var calibrated = File.ReadAllText(Path.Combine(output, "calibrated.json"));
        Assert.DoesNotContain("lagYears", calibrated, StringComparison.Ordinal);
        Assert.DoesNotContain("containerTeu2006", calibrated, StringComparison.Ordinal);
        Assert.Contains("\"tilt\"", calibrated, StringComparison.Ordinal);
        Assert.Contains($"the {placebos.Count + unmoved.Count} it cannot inform (placebos, summary.csv) keep their values", calibrated, StringComparison.Ordinal);
        var text = File.ReadAllText(markdown);
        Assert.Contains($"of which {rows.Count - placebos.Count} the model reads", text);
        Assert.Contains($"the record narrows each parameter the record's likelihood moves with (1 − posterior sd ÷ prior sd), the ", text);
        Assert.Contains($"of {rows.Count - placebos.Count - unmoved.Count}; the other", text);
        Assert.DoesNotContain(text.Split('\n'), l => l.StartsWith("| `regions[", StringComparison.Ordinal) && l.Contains(".values.containerTeu2006`", StringComparison.Ordinal));
        Assert.DoesNotContain(text.Split('\n'), l => l.StartsWith($"| `{unmoved[0]}`", StringComparison.Ordinal));
        Assert.Contains($"The {placebos.Count + unmoved.Count} parameters the model does not read or the record's likelihood does not move with (placebos, which the record cannot inform) are narrowed by up to ", text);
    }

    [Fact]
    public void APosteriorOfAFewDistinctDraws_IsWarnedOf_OnScreenInTheManifestAndInTheMarkdown()
    {
        var output = Path.Combine(_temp, "thin");
        var markdown = Path.Combine(_temp, "T.md");

        var (code, stdout, stderr) = Regsim.Run("calibrate", "scenarios/calibration.json", "--particles", "12", "-n", "5", "--sampler", "importance",
            "--predictive-replications", "20", "--sbc-records", "0", "--out", output, "--markdown", markdown, "-q");

        Assert.True(code == 0, stdout + stderr);
        var posterior = File.ReadAllLines(Path.Combine(output, "posterior.csv")).Skip(1).Select(l => string.Join(',', l.Split(',').Skip(1))).ToList();
        var distinct = posterior.Distinct().Count(); // rows without the particle index: copies of one draw are one vector
        Assert.True(distinct < 12, "the fixture's posterior is resampled onto fewer draws than particles");
        var warning = stdout.Split('\n').Single(l => l.StartsWith("Warning: the posterior rests on few draws", StringComparison.Ordinal));
        Assert.Contains($", {distinct} distinct of 12 particles", warning);
        Assert.Contains("--sampler tempered", warning);
        using var manifest = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "manifest.json")));
        Assert.Equal(distinct, manifest.RootElement.GetProperty("distinctParticles").GetInt32());
        Assert.Equal(warning["Warning: ".Length..^1], manifest.RootElement.GetProperty("warnings").EnumerateArray().Single().GetString());
        Assert.Contains("**Warning:** the posterior rests on few draws", File.ReadAllText(markdown));
    }

    [Fact]
    public void MoreParticlesLater_ContinueTheSameFile_ByteForByte()
    {
        var whole = Path.Combine(_temp, "whole");
        var grown = Path.Combine(_temp, "grown");
        Assert.Equal(0, Regsim.Run([.. Args(whole, 10, "--threads", "2")]).ExitCode);
        Assert.Equal(0, Regsim.Run([.. Args(grown, 4, "--threads", "1")]).ExitCode);

        var (code, _, stderr) = Regsim.Run([.. Args(grown, 10, "--threads", "2")]);

        Assert.True(code == 0, stderr);
        Assert.Contains("Resuming", stderr);
        foreach (var file in new[] { "particles.csv", "posterior.csv", "summary.csv", "predictive_check.csv", "leave_one_out.csv", "sbc.csv", "calibrated.json" })
        {
            Assert.Equal(File.ReadAllText(Path.Combine(whole, file)).Replace("whole", "grown"), File.ReadAllText(Path.Combine(grown, file)));
        }
    }

    [Fact]
    public void Shards_GatheredByAPlainRun_GiveTheSameFilesAsOneWholeRun()
    {
        var whole = Path.Combine(_temp, "whole");
        var sharded = Path.Combine(_temp, "sharded");
        Assert.Equal(0, Regsim.Run([.. Args(whole, 6)]).ExitCode);

        foreach (var shard in new[] { "0/3", "1/3", "2/3" })
        {
            var (code, stdout, stderr) = Regsim.Run([.. Args(sharded, 6, "--shard", shard, "--threads", "1")]);
            Assert.True(code == 0, stderr);
            Assert.Contains("without --shard", stdout);
        }
        Assert.Equal(3, File.ReadAllLines(Path.Combine(sharded, "shard-1-of-3", "particles.csv")).Length); // particles 1 and 4
        Assert.False(File.Exists(Path.Combine(sharded, "posterior.csv")));

        var (finish, _, error) = Regsim.Run([.. Args(sharded, 6)]);

        Assert.True(finish == 0, error);
        foreach (var file in new[] { "particles.csv", "posterior.csv", "summary.csv", "predictive_check.csv", "leave_one_out.csv", "sbc.csv" })
        {
            Assert.Equal(File.ReadAllText(Path.Combine(whole, file)), File.ReadAllText(Path.Combine(sharded, file)));
        }
    }

    [Fact]
    public void AGatherMissingAShard_RunsItsParticlesItself_AndStillGivesTheSameFilesAsOneWholeRun()
    {
        var whole = Path.Combine(_temp, "whole");
        var gathered = Path.Combine(_temp, "gathered");
        Assert.Equal(0, Regsim.Run([.. Args(whole, 6)]).ExitCode);
        Assert.Equal(0, Regsim.Run([.. Args(gathered, 6, "--shard", "0/2", "--threads", "1")]).ExitCode); // shard 1 of 2 never ran

        var (finish, _, error) = Regsim.Run([.. Args(gathered, 6)]);

        Assert.True(finish == 0, error);
        foreach (var file in new[] { "particles.csv", "posterior.csv", "summary.csv", "predictive_check.csv", "leave_one_out.csv" })
        {
            Assert.Equal(File.ReadAllText(Path.Combine(whole, file)), File.ReadAllText(Path.Combine(gathered, file)));
        }
        Assert.False(File.Exists(Path.Combine(gathered, "particles.csv.partial")));
    }

    [Fact]
    public void TemperedStages_LostAfterAnInterruption_AreRunAgain_ToTheSameFiles_AndImportanceSamplingNeedsNone()
    {
        var output = Path.Combine(_temp, "tempered");
        Assert.Equal(0, Regsim.Run([.. Args(output, 12)]).ExitCode);
        var stages = File.ReadAllLines(Path.Combine(output, "tempering-12x3", "stages.csv"));
        Assert.StartsWith($"{stages.Length - 1},1,", stages[^1]); // the last stage reaches temperature 1
        var posterior = File.ReadAllBytes(Path.Combine(output, "posterior.csv"));
        var leaveOneOut = File.ReadAllBytes(Path.Combine(output, "leave_one_out.csv"));

        File.Delete(Path.Combine(output, "tempering-12x3", $"stage-{stages.Length - 1}.csv")); // killed while writing the last stage
        var (code, _, stderr) = Regsim.Run([.. Args(output, 12, "--threads", "1")]);

        Assert.True(code == 0, stderr);
        Assert.Equal(posterior, File.ReadAllBytes(Path.Combine(output, "posterior.csv")));
        Assert.Equal(leaveOneOut, File.ReadAllBytes(Path.Combine(output, "leave_one_out.csv")));

        var importance = Path.Combine(_temp, "importance");
        var markdown = Path.Combine(_temp, "I.md");
        Assert.Equal(0, Regsim.Run([.. Args(importance, 12, "--sampler", "importance", "--markdown", markdown)]).ExitCode);
        Assert.Empty(Directory.GetDirectories(importance, "tempering-*"));
        Assert.NotEqual(posterior, File.ReadAllBytes(Path.Combine(importance, "posterior.csv")));
        Assert.Contains("importance sampling from the priors", File.ReadAllText(markdown));
    }

    [Fact]
    public void ScenarioWithoutPriors_ExitsWith2()
    {
        var baseline = JsonNode.Parse(File.ReadAllText(Path.Combine(Regsim.Root, "scenarios", "baseline.json")))!;
        PriorFree.Strip(baseline);
        var scenario = Path.Combine(_temp, "no-priors.json");
        File.WriteAllText(scenario, baseline.ToJsonString());

        var (code, _, stderr) = Regsim.Run("calibrate", scenario, "--out", Path.Combine(_temp, "never"), "-q");

        Assert.Equal(2, code);
        Assert.Contains("prior", stderr);
        Assert.False(Directory.Exists(Path.Combine(_temp, "never")));
    }

    [Fact]
    public void MovesGivenWithTheImportanceSampler_AreRefused_NotRecordedAsIfTheyHadRun()
    {
        var output = Path.Combine(_temp, "importance");

        var (code, _, stderr) = Regsim.Run(Args(output, 4, "--sampler", "importance", "--moves", "7"));

        Assert.Equal(1, code);
        Assert.Contains("--moves sets the tempered sampler's moves per stage, which --sampler importance does not make", stderr);
        Assert.False(Directory.Exists(output));
    }
}
