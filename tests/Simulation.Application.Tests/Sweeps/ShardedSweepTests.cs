using Simulation.Application.Sweeps;
using Simulation.Experiments;
using Simulation.Experiments.Tests;
using Simulation.Output;
using Simulation.Output.Sweeps;

namespace Simulation.Application.Tests.Sweeps;

/// <summary>
/// A sweep run as shards and merged, as <c>regsim slurm</c>'s jobs run it, through the use cases in this process: with other
/// replications per point it gives the bytes of a whole sweep of that count; it leaves the same kind of Parquet table as a
/// whole sweep; and a shard whose rows were edited after it wrote them is refused by the merge and not resumed.
/// </summary>
public sealed class ShardedSweepTests : IDisposable
{
    private static readonly string Experiment = Path.Combine(Repository.Root, "scenarios", "experiments", "smoke-sweep.json");
    private readonly string _temp = Directory.CreateTempSubdirectory("regsim-shards-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [Fact]
    public void ShardsRunWithOtherReplications_MergeToTheBytesOfAWholeSweepOfThatCount()
    {
        var whole = Path.Combine(_temp, "whole");
        var sharded = Path.Combine(_temp, "sharded");
        Sweep(new SweepRequest(Experiment, whole, 2, null, Replications: 3));
        var shards = Shards(sharded, 3, OutputFormat.Csv, replications: 3);

        var merged = new MergeShards().Run(shards, sharded);

        var table = File.ReadAllBytes(Path.Combine(whole, SweepFile.Name));
        Assert.Equal(table, File.ReadAllBytes(Path.Combine(sharded, SweepFile.Name)));
        var replications = Array.IndexOf(File.ReadLines(Path.Combine(whole, SweepFile.Name)).First().Split(','), "replications");
        Assert.All(File.ReadLines(Path.Combine(whole, SweepFile.Name)).Skip(1), row => Assert.Equal("3", row.Split(',')[replications]));
        Assert.All(shards, shard => Assert.Equal(3, SweepManifestFile.Read(shard)!.ReplicationsPerPoint));
        Assert.Equal(3, merged.Merged.Manifest.ReplicationsPerPoint);
        Assert.Null(merged.PlotsNotDrawn);
        Assert.Equal(Plots(whole), Plots(sharded));
        Assert.NotEmpty(Plots(sharded));
        Assert.Empty(merged.Merged.Unverified); // every shard recorded what it wrote
        // The merged folder is the whole sweep's: running the whole sweep there again with the same count runs no point.
        Assert.Equal(table, File.ReadAllBytes(Path.Combine(Sweep(new SweepRequest(Experiment, sharded, 1, null, Replications: 3)).Folder, SweepFile.Name)));
    }

    [Fact]
    public void OtherReplications_HaveTheirOwnDefaultFolder_ForTheSweepAndItsShardsAlike()
    {
        var experiment = SweepExperiment.Load(new SweepRequest(Experiment, null, 1, null, Replications: 2000));

        Assert.Equal(2000, experiment.ReplicationsPerPoint);
        Assert.Equal(Path.Combine("output", "smoke-sweep-n2000"), SweepExperiment.Folder(new SweepRequest(Experiment, null, 1, null, Replications: 2000), experiment));
        Assert.Equal(Path.Combine("output", "smoke-sweep-n2000", "shard-1-of-4"),
            SweepExperiment.Folder(new SweepRequest(Experiment, null, 1, new ShardSpec(1, 4), Replications: 2000), experiment));
        Assert.Equal(Path.Combine("output", "smoke-sweep"), SweepExperiment.Folder(new SweepRequest(Experiment, null, 1, null), SweepExperiment.Load(new SweepRequest(Experiment, null, 1, null))));
        Assert.Equal([Experiment, "--replications", "2000"], new SweepRequest(Experiment, null, 1, null, Replications: 2000).ResultArguments());
        Assert.Equal([Experiment], new SweepRequest(Experiment, null, 1, null).ResultArguments());
    }

    [Fact]
    public void AWholeSweepAndAMergedSweep_LeaveTheSameKindOfParquetTable_WithTheSameRows()
    {
        var whole = Path.Combine(_temp, "whole");
        var sharded = Path.Combine(_temp, "sharded");
        var single = Path.Combine(_temp, "single");
        var written = Sweep(new SweepRequest(Experiment, whole, 2, null, OutputFormat.Parquet)).Parquet;
        var merged = new MergeShards().Run(Shards(sharded, 3, OutputFormat.Parquet), sharded);
        new MergeShards().Run(Shards(single, 1, OutputFormat.Parquet), single);

        // One layout: a folder of parts named by shard, one part for a whole sweep, one per shard for a merged one.
        foreach (var folder in new[] { whole, sharded, single })
        {
            Assert.True(Directory.Exists(Path.Combine(folder, SweepDataset.Name)), $"{folder}/{SweepDataset.Name} is not a folder");
            Assert.False(File.Exists(Path.Combine(folder, SweepDataset.Name)));
        }
        Assert.Equal(Path.Combine(whole, SweepDataset.Name, "part-00000-of-00001.parquet"), written);
        Assert.Equal(["part-00000-of-00001.parquet"], Parts(whole).Select(Path.GetFileName));
        Assert.Equal(["part-00000-of-00003.parquet", "part-00001-of-00003.parquet", "part-00002-of-00003.parquet"], Parts(sharded).Select(Path.GetFileName));
        Assert.Equal(Path.Combine(sharded, SweepDataset.Name), merged.Merged.ParquetFolder);

        // The same table: columns, metadata but for which shard a part is, and rows (in point order, as sweep.csv has them).
        var one = ParquetRows.Read(written!);
        var parts = Parts(sharded).Select(ParquetRows.Read).ToList();
        Assert.All(parts, part => Assert.Equal(one.Columns, part.Columns));
        Assert.All(parts, part => Assert.Equal(WithoutShard(one.Metadata), WithoutShard(part.Metadata)));
        var union = parts.SelectMany(p => p.Rows).OrderBy(r => Convert.ToInt64(r[0], System.Globalization.CultureInfo.InvariantCulture)).ToList(); // stable: a point's rows keep their mode order
        Assert.Equal(18, one.Rows.Count);
        Assert.Equal(one.Rows, union);
        // A sweep run as one shard and merged leaves its part byte for byte as the whole sweep does.
        Assert.Equal(File.ReadAllBytes(written!), File.ReadAllBytes(Parts(single).Single()));
    }

    [Fact]
    public void AShardEditedAfterItFinished_IsRefusedByTheMerge_AndRunningItAgainDoesNotTakeTheEditAsItsOwn()
    {
        var root = Path.Combine(_temp, "edited");
        var shards = Shards(root, 2, OutputFormat.Csv);
        var file = Path.Combine(shards[1], SweepFile.Name);
        var lines = File.ReadAllLines(file);
        var fields = lines[1].Split(',');
        var mean = Array.FindIndex(lines[0].Split(','), c => c.EndsWith("_mean", StringComparison.Ordinal));
        fields[mean] = "0.123456";
        lines[1] = string.Join(',', fields);
        File.WriteAllText(file, string.Join('\n', lines) + "\n");
        var recorded = SweepManifestFile.Read(shards[1])!.SweepCsvSha256;

        var merge = Assert.Throws<InvalidDataException>(() => new MergeShards().Run(shards, root));
        var rerun = Assert.Throws<InvalidDataException>(() => Sweep(new SweepRequest(Experiment, shards[1], 1, new ShardSpec(1, 2))));

        Assert.StartsWith($"shard 1 in '{shards[1]}': '{file}' was changed after the shard finished writing it: its 9 rows are all there, so values in them", merge.Message);
        Assert.False(File.Exists(Path.Combine(root, SweepFile.Name)));
        Assert.Contains("It is not resumed from rows it did not write", rerun.Message);
        Assert.Equal(recorded, SweepManifestFile.Read(shards[1])!.SweepCsvSha256);
        Assert.Contains("0.123456", File.ReadAllText(file));
        Assert.Null(SweepManifestFile.Read(Sweep(new SweepRequest(Experiment, Path.Combine(_temp, "whole"), 1, null)).Folder)!.SweepCsvSha256); // only shards record one
    }

    private static SweepOutcome Sweep(SweepRequest request) => new SweepExperiment().Run(request, SilentProgress.Instance, CancellationToken.None);

    // The n shards of the smoke sweep in ROOT/shard-I-of-N, as regsim slurm's tasks write them.
    private static List<string> Shards(string root, int n, OutputFormat format, int? replications = null)
    {
        var shards = Enumerable.Range(0, n).Select(i => Path.Combine(root, $"shard-{i}-of-{n}")).ToList();
        for (var i = 0; i < n; i++)
        {
            Sweep(new SweepRequest(Experiment, shards[i], 1, new ShardSpec(i, n), format, replications));
        }
        return shards;
    }

    private static string[] Parts(string folder) => [.. Directory.GetFiles(Path.Combine(folder, SweepDataset.Name)).Order(StringComparer.Ordinal)];

    private static string[] Plots(string folder) => [.. Directory.GetFiles(Path.Combine(folder, "plots")).Select(Path.GetFileName).Order(StringComparer.Ordinal)!];

    private static Dictionary<string, string> WithoutShard(IReadOnlyDictionary<string, string> metadata) =>
        metadata.Where(p => p.Key is not (SweepDataset.ShardIndexKey or SweepDataset.ShardCountKey)).ToDictionary(p => p.Key, p => p.Value);
}
