namespace Simulation.Cli.Tests;

/// <summary>The analysis kits refuse what regsim refuses: a finished shard whose <c>sweep.csv</c> no longer has the SHA-256 it
/// recorded (edited or cut after it finished) is refused, as <c>regsim merge</c> refuses it, and a row that does not read is
/// named by its file rather than reported as a bare parser message; a file given for a folder is said to be one.</summary>
public sealed class AnalysisKitShardTests(AnalysisFolders folders) : IClassFixture<AnalysisFolders>
{
    [SkippableTheory]
    [InlineData(AnalysisKit.Python)]
    [InlineData(AnalysisKit.R)]
    public void AShardEditedAfterItFinished_IsRefused(string kit)
    {
        AnalysisKit.SkipUnlessInstalled(kit);
        var copy = folders.CopyOf(folders.Shard, $"shard-edited-{kit}");
        var lines = File.ReadAllLines(Path.Combine(copy, "sweep.csv"));
        lines[1] = lines[1].Replace(",timeline,", ",lee,", StringComparison.Ordinal); // a value changed, the shape kept
        File.WriteAllText(Path.Combine(copy, "sweep.csv"), string.Join('\n', lines) + "\n");

        var (code, output, error) = AnalysisKit.Run(kit, copy);

        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Contains($"error: {copy}: sweep.csv was changed after regsim finished this shard (edited or damaged)", error);
    }

    [SkippableTheory]
    [InlineData(AnalysisKit.Python)]
    [InlineData(AnalysisKit.R)]
    public void AnUnfinishedShard_IsToldToBeFinished_BeforeTheShardsAreGathered(string kit)
    {
        AnalysisKit.SkipUnlessInstalled(kit);
        var copy = ShardWithoutDigest($"shard-unfinished-{kit}"); // as a shard stopped before its last point records none
        var table = Path.Combine(copy, "sweep.csv");
        var lines = File.ReadAllLines(table);
        var last = lines[^1].Split(',')[0]; // the point of the last row: its rows go, as if the shard stopped before it
        File.WriteAllLines(table, lines.Where((l, i) => i == 0 || l.Split(',')[0] != last));

        var (code, _, error) = AnalysisKit.Run(kit, copy);

        Assert.True(code == 0, error);
        Assert.Contains("it is shard 0 of 2 and unfinished (run it again to finish it", error);
        Assert.Contains("then gather the shards: regsim merge", error);
    }

    [SkippableTheory]
    [InlineData(AnalysisKit.Python)]
    [InlineData(AnalysisKit.R)]
    public void AFinishedShardWithoutADigest_AsOlderVersionsWroteThem_IsNotCalledUnfinished(string kit)
    {
        AnalysisKit.SkipUnlessInstalled(kit);
        var copy = ShardWithoutDigest($"shard-no-digest-{kit}");

        var (code, _, error) = AnalysisKit.Run(kit, copy);

        Assert.True(code == 0, error);
        Assert.Contains("it is shard 0 of 2 (gather the shards first", error);
        Assert.DoesNotContain("unfinished", error);
    }

    [SkippableTheory]
    [InlineData(AnalysisKit.Python)]
    [InlineData(AnalysisKit.R)]
    public void AFolderOfShards_IsToldToBeGathered_NotCalledForeign(string kit)
    {
        AnalysisKit.SkipUnlessInstalled(kit);
        var root = folders.Empty($"shards-{kit}");
        Directory.CreateDirectory(Path.Combine(root, "shard-0-of-2"));
        Directory.CreateDirectory(Path.Combine(root, "shard-1-of-2"));

        var (code, output, error) = AnalysisKit.Run(kit, root);

        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Contains($"error: {root}: holds the shards of a sweep or study (shard-0-of-2, shard-1-of-2), not their gathered result: "
            + "gather them first (regsim merge --out DIR", error);
    }

    [SkippableTheory]
    [InlineData(AnalysisKit.Python)]
    [InlineData(AnalysisKit.R)]
    public void ARowThatDoesNotRead_IsRefusedNamingTheFile(string kit)
    {
        AnalysisKit.SkipUnlessInstalled(kit);
        var copy = folders.CopyOf(folders.Sweep, $"garbage-{kit}");
        File.AppendAllText(Path.Combine(copy, "sweep.csv"), "garbage,line\n");

        var (code, output, error) = AnalysisKit.Run(kit, copy);

        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Contains($"error: {copy}: sweep.csv", error);
        Assert.Contains("was it edited or damaged?", error);
        Assert.DoesNotContain("Traceback", error);
    }

    [SkippableTheory]
    [InlineData(AnalysisKit.Python)]
    [InlineData(AnalysisKit.R)]
    public void AFileGivenForAFolder_IsSaidToBeAFile(string kit)
    {
        AnalysisKit.SkipUnlessInstalled(kit);
        var experiment = Path.Combine(Regsim.Root, "scenarios", "experiments", "smoke-sweep.json");

        var (code, output, error) = AnalysisKit.Run(kit, experiment);

        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Contains($"error: {experiment}: a file, not a folder: give the folder regsim wrote its results in (its --out)", error);
    }

    // A copy of the finished shard whose manifest records no digest of its table.
    private string ShardWithoutDigest(string name)
    {
        var copy = folders.CopyOf(folders.Shard, name);
        var manifest = Path.Combine(copy, "sweep.manifest.json");
        var json = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(manifest))!.AsObject();
        json.Remove("sweepCsvSha256");
        File.WriteAllText(manifest, json.ToJsonString());
        return copy;
    }
}
