using Simulation.Experiments.Sweeps;
using Simulation.Output.Parquet;
using Simulation.Output.Sweeps;

namespace Simulation.Output.Tests.Sweeps;

public class SweepDatasetTests
{
    private static readonly SweepColumns Columns = new(["a"], ["gini"], ["win_p_r0"]);
    private static readonly Dictionary<string, string> Provenance = new() { ["regsim.seed"] = "7" };

    [Fact]
    public void Shards_PutTheirPartsInOneFolderAboveThem_AndMergeFindsThemThere()
    {
        using var folder = new TempFolder();
        var shards = Enumerable.Range(0, 2).Select(s => Shard(folder.Path, s, Manifest())).ToList();

        var parts = shards.Select((d, s) => SweepDataset.WritePart(d, Manifest() with { ShardIndex = s, ShardCount = 2 }, Columns, Provenance)).ToList();

        Assert.Equal([folder.File("sweep.parquet/part-00000-of-00002.parquet"), folder.File("sweep.parquet/part-00001-of-00002.parquet")], parts);
        var footer = ParquetTable.ReadFooter(parts[1]);
        Assert.Equal(SweepTable.Header(Columns).Split(','), footer.Columns);
        Assert.Equal(4, footer.Rows); // points 1 and 3, two modes each
        Assert.Equal("1", footer.Metadata[SweepDataset.ShardIndexKey]);
        Assert.Equal("7", footer.Metadata["regsim.seed"]);
        var merged = SweepMerge.Merge(shards, folder.Path);
        Assert.Equal(folder.File("sweep.parquet"), merged.ParquetFolder);
        Assert.Equal(2, merged.ParquetParts);
    }

    [Fact]
    public void APartOfAnotherSweepOrShardCount_InTheFolder_IsRefused()
    {
        using var folder = new TempFolder();
        var foreign = Manifest() with { ExperimentSha256 = new string('c', 64) };
        SweepDataset.WritePart(Shard(folder.Path, 0, foreign, "x"), foreign with { ShardIndex = 0, ShardCount = 2 }, Columns, Provenance);

        var mine = Shard(folder.Path, 1, Manifest());
        var e = Assert.Throws<InvalidDataException>(() => SweepDataset.WritePart(mine, Manifest() with { ShardIndex = 1, ShardCount = 2 }, Columns, Provenance));

        Assert.Contains("another sweep", e.Message);
        Assert.Contains("regsim.experiment_sha256", e.Message);
    }

    [Fact]
    public void AShardOfAnotherShardCount_IsRefusedBeforeItRuns()
    {
        using var folder = new TempFolder();
        SweepDataset.WritePart(Shard(folder.Path, 0, Manifest()), Manifest() with { ShardIndex = 0, ShardCount = 2 }, Columns, Provenance);

        var e = Assert.Throws<InvalidDataException>(() => SweepDataset.Check(folder.File("shard-1-of-4"), Manifest() with { ShardIndex = 1, ShardCount = 4 }));

        Assert.Contains("regsim.shard_count is '2', not '4'", e.Message);
        Assert.False(File.Exists(folder.File("sweep.parquet/part-00001-of-00002.parquet")));
    }

