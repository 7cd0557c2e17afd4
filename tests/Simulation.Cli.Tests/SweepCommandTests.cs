using System.Diagnostics;

namespace Simulation.Cli.Tests;

public sealed class SweepCommandTests : IDisposable
{
    private readonly string _temp = Regsim.TempFolder();

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [Fact]
    public void ShardsMerged_AreByteIdenticalToAnUnshardedSweep()
    {
        var whole = Path.Combine(_temp, "whole");
        Assert.Equal(0, Regsim.Run("sweep", "scenarios/experiments/smoke-sweep.json", "--out", whole, "--threads", "2").ExitCode);
        var shards = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            var dir = Path.Combine(_temp, $"shard-{i}");
            shards.Add(dir);
            Assert.Equal(0, Regsim.Run("sweep", "scenarios/experiments/smoke-sweep.json", "--shard", $"{i}/3", "--out", dir, "--threads", "1").ExitCode);
        }

        var (code, stdout, stderr) = Regsim.Run(["merge", "--out", Path.Combine(_temp, "merged"), .. shards]);

        Assert.True(code == 0, stderr);
        Assert.Equal(File.ReadAllBytes(Path.Combine(whole, "sweep.csv")), File.ReadAllBytes(Path.Combine(_temp, "merged", "sweep.csv")));
        Assert.True(File.Exists(Path.Combine(whole, "plots", "main_effect_gini_resources_per_capita_lee_equity.png")));
        Assert.Equal(1 + (6 * 3), File.ReadAllLines(Path.Combine(whole, "sweep.csv")).Length);
        // The merged folder gets the main-effect plots an unsharded sweep draws.
        Assert.Contains("Main-effect plots in", stdout);
        Assert.Equal(PlotNames(whole), PlotNames(Path.Combine(_temp, "merged")));
        Assert.NotEmpty(PlotNames(whole));
    }

    [Fact]
    public void ATrialWithFewerReplications_RecordsThem_AndIsNeverResumedOrMergedAsTheExperimentsOwn()
    {
        var trial = Path.Combine(_temp, "trial");

        var (code, _, stderr) = Regsim.Run("sweep", "scenarios/experiments/smoke-sweep.json", "--replications", "3", "--out", trial, "--threads", "1", "-q");
        var resumed = Regsim.Run("sweep", "scenarios/experiments/smoke-sweep.json", "--out", trial, "--threads", "1", "-q");
        var shard = Path.Combine(_temp, "shard-0");
        Assert.Equal(0, Regsim.Run("sweep", "scenarios/experiments/smoke-sweep.json", "--shard", "0/2", "-n", "3", "--out", shard, "--threads", "1", "-q").ExitCode);
        var other = Path.Combine(_temp, "shard-1");
        Assert.Equal(0, Regsim.Run("sweep", "scenarios/experiments/smoke-sweep.json", "--shard", "1/2", "--out", other, "--threads", "1", "-q").ExitCode);
        var merged = Regsim.Run("merge", "--out", Path.Combine(_temp, "merged"), shard, other);

        Assert.True(code == 0, stderr);
        Assert.Contains("\"replicationsPerPoint\": 3", File.ReadAllText(Path.Combine(trial, "sweep.manifest.json")));
        var table = File.ReadAllLines(Path.Combine(trial, "sweep.csv"));
        var column = Array.IndexOf(table[0].Split(','), "replications");
        Assert.All(table.Skip(1), row => Assert.Equal("3", row.Split(',')[column]));
        Assert.Equal(1, resumed.ExitCode);
        Assert.Contains("it ran 3 replications per point, not 20 (--replications)", resumed.Error);
        Assert.Equal(1, merged.ExitCode);
        Assert.Contains("replications per point", merged.Error);
        Assert.False(Directory.Exists(Path.Combine(_temp, "merged")));
    }

    [Fact]
    public void ShardsMerged_WithoutTheirExperimentAsItRan_KeepTheTable_AndSayHowToDrawThePlots()
    {
        var experiment = Path.Combine(_temp, "gone.json");
        var text = File.ReadAllText(Path.Combine(Regsim.Root, "scenarios", "experiments", "smoke-sweep.json"))
            .Replace("\"../baseline.json\"", $"\"{Path.Combine(Regsim.Root, "scenarios", "baseline.json").Replace("\\", "/")}\"");
        File.WriteAllText(experiment, text);
        var shards = Enumerable.Range(0, 2).Select(i => Path.Combine(_temp, $"shard-{i}")).ToList();
        for (var i = 0; i < shards.Count; i++)
        {
            Assert.Equal(0, Regsim.Run("sweep", experiment, "--shard", $"{i}/2", "--out", shards[i]).ExitCode);
        }
        // Edited since the shards ran: the command would refuse the folder, so the merge says to restore it first.
        File.WriteAllText(experiment, text.Replace("A tiny grid", "An edited grid"));
        var edited = Regsim.Run(["merge", "--out", Path.Combine(_temp, "edited"), .. shards]);
        Assert.True(edited.ExitCode == 0, edited.Error);
        Assert.Contains("changed since the shards ran; with the experiment and scenario as they ran", edited.Error);
        File.Delete(experiment);
        var merged = Path.Combine(_temp, "merged");

        // Given relative to where merge runs, the folder is named by its full path: the command runs from the shards' folder.
        var (code, _, stderr) = Regsim.Run(["merge", "--out", Path.GetRelativePath(Regsim.Root, merged), .. shards]);

        Assert.True(code == 0, stderr);
        Assert.Contains("Main-effect plots not drawn", stderr);
        // The replications the shards ran are named, as the merged folder resumes only with them.
        Assert.Contains($"from the folder the shards ran in, `regsim sweep {experiment} --out {merged} --replications 20`", stderr);
        Assert.Empty(PlotNames(merged));
        var table = File.ReadAllBytes(Path.Combine(merged, "sweep.csv"));

        // With the experiment back, the command the merge named draws them without running a point.
        File.WriteAllText(experiment, text);
        var (again, _, againErr) = Regsim.Run("sweep", experiment, "--out", merged);
        Assert.True(again == 0, againErr);
        Assert.NotEmpty(PlotNames(merged));
        Assert.Equal(table, File.ReadAllBytes(Path.Combine(merged, "sweep.csv")));
    }

    [Fact]
    public void Merge_IntoAFolderHoldingAnotherExperimentsShardsAndParts_IsRefusedInOneLine_ChangingNothing()
    {
        // Another experiment's shards, with Parquet parts, in the folder above them (the layout merge is meant for).
        var experiment = Path.Combine(_temp, "other.json");
        File.WriteAllText(experiment, File.ReadAllText(Path.Combine(Regsim.Root, "scenarios", "experiments", "smoke-sweep.json"))
            .Replace("\"smoke-sweep\"", "\"other\"").Replace("\"seed\": 11", "\"seed\": 12")
            .Replace("\"../baseline.json\"", $"\"{Path.Combine(Regsim.Root, "scenarios", "baseline.json").Replace("\\", "/")}\""));
        var other = Path.Combine(_temp, "other");
        var theirs = Enumerable.Range(0, 2).Select(i => Path.Combine(other, $"shard-{i}-of-2")).ToList();
        var mine = Enumerable.Range(0, 3).Select(i => Path.Combine(_temp, "smoke", $"shard-{i}-of-3")).ToList();
        for (var i = 0; i < theirs.Count; i++)
        {
            Assert.Equal(0, Regsim.Run("sweep", experiment, "--shard", $"{i}/2", "--out", theirs[i], "--format", "parquet", "--quiet").ExitCode);
        }
        for (var i = 0; i < mine.Count; i++)
        {
            Assert.Equal(0, Regsim.Run("sweep", "scenarios/experiments/smoke-sweep.json", "--shard", $"{i}/3", "--out", mine[i], "--quiet").ExitCode);
        }
        var before = Files(other);

        var (code, stdout, stderr) = Regsim.Run(["merge", "--out", other, .. mine]);

        Assert.Equal(1, code);
        Assert.Empty(stdout);
        Assert.Single(stderr.TrimEnd('\n').Split('\n'));
        Assert.StartsWith($"Cannot merge: '{other}' holds another sweep", stderr);
        Assert.Equal(before, Files(other));
        // The folder is still its own experiment's to merge into.
        var (merged, _, error) = Regsim.Run(["merge", "--out", other, .. theirs]);
        Assert.True(merged == 0, error);
    }

    [Fact]
    public void Merge_OfAShardEditedAfterItFinished_IsRefusedNamingItsFile_WhileShardsThatRecordedNoDigestMergeWithANote()
    {
        var shards = Enumerable.Range(0, 2).Select(i => Path.Combine(_temp, $"shard-{i}-of-2")).ToList();
        for (var i = 0; i < 2; i++)
        {
            Assert.Equal(0, Regsim.Run("sweep", "scenarios/experiments/smoke-sweep.json", "--shard", $"{i}/2", "--out", shards[i], "--quiet").ExitCode);
        }
        var table = Path.Combine(shards[0], "sweep.csv");
        var written = File.ReadAllLines(table);
        var edited = (string[])written.Clone();
        var fields = edited[2].Split(',');
        var mean = Array.FindIndex(written[0].Split(','), c => c.EndsWith("_mean", StringComparison.Ordinal));
        fields[mean] = "0.5";
        edited[2] = string.Join(',', fields);
        File.WriteAllLines(table, edited);
        var merged = Path.Combine(_temp, "merged");

        var refused = Regsim.Run(["merge", "--out", merged, .. shards]);
        var leftNothing = !Directory.Exists(merged);
        File.WriteAllLines(table, written); // restored as the shard wrote it
        foreach (var shard in shards)
        {
            // As a shard written before shards recorded a digest.
            var manifest = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(shard, "sweep.manifest.json")))!.AsObject();
            Assert.True(manifest.Remove("sweepCsvSha256"));
            File.WriteAllText(Path.Combine(shard, "sweep.manifest.json"), manifest.ToJsonString());
        }
        var (code, _, stderr) = Regsim.Run(["merge", "--out", merged, .. shards]);

        Assert.Equal(1, refused.ExitCode);
        Assert.Single(refused.Error.TrimEnd('\n').Split('\n'));
        Assert.StartsWith($"Cannot merge: shard 0 in '{shards[0]}': '{table}' was changed after the shard finished writing it: its 9 rows are all there", refused.Error);
        Assert.True(leftNothing);
        Assert.True(code == 0, stderr);
        Assert.Contains($"Note: 2 files of the shards could not be checked for changes made after the shards wrote them", stderr);
        Assert.Contains($"'{table}'", stderr);
    }

    [Fact]
    public void Merge_IntoAFile_IsABadOutputNamingIt()
    {
        var shard = Path.Combine(_temp, "shard-0-of-1");
        Assert.Equal(0, Regsim.Run("sweep", "scenarios/experiments/smoke-sweep.json", "--shard", "0/1", "--out", shard, "--quiet").ExitCode);
        var file = Path.Combine(_temp, "notes.txt");
        File.WriteAllText(file, "mine");

        var (code, _, stderr) = Regsim.Run("merge", "--out", file, shard);

        Assert.Equal(1, code);
        Assert.Equal($"Cannot merge: '{file}' is a file, not a folder: name a new or empty folder instead", stderr.TrimEnd());
        Assert.Equal("mine", File.ReadAllText(file));
    }

    // Every file under the folder with its bytes.
    private static Dictionary<string, string> Files(string folder) =>
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories).ToDictionary(f => f, f => Convert.ToBase64String(File.ReadAllBytes(f)));

    private static string[] PlotNames(string folder) =>
        Directory.Exists(Path.Combine(folder, "plots")) ? [.. Directory.GetFiles(Path.Combine(folder, "plots")).Select(Path.GetFileName).Order()!] : [];

    [Fact]
    public void ADesignThatSetsEveryWeightOfAnIndexTo0_IsRefusedBeforeAnyPointRuns_NamingTheIndex()
    {
        var experiment = Path.Combine(_temp, "corner.json");
        File.WriteAllText(experiment, $$"""
            { "name": "corner", "scenario": "{{Path.Combine(Regsim.Root, "scenarios", "smoke.json").Replace("\\", "/")}}",
              "seed": 3, "replicationsPerPoint": 2, "design": { "kind": "grid", "levelsPerFactor": 2 },
              "factors": [ { "name": "air", "parameter": "indices[gateway].components[0].weight", "min": 0, "max": 1 },
                           { "name": "teu", "parameter": "indices[gateway].components[1].weight", "min": 0, "max": 1 } ] }
            """);
        var outDir = Path.Combine(_temp, "corner");

        var (code, stdout, stderr) = Regsim.Run("sweep", experiment, "--out", outDir);

        Assert.Equal(2, code);
        Assert.Contains($"Invalid experiment: {experiment}: $.factors: the design sets every weight of index 'gateway' to 0 at once (factors 'air' and 'teu')", stderr);
        Assert.DoesNotContain("   at ", stderr + stdout);
        Assert.False(Directory.Exists(outDir));
    }

    [Fact]
    public async Task KilledSweep_ResumesWithTheSameCommand_AndLosesNothing()
    {
        var experiment = Path.Combine(_temp, "resume.json");
        File.WriteAllText(experiment, $$"""
            { "name": "resume", "scenario": "{{Path.Combine(Regsim.Root, "scenarios", "baseline.json").Replace("\\", "/")}}",
              "seed": 3, "replicationsPerPoint": 300, "design": { "kind": "latinHypercube", "points": 24 },
              "factors": [ { "name": "lee_equity", "parameter": "regimes[lee].tilt[equity].weight", "min": 0, "max": 1 } ] }
            """);
        var reference = Path.Combine(_temp, "reference");
        Assert.Equal(0, Regsim.Run("sweep", experiment, "--out", reference).ExitCode);
        var killed = Path.Combine(_temp, "killed");

        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = Regsim.Root, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "regsim.dll"), "sweep", experiment, "--out", killed })
        {
            start.ArgumentList.Add(a);
        }
        using (var process = Process.Start(start)!)
        {
            var csv = Path.Combine(killed, "sweep.csv");
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while ((!File.Exists(csv) || File.ReadAllLines(csv).Length < 1 + (3 * 2)) && DateTime.UtcNow < deadline && !process.HasExited)
            {
                await Task.Delay(50);
            }
            process.Kill(entireProcessTree: true); // SIGKILL: like a node that dies
            await process.WaitForExitAsync();
        }
        var rowsBefore = File.ReadAllLines(Path.Combine(killed, "sweep.csv")).Length - 1;
        Assert.InRange(rowsBefore, 6, (24 * 3) - 1);

        var (code, _, stderr) = Regsim.Run("sweep", experiment, "--out", killed);

        Assert.True(code == 0, stderr);
        Assert.Contains("Resuming", stderr);
        Assert.Equal(File.ReadAllBytes(Path.Combine(reference, "sweep.csv")), File.ReadAllBytes(Path.Combine(killed, "sweep.csv")));
    }

    [Fact]
    public void FreshFolderHoldingTheUsersFileNamedLikeAPlot_IsRefusedBeforeAnyPointRuns_AndTheFileKept()
    {
        var folder = Path.Combine(_temp, "mine");
        var plot = Path.Combine(folder, "plots", "main_effect_gini_resources_per_capita_lee_equity.png");
        Directory.CreateDirectory(Path.GetDirectoryName(plot)!);
        File.WriteAllText(plot, "my own figure");

        var (code, _, stderr) = Regsim.Run("sweep", "scenarios/experiments/smoke-sweep.json", "--out", folder);

        Assert.Equal(1, code);
        Assert.Contains("plots/main_effect_gini_resources_per_capita_lee_equity.png", stderr);
        Assert.Contains("choose another folder", stderr);
        Assert.Equal("my own figure", File.ReadAllText(plot));
        Assert.False(File.Exists(Path.Combine(folder, "sweep.csv")));
    }

    [Fact]
    public void MergeIntoAFreshFolderHoldingTheUsersFileNamedLikeAPlot_IsRefusedBeforeWriting_AndTheFileKept()
    {
        var shards = Enumerable.Range(0, 2).Select(i => Path.Combine(_temp, $"shard-{i}")).ToList();
        for (var i = 0; i < 2; i++)
        {
            Assert.Equal(0, Regsim.Run("sweep", "scenarios/experiments/smoke-sweep.json", "--shard", $"{i}/2", "--out", shards[i], "--quiet").ExitCode);
        }
        var folder = Path.Combine(_temp, "mine");
        var plot = Path.Combine(folder, "plots", "main_effect_rent_dissipation_lee_equity.svg");
        Directory.CreateDirectory(Path.GetDirectoryName(plot)!);
        File.WriteAllText(plot, "my own figure");

        var (code, _, stderr) = Regsim.Run(["merge", "--out", folder, .. shards]);

        Assert.Equal(1, code);
        Assert.Contains("plots/main_effect_rent_dissipation_lee_equity.svg", stderr);
        Assert.Equal("my own figure", File.ReadAllText(plot));
        Assert.False(File.Exists(Path.Combine(folder, "sweep.csv")));
    }

    [Fact]
    public void BadExperiment_ExitsWithCode2_AndNamesTheProblem()
    {
        var experiment = Path.Combine(_temp, "bad.json");
        File.WriteAllText(experiment, """{ "name": "bad", "scenario": "../nowhere.json", "seed": 1, "replicationsPerPoint": 2, "design": { "kind": "sobol" }, "factors": [] }""");

        var (code, _, stderr) = Regsim.Run("sweep", experiment, "--out", Path.Combine(_temp, "never"));

        Assert.Equal(2, code);
        Assert.Contains(experiment, stderr);
        Assert.False(Directory.Exists(Path.Combine(_temp, "never")));
    }

    [SkippableTheory]
    [InlineData(AnalysisKit.Python)]
    [InlineData(AnalysisKit.R)]
    public void AShardPastTheLastPoint_IsSaidToBeCompleteAndEmpty_HereAndByTheKits(string kit)
    {
        var folder = Path.Combine(_temp, $"empty-shard-{kit}");

        var (code, stdout, stderr) = Regsim.Run("sweep", "scenarios/experiments/smoke-sweep.json", "--shard", "7/8", "--out", folder, "--quiet");

        Assert.True(code == 0, stderr);
        Assert.Contains("Shard 7/8 holds no point: the sweep has fewer points than shards, so this shard is complete and empty", stdout);
        AnalysisKit.SkipUnlessInstalled(kit);
        var (kitCode, summary, error) = AnalysisKit.Run(kit, folder);
        Assert.True(kitCode == 0, error);
        Assert.Contains("this shard holds no point (the sweep has fewer points than shards): it is complete and empty", summary);
        Assert.DoesNotContain("run the sweep again", summary);
    }

    [Fact]
    public void TheManifest_SaysWhatEveryColumnOfTheTableMeans()
    {
        var folder = Path.Combine(_temp, "glossary");

        var (code, _, stderr) = Regsim.Run("sweep", "scenarios/experiments/smoke-sweep.json", "--out", folder, "--quiet");

        Assert.True(code == 0, stderr);
        using var manifest = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "sweep.manifest.json")));
        var columns = manifest.RootElement.GetProperty("columns").EnumerateObject().ToDictionary(c => c.Name, c => c.Value.GetString()!);
        Assert.Equal(File.ReadLines(Path.Combine(folder, "sweep.csv")).First().Split(','), columns.Keys);
        Assert.Contains("KRW thousand per person", columns["resources_per_capita_daegu_mean"], StringComparison.Ordinal);
        Assert.Contains("regimes[lee].tilt[equity].weight, within [0, 1]", columns["lee_equity"], StringComparison.Ordinal);
        Assert.Contains("Student's t", columns["gini_resources_per_capita_ci_low"], StringComparison.Ordinal);
        Assert.Contains("lee = Regionalized concentration (Lee era)", columns["regime"], StringComparison.Ordinal);
    }
}
