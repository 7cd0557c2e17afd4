using System.Globalization;
using Simulation.Experiments.Sweeps;
using Simulation.Output.Parquet;
using Simulation.Output.Sweeps;

namespace Simulation.Output.Tests.Sweeps;

/// <summary>A finished shard records the SHA-256 of what it wrote; the merge refuses a shard whose files no longer match,
/// naming the file and what changed, and still calls an unfinished shard unfinished; shards that recorded none merge with
/// their files listed as unverified; and a changed shard is not resumed, which would record the change as its own.</summary>
public class ShardDigestsTests
{
    private static readonly SweepColumns Columns = SweepSamples.Columns;

    [Fact]
    public void AShardWhoseNumberWasEditedAfterItFinished_IsRefusedNamingTheFile_AndNothingIsWritten()
    {
        using var folder = new TempFolder();
        var shards = Shards(folder.Path, recorded: true);
        var file = Path.Combine(shards[1], SweepFile.Name);
        var text = File.ReadAllText(file);
        var edited = text.Replace("1.25,", "1.5,", StringComparison.Ordinal); // point 1's roh mean, one digit
        File.WriteAllText(file, edited);
        var merged = folder.File("merged");

        var e = Assert.Throws<InvalidDataException>(() => SweepMerge.Merge(shards, merged));

        Assert.NotEqual(text, edited);
        Assert.StartsWith($"shard 1 in '{shards[1]}': '{file}' was changed after the shard finished writing it: its 4 rows are all there, so values in them", e.Message);
        Assert.Contains($"its SHA-256 is now {ShardDigests.Of(file)[..12]}…", e.Message);
        Assert.Contains("Restore the file as the shard wrote it, or move the shard folder aside and run the shard again", e.Message);
        Assert.False(Directory.Exists(merged));
    }

    [Fact]
    public void AFinishedShardCutShort_IsCalledChanged_WhileAShardThatNeverFinished_IsCalledUnfinished()
    {
        using var folder = new TempFolder();
        var finished = Shards(folder.File("finished"), recorded: true);
        var running = Shards(folder.File("running"), recorded: false);
        foreach (var shard in new[] { finished[1], running[1] })
        {
            var file = Path.Combine(shard, SweepFile.Name);
            File.WriteAllLines(file, File.ReadAllLines(file)[..3]); // the header and point 1; point 3 lost
        }

        var changed = Assert.Throws<InvalidDataException>(() => SweepMerge.Merge(finished, folder.File("a"))).Message;
        var unfinished = Assert.Throws<InvalidDataException>(() => SweepMerge.Merge(running, folder.File("b"))).Message;

        Assert.Contains("was changed after the shard finished writing it: it holds 2 of the 4 rows the shard wrote", changed);
        Assert.DoesNotContain("unfinished", changed);
        Assert.Equal($"shard 1 in '{running[1]}' is unfinished: 2 of its 4 rows written. Run it again to resume it (the same `regsim sweep --shard` command).", unfinished);
    }

    [Fact]
    public void AChangedShardsTableThatIsNotItsOwn_IsSaidToBeWhatItIs_BeforeItsRowsAreCounted()
    {
        using var folder = new TempFolder();
        var random = Shards(folder.File("random"), recorded: true);
        var foreign = Shards(folder.File("foreign"), recorded: true);
        var swapped = Shards(folder.File("swapped"), recorded: true);
        var bytes = new byte[3000];
        new Random(5).NextBytes(bytes);
        File.WriteAllBytes(Path.Combine(random[1], SweepFile.Name), bytes);
        // Another sweep's table, with as many lines as the shard wrote: counting them alone would call it "edited values".
        var lines = File.ReadAllLines(Path.Combine(foreign[1], SweepFile.Name));
        lines[0] = lines[0].Replace(",a,", ",b,", StringComparison.Ordinal);
        File.WriteAllLines(Path.Combine(foreign[1], SweepFile.Name), lines);
        File.Copy(Path.Combine(swapped[0], SweepFile.Name), Path.Combine(swapped[1], SweepFile.Name), overwrite: true);

        var notText = Assert.Throws<InvalidDataException>(() => SweepMerge.Merge(random, folder.File("a"))).Message;
        var otherColumns = Assert.Throws<InvalidDataException>(() => SweepMerge.Merge(foreign, folder.File("b"))).Message;
        var otherShard = Assert.Throws<InvalidDataException>(() => SweepMerge.Merge(swapped, folder.File("c"))).Message;

        Assert.Contains("was changed after the shard finished writing it: it is not a table at all (it holds bytes that are not text)", notText);
        Assert.Contains("it is not a table of this sweep: its columns differ (column 3 is 'b' where 'a' is expected)", otherColumns);
        Assert.Contains("its rows are shard 0's points (points 0 and 2), not this shard's: it is another shard's table", otherShard);
        Assert.All(new[] { notText, otherColumns, otherShard }, m => Assert.DoesNotContain("rows the shard wrote", m));
        Assert.All(new[] { notText, otherColumns, otherShard }, m => Assert.DoesNotContain("rows are all there", m));
    }