    [Fact]
    public void Merge_RefusesShardsOfWhichOnlySomeWroteAPart_BeforeWritingAnything()
    {
        using var folder = new TempFolder();
        var shards = Enumerable.Range(0, 2).Select(s => Shard(folder.Path, s, Manifest())).ToList();
        SweepDataset.WritePart(shards[0], Manifest() with { ShardIndex = 0, ShardCount = 2 }, Columns, Provenance);
        var output = folder.File("merged");

        var e = Assert.Throws<InvalidDataException>(() => SweepMerge.Merge(shards, output));

        Assert.Contains("shard 1", e.Message);
        Assert.Contains("--format parquet", e.Message);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void AWholeSweep_WritesTheOnePartOfItsOwnDataset_AsAShardOfOne()
    {
        using var folder = new TempFolder();
        var whole = WholeSweep(folder.File("whole"));

        var part = SweepDataset.WritePart(whole, Manifest(), Columns, Provenance);

        Assert.Equal(folder.File("whole/sweep.parquet/part-00000-of-00001.parquet"), part);
        Assert.Equal([part], Directory.GetFiles(folder.File("whole/sweep.parquet")));
        var footer = ParquetTable.ReadFooter(part);
        Assert.Equal(10, footer.Rows); // five points, two modes each
        Assert.Equal(("0", "1"), (footer.Metadata[SweepDataset.ShardIndexKey], footer.Metadata[SweepDataset.ShardCountKey]));
        Assert.Equal("7", footer.Metadata["regsim.seed"]);
    }

    [Fact]
    public void AWholeSweep_WhereShardsPutTheirParts_OrWhereAnEarlierRegsimLeftItsTableAsOneFile_IsRefusedNamingIt()
    {
        using var folder = new TempFolder();
        var shard = Shard(folder.Path, 0, Manifest());
        SweepDataset.WritePart(shard, Manifest() with { ShardIndex = 0, ShardCount = 2 }, Columns, Provenance); // into folder/sweep.parquet/
        var whole = WholeSweep(folder.Path);
        var earlier = WholeSweep(folder.File("earlier"));
        File.WriteAllText(folder.File("earlier/sweep.parquet"), "a table as one file");

        var parts = Assert.Throws<InvalidDataException>(() => SweepDataset.WritePart(whole, Manifest(), Columns, Provenance));
        var file = Assert.Throws<InvalidDataException>(() => SweepDataset.Check(earlier, Manifest()));

        Assert.Contains("holds part-00000-of-00002.parquet, a part of this sweep run in 2 shards (regsim.shard_count is '2', not '1')", parts.Message);
        Assert.False(File.Exists(folder.File("sweep.parquet/part-00000-of-00001.parquet")));
        Assert.StartsWith($"'{folder.File("earlier/sweep.parquet")}' is a file (a whole sweep's table as an earlier regsim wrote it", file.Message);
        Assert.Equal("a table as one file", File.ReadAllText(folder.File("earlier/sweep.parquet")));
    }

    [Fact]
    public void AShard_WhereAWholeSweepPutItsPart_IsRefusedNamingIt()
    {
        using var folder = new TempFolder();
        SweepDataset.WritePart(WholeSweep(folder.Path), Manifest(), Columns, Provenance);

        var e = Assert.Throws<InvalidDataException>(() => SweepDataset.Check(folder.File("shard-1-of-2"), Manifest() with { ShardIndex = 1, ShardCount = 2 }));

        Assert.Contains("holds part-00000-of-00001.parquet, this sweep's table as a whole run wrote it", e.Message);
        Assert.Contains("give the shards --out folders under another folder", e.Message);
    }

    // A part that is not readable (a copy cut short, a full disk): the shard it belongs to writes it anew when run again,
    // and every other command names it and the shard that rewrites it.
    [Fact]
    public void AShardsOwnDamagedPart_IsWrittenAnewWhenTheShardRunsAgain()
    {
        using var folder = new TempFolder();
        var shard = Shard(folder.Path, 0, Manifest());
        var part = SweepDataset.WritePart(shard, Manifest() with { ShardIndex = 0, ShardCount = 2 }, Columns, Provenance);
        File.WriteAllText(part, "cut short");

        SweepDataset.WritePart(shard, Manifest() with { ShardIndex = 0, ShardCount = 2 }, Columns, Provenance);

        Assert.Equal(6, ParquetTable.ReadFooter(part).Rows); // points 0, 2 and 4, two modes each
    }

    [Fact]
    public void AnotherShardsDamagedPart_IsRefused_NamingItAndWhatRewritesIt_AndLeftAsItIs()
    {
        using var folder = new TempFolder();
        var other = SweepDataset.WritePart(Shard(folder.Path, 1, Manifest()), Manifest() with { ShardIndex = 1, ShardCount = 2 }, Columns, Provenance);
        File.WriteAllText(other, "cut short");

        var e = Assert.Throws<InvalidDataException>(() =>
            SweepDataset.WritePart(Shard(folder.Path, 0, Manifest()), Manifest() with { ShardIndex = 0, ShardCount = 2 }, Columns, Provenance));

        Assert.Contains($"'{other}' is not a readable Parquet file", e.Message);
        Assert.Contains("rerun the shard it belongs to", e.Message);
        Assert.Equal("cut short", File.ReadAllText(other));
    }

    [Fact]
    public void Merge_RefusesADamagedPart_NamingTheShardToRunAgain_BeforeWritingAnything()
    {
        using var folder = new TempFolder();
        var shards = Enumerable.Range(0, 2).Select(s => Shard(folder.Path, s, Manifest())).ToList();
        var parts = shards.Select((d, s) => SweepDataset.WritePart(d, Manifest() with { ShardIndex = s, ShardCount = 2 }, Columns, Provenance)).ToList();
        File.WriteAllText(parts[1], "cut short");
        var output = folder.File("merged");

        var e = Assert.Throws<InvalidDataException>(() => SweepMerge.Merge(shards, output));

        Assert.Contains($"'{parts[1]}' is not a readable Parquet file", e.Message);
        Assert.Contains("run shard 1", e.Message);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void MergingWhereAnUnreadableParquetFileLies_IsRefused_NamingIt()
    {
        using var folder = new TempFolder();
        var shards = Enumerable.Range(0, 2).Select(s => Shard(folder.Path, s, Manifest())).ToList();
        var output = folder.File("merged");
        Directory.CreateDirectory(Path.Combine(output, SweepDataset.Name));
        File.WriteAllText(Path.Combine(output, SweepDataset.Name, "stray.parquet"), "not parquet");

        var e = Assert.Throws<InvalidDataException>(() => SweepMerge.Merge(shards, output));

        Assert.Contains("sweep.parquet/stray.parquet is not a readable Parquet file", e.Message);
        Assert.Contains("merge into a new folder", e.Message);
    }

    // A finished shard of a 5-point sweep in PARENT/shard-I-of-2(-tag).
    private static string Shard(string parent, int index, SweepManifest manifest, string tag = "")
    {
        var dir = Path.Combine(parent, $"shard-{index}-of-2{tag}");
        using var file = SweepFile.OpenOrResume(dir, manifest with { ShardIndex = index, ShardCount = 2 }, Columns);
        for (var p = index; p < 5; p += 2)
        {
            file.Append(Rows(p));
        }
        return dir;
    }

    // A finished whole sweep of the same 5 points in FOLDER.
    private static string WholeSweep(string directory)
    {
        using var file = SweepFile.OpenOrResume(directory, Manifest(), Columns);
        for (var p = 0; p < 5; p++)
        {
            file.Append(Rows(p));
        }
        return directory;
    }

    private static SweepManifest Manifest() => new("1.0.0", "test", "test.json", new string('a', 64), new string('d', 64), null, null, 5, ["roh", "lee"]);

    private static List<SweepRow> Rows(int point) =>
    [
        new(point, "roh", [point / 10.0], 7, 100, [0.25 + point], [0.2 + point], [0.3 + point], [1.0 / 3]),
        new(point, "lee", [point / 10.0], 7, 100, [0.5], [double.NaN], [double.NaN], [0.0]),
    ];
}
