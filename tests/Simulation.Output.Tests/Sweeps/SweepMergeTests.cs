using Simulation.Experiments.Sweeps;
using Simulation.Output.Sweeps;

namespace Simulation.Output.Tests.Sweeps;

public class SweepMergeTests
{
    private static readonly SweepColumns Columns = SweepSamples.Columns;

    [Fact]
    public void AShardHoldingAPointTwiceAndMissingAnother_IsRefused_ThoughItsRowCountIsRight()
    {
        using var folder = new TempFolder();
        var shards = Shards(folder.Path, Manifest());
        var file = Path.Combine(shards[1], SweepFile.Name);
        var lines = File.ReadAllLines(file).ToList(); // header, then points 1 and 3, two rows each
        lines[3] = lines[1];
        lines[4] = lines[2];
        File.WriteAllText(file, string.Join('\n', lines) + "\n");

        var e = Assert.Throws<InvalidDataException>(() => SweepMerge.Merge(shards, Path.Combine(folder.Path, "merged")));

        Assert.Contains("holds 4 rows of point 1, not 2", e.Message);
        Assert.False(Directory.Exists(Path.Combine(folder.Path, "merged")));
    }

    [Fact]
    public void AnOutputFolderThatIsAShard_HoldsAnotherSweep_OrAnotherCommandsResults_IsRefusedAndLeftAsItWas()
    {
        using var folder = new TempFolder();
        var shards = Shards(folder.Path, Manifest());
        var other = Path.Combine(folder.Path, "other");
        SweepFile.OpenOrResume(other, Manifest() with { ExperimentSha256 = new string('c', 64) }, Columns).Dispose();
        var results = Path.Combine(folder.Path, "results");
        Directory.CreateDirectory(results);
        File.WriteAllText(Path.Combine(results, ManifestWriter.FileName), "{}");
        var before = File.ReadAllBytes(Path.Combine(shards[0], SweepFile.Name));

        Assert.Contains("is one of the shards", Assert.Throws<InvalidDataException>(() => SweepMerge.Merge(shards, shards[0])).Message);
        Assert.Contains("holds another sweep", Assert.Throws<InvalidDataException>(() => SweepMerge.Merge(shards, other)).Message);
        Assert.Contains("results of another command", Assert.Throws<InvalidDataException>(() => SweepMerge.Merge(shards, results)).Message);

        Assert.Equal(before, File.ReadAllBytes(Path.Combine(shards[0], SweepFile.Name)));
        Assert.Equal(["manifest.json"], Directory.GetFiles(results).Select(Path.GetFileName));
        SweepMerge.Merge(shards, folder.Path); // the folder above the shards
        SweepMerge.Merge(shards, folder.Path); // and again: an earlier merge of the same sweep is replaced
    }

    [Fact]
    public void AFolderAMergeWasKilledIn_IsMergedIntoAgain_ButNotATableOfOtherColumns()
    {
        using var folder = new TempFolder();
        var shards = Shards(folder.Path, Manifest());
        var killed = Path.Combine(folder.Path, "killed");
        Directory.CreateDirectory(killed);
        File.WriteAllText(Path.Combine(killed, SweepFile.Name), SweepTable.Header(Columns) + "\n"); // the table moved in, no manifest yet
        var foreign = Path.Combine(folder.Path, "foreign");
        Directory.CreateDirectory(foreign);
        File.WriteAllText(Path.Combine(foreign, SweepFile.Name), "x,y\n1,2\n");

        SweepMerge.Merge(shards, killed);

        Assert.NotNull(SweepManifestFile.Read(killed));
        Assert.Contains("of other columns", Assert.Throws<InvalidDataException>(() => SweepMerge.Merge(shards, foreign)).Message);
        Assert.Equal("x,y\n1,2\n", File.ReadAllText(Path.Combine(foreign, SweepFile.Name)));
    }

    [Fact]
    public void ACutShortManifest_IsRefusedNamingIt()
    {
        using var folder = new TempFolder();
        var shards = Shards(folder.Path, Manifest());
        File.WriteAllText(Path.Combine(shards[1], SweepManifestFile.Name), "{\"toolVersion\": ");

        var e = Assert.Throws<InvalidDataException>(() => SweepMerge.Merge(shards, Path.Combine(folder.Path, "merged")));

        Assert.Contains($"'{Path.Combine(shards[1], SweepManifestFile.Name)}' cannot be read", e.Message);
    }

    [Fact]
    public void AStudysShards_AreNotTakenForASweeps()
    {
        using var folder = new TempFolder();
        var shards = Shards(folder.Path, Manifest() with { Study = "sensitivity" });

        var e = Assert.Throws<InvalidDataException>(() => SweepMerge.Merge(shards, Path.Combine(folder.Path, "merged")));

        Assert.Contains("the points of a sensitivity study", e.Message);
        Assert.Contains("`regsim sensitivity` run without --shard", e.Message);
    }

    [Fact]
    public void AShardFolderThatDoesNotExist_IsNamedAsMissing_AndOneWithoutAManifestAsNotASweep()
    {
        using var folder = new TempFolder();
        var missing = Path.Combine(folder.Path, "shard-9-of-2");
        var empty = Directory.CreateDirectory(Path.Combine(folder.Path, "empty")).FullName;

        Assert.Equal($"'{missing}' does not exist", Assert.Throws<InvalidDataException>(() => SweepMerge.Merge([missing], Path.Combine(folder.Path, "merged"))).Message);
        Assert.Contains("is not a sweep folder", Assert.Throws<InvalidDataException>(() => SweepMerge.Merge([empty], Path.Combine(folder.Path, "merged"))).Message);
        Assert.False(Directory.Exists(Path.Combine(folder.Path, "merged")));
    }

    private static List<string> Shards(string root, SweepManifest manifest)
    {
        var shards = new List<string>();
        for (var s = 0; s < 2; s++)
        {
            var dir = Path.Combine(root, $"shard-{s}-of-2");
            shards.Add(dir);
            using var file = SweepFile.OpenOrResume(dir, manifest with { ShardIndex = s, ShardCount = 2 }, Columns);
            for (var p = s; p < 4; p += 2)
            {
                file.Append(Rows(p));
            }
        }
        return shards;
    }

    private static SweepManifest Manifest() => SweepSamples.Manifest(4);

    private static List<SweepRow> Rows(int point) => SweepSamples.Rows(point);
}