    [Fact]
    public void AChangedFirstShardsTable_IsHeldAgainstTheColumnsOfAShardWhoseTableIsAsItWroteIt()
    {
        using var folder = new TempFolder();
        var shards = Shards(folder.Path, recorded: true);
        var lines = File.ReadAllLines(Path.Combine(shards[0], SweepFile.Name));
        lines[0] = lines[0].Replace(",gini_mean,", ",theil_mean,", StringComparison.Ordinal);
        File.WriteAllLines(Path.Combine(shards[0], SweepFile.Name), lines);

        var e = Assert.Throws<InvalidDataException>(() => SweepMerge.Merge(shards, folder.File("merged")));

        Assert.StartsWith($"shard 0 in '{shards[0]}': '{Path.Combine(shards[0], SweepFile.Name)}' was changed after the shard finished writing it: "
            + "it is not a table of this sweep: its columns differ (column 6 is 'theil_mean' where 'gini_mean' is expected)", e.Message);
    }

    [Fact]
    public void AFinishedShardsTableDeleted_IsNamedAsDeletedAfterwards_NotAsUnfinished()
    {
        using var folder = new TempFolder();
        var shards = Shards(folder.Path, recorded: true);
        File.Delete(Path.Combine(shards[0], SweepFile.Name));

        var e = Assert.Throws<InvalidDataException>(() => SweepMerge.Merge(shards, folder.File("merged")));

        Assert.Equal($"shard 0 in '{shards[0]}' finished writing its sweep.csv (its sweep.manifest.json records the file's SHA-256), which is now missing: "
            + "it was deleted or moved afterwards. Run the shard again to write it anew.", e.Message);
    }

    [Fact]
    public void ShardsThatRecordedNoDigest_StillMerge_WithTheirFilesListedAsUnverified()
    {
        using var folder = new TempFolder();
        var earlier = Shards(folder.File("earlier"), recorded: false);
        var mixed = Shards(folder.File("mixed"), recorded: true);
        File.WriteAllText(Path.Combine(mixed[0], SweepManifestFile.Name), File.ReadAllText(Path.Combine(earlier[0], SweepManifestFile.Name)));

        var unverified = SweepMerge.Merge(earlier, folder.File("earlier-merged")).Unverified;
        var one = SweepMerge.Merge(mixed, folder.File("mixed-merged")).Unverified;
        var none = SweepMerge.Merge(Shards(folder.File("recorded"), recorded: true), folder.File("recorded-merged")).Unverified;

        Assert.Equal(earlier.Select(s => Path.Combine(s, SweepFile.Name)), unverified);
        Assert.Equal([Path.Combine(mixed[0], SweepFile.Name)], one);
        Assert.Empty(none);
        Assert.Null(SweepManifestFile.Read(folder.File("recorded-merged"))!.SweepCsvSha256); // the merged folder is not a shard
        Assert.Equal(File.ReadAllBytes(folder.File("earlier-merged/sweep.csv")), File.ReadAllBytes(folder.File("recorded-merged/sweep.csv")));
    }

    [Fact]
    public void AShardsParquetPartChangedAfterItWroteIt_IsRefusedNamingThePartAndTheShardThatRewritesIt()
    {
        using var folder = new TempFolder();
        var shards = Shards(folder.Path, recorded: false);
        var parts = new List<string>();
        for (var s = 0; s < shards.Count; s++)
        {
            var manifest = Manifest() with { ShardIndex = s, ShardCount = 2 };
            var part = SweepDataset.WritePart(shards[s], manifest, Columns, new Dictionary<string, string> { ["regsim.seed"] = "7" });
            ShardDigests.Record(shards[s], manifest, part);
            parts.Add(part);
        }
        // Rewritten with the same rows, columns and identity, as a tool that edits a value would; only the bytes differ.
        ParquetTable.Write(parts[1], SweepTable.Schema(Columns), SweepTable.Read(Path.Combine(shards[1], SweepFile.Name), Columns),
            ParquetTable.ReadFooter(parts[1]).Metadata.ToDictionary(p => p.Key, p => p.Key == "regsim.seed" ? "8" : p.Value));

        var e = Assert.Throws<InvalidDataException>(() => SweepMerge.Merge(shards, folder.File("merged")));

        Assert.StartsWith($"'{parts[1]}' was changed after shard 1 wrote it: its SHA-256 is now", e.Message);
        Assert.Contains($"Run shard 1 ('{shards[1]}') again with --format parquet to write it anew", e.Message);
        Assert.False(Directory.Exists(folder.File("merged")));
    }

    [Fact]
    public void APartLeftFromAnotherRun_BesideAShardThatFinishedWithoutParquet_IsRefused()
    {
        using var folder = new TempFolder();
        var shards = Shards(folder.Path, recorded: true); // finished without --format parquet: digests of sweep.csv only
        for (var s = 0; s < shards.Count; s++)
        {
            // Parts of the right shape, as an earlier run with --format parquet left them, but never recorded by these runs.
            SweepDataset.WritePart(shards[s], Manifest() with { ShardIndex = s, ShardCount = 2 }, Columns, new Dictionary<string, string>());
        }

        var e = Assert.Throws<InvalidDataException>(() => SweepMerge.Merge(shards, folder.File("merged")));

        Assert.Contains("was not written by shard 0's last run", e.Message);
        Assert.Contains("run the shard again with --format parquet", e.Message);
        Assert.False(Directory.Exists(folder.File("merged")));
    }

    [Fact]
    public void AShardRunAgainWithoutParquet_KeepsItsPartChecked()
    {
        using var folder = new TempFolder();
        var shards = Shards(folder.Path, recorded: false);
        for (var s = 0; s < shards.Count; s++)
        {
            var manifest = Manifest() with { ShardIndex = s, ShardCount = 2 };
            ShardDigests.Record(shards[s], manifest, SweepDataset.WritePart(shards[s], manifest, Columns, new Dictionary<string, string>()));
        }
        var recorded = SweepManifestFile.Read(shards[1])!.ParquetPartSha256;

        // Run again in CSV alone: every point is done, so it reopens its table and finishes with no part of its own.
        var again = Manifest() with { ShardIndex = 1, ShardCount = 2 };
        SweepFile.OpenOrResume(shards[1], again, Columns).Dispose();
        ShardDigests.Record(shards[1], again, null);

        Assert.NotNull(recorded);
        Assert.Equal(recorded, SweepManifestFile.Read(shards[1])!.ParquetPartSha256);
        var merged = SweepMerge.Merge(shards, folder.File("merged"));
        Assert.Empty(merged.Unverified);
    }

    [Fact]
    public void AChangedShard_IsNotResumed_ButOneAsItWroteIt_Is()
    {
        using var folder = new TempFolder();
        var shards = Shards(folder.Path, recorded: true);
        var manifest = Manifest() with { ShardIndex = 1, ShardCount = 2 };
        var file = Path.Combine(shards[1], SweepFile.Name);
        var written = File.ReadAllText(file);
        File.WriteAllText(file, written.Replace("3.25,", "3.5,", StringComparison.Ordinal));

        var e = Assert.Throws<InvalidDataException>(() => SweepFile.OpenOrResume(shards[1], manifest, Columns).Dispose());
        var kept = SweepManifestFile.Read(shards[1])!.SweepCsvSha256;
        File.WriteAllText(file, written);
        using (var resumed = SweepFile.OpenOrResume(shards[1], manifest, Columns))
        {
            Assert.Equal([1, 3], resumed.FinishedPoints.Order());
        }

        Assert.StartsWith($"'{file}' was changed after the shard finished writing it: its 4 rows are all there", e.Message);
        Assert.Contains("It is not resumed from rows it did not write", e.Message);
        Assert.Equal(ShardDigests.Of(file), kept); // the refusal left the record as it was
    }

    [Fact]
    public void ARecordedDigest_IsTheSha256OfTheFilesAsWritten()
    {
        using var folder = new TempFolder();
        var shard = Shards(folder.Path, recorded: true)[0];

        var manifest = SweepManifestFile.Read(shard)!;

        var expected = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(Path.Combine(shard, SweepFile.Name))));
        Assert.Equal(expected, manifest.SweepCsvSha256);
        Assert.Null(manifest.ParquetPartSha256);
        Assert.Contains("\"sweepCsvSha256\": \"" + expected + "\"", File.ReadAllText(Path.Combine(shard, SweepManifestFile.Name)), StringComparison.Ordinal);
        Assert.Equal(3 * 2, ShardDigests.Rows(Manifest() with { ShardIndex = 0, ShardCount = 2, Points = 5 }));
        Assert.Equal(2 * 2, ShardDigests.Rows(Manifest() with { ShardIndex = 1, ShardCount = 2, Points = 5 }));
    }

    // Two finished shards of a 4-point sweep in ROOT/shard-I-of-2, each recording its digest when asked (as a shard of this
    // regsim does) or none (as one written before digests were recorded).
    private static List<string> Shards(string root, bool recorded)
    {
        var shards = new List<string>();
        for (var s = 0; s < 2; s++)
        {
            var dir = Path.Combine(root, string.Create(CultureInfo.InvariantCulture, $"shard-{s}-of-2"));
            shards.Add(dir);
            var manifest = Manifest() with { ShardIndex = s, ShardCount = 2 };
            using (var file = SweepFile.OpenOrResume(dir, manifest, Columns))
            {
                for (var p = s; p < 4; p += 2)
                {
                    file.Append(SweepSamples.Rows(p));
                }
            }
            if (recorded)
            {
                ShardDigests.Record(dir, manifest, part: null);
            }
        }
        return shards;
    }

    private static SweepManifest Manifest() => SweepSamples.Manifest(4);
}
