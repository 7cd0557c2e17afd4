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
    public void AShardWithARowDeletedFromTheMiddle_IsCalledDamaged_NotUnfinished()
    {
        using var folder = new TempFolder();
        var shards = Shards(folder.Path, Manifest());
        var file = Path.Combine(shards[1], SweepFile.Name);
        var lines = File.ReadAllLines(file).ToList(); // header, then points 1 and 3, two rows each
        lines.RemoveAt(2);
        File.WriteAllText(file, string.Join('\n', lines) + "\n");

        var e = Assert.Throws<InvalidDataException>(() => SweepMerge.Merge(shards, Path.Combine(folder.Path, "merged")));

        Assert.Contains("line 3 of its sweep.csv: point 1 has 1 of its 2 rows (one per regime mode) before point 3 starts, so the file was edited or "
            + "damaged (a stopped shard leaves only its last point short)", e.Message);
        Assert.DoesNotContain("unfinished", e.Message);
        Assert.False(Directory.Exists(Path.Combine(folder.Path, "merged")));
    }

    [Fact]
    public void AShardWhoseHeaderWasEdited_IsRefusedNamingTheColumn()
    {
        using var folder = new TempFolder();
        var shards = Shards(folder.Path, Manifest());
        var file = Path.Combine(shards[1], SweepFile.Name);
        var lines = File.ReadAllLines(file);
        var names = lines[0].Split(',');
        var renamed = names[^1];
        names[^1] = "renamed";
        lines[0] = string.Join(',', names);
        File.WriteAllText(file, string.Join('\n', lines) + "\n");

        var e = Assert.Throws<InvalidDataException>(() => SweepMerge.Merge(shards, Path.Combine(folder.Path, "merged")));

        Assert.Contains($"column {names.Length} is 'renamed' where '{renamed}' is expected", e.Message);
        Assert.Contains("sweep.csv", e.Message);
    }

    [Theory]
    [InlineData(1, "holds 4 rows of point 1, not 2")] // its own point appended again
    [InlineData(0, "holds rows of point 0, which is not one of its points")] // the other shard's point copied in
    public void AShardWithAPointsRowsAppendedAgain_IsRefusedNamingThePoint_NotCalledUnfinished(int copiedFrom, string expected)
    {
        using var folder = new TempFolder();
        var shards = Shards(folder.Path, Manifest());
        var source = File.ReadAllLines(Path.Combine(shards[copiedFrom], SweepFile.Name)); // header, then two rows of its first point
        File.AppendAllText(Path.Combine(shards[1], SweepFile.Name), source[1] + "\n" + source[2] + "\n");

        var e = Assert.Throws<InvalidDataException>(() => SweepMerge.Merge(shards, Path.Combine(folder.Path, "merged")));

        Assert.Contains(expected, e.Message);
        Assert.DoesNotContain("unfinished", e.Message);
    }

    [Fact]
    public void AnOutputFolderThatIsAShard_HoldsAnotherSweep_OrAnotherCommandsResults_IsRefusedAndLeftAsItWas()
    {
        using var folder = new TempFolder();
        using var elsewhere = new TempFolder(); // not in the folder above the shards, which holds only the sweep's files
        var shards = Shards(folder.Path, Manifest());
        var other = Path.Combine(elsewhere.Path, "other");
        SweepFile.OpenOrResume(other, Manifest() with { ExperimentSha256 = new string('c', 64) }, Columns).Dispose();
        var results = Path.Combine(elsewhere.Path, "results");
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
    public void AnOutputFolderHoldingAnotherSweepsShards_IsRefusedAndLeftAsItWas_AndTakesItsOwnSweepAfterwards()
    {
        using var folder = new TempFolder();
        var mine = Shards(folder.File("mine"), Manifest());
        var other = folder.File("other");
        var theirs = Shards(other, Foreign()); // not yet merged: other/ holds only their shard folders
        var before = Snapshot(other);

        var e = Assert.Throws<InvalidDataException>(() => SweepMerge.Merge(mine, other));

        Assert.Contains($"'{other}' holds another sweep", e.Message);
        Assert.Contains(theirs[0], e.Message);
        Assert.Equal(before, Snapshot(other));
        SweepMerge.Merge(theirs, other); // the folder is still theirs to merge into
        Assert.Equal(Foreign().ExperimentSha256, SweepManifestFile.Read(other)!.ExperimentSha256);
    }

    [Fact]
    public void AMergeIntoAFolderAnotherMergeIsWriting_IsRefused_AndLeavesTheFolderToIt()
    {
        using var folder = new TempFolder();
        var shards = Shards(folder.File("shards"), Manifest());
        var output = folder.File("merged");
        SweepMerge.Merge(shards, output);
        var before = Snapshot(output);

        using (JournalLock.Take(output)) // the other merge, still writing
        {
            Assert.Throws<FolderInUseException>(() => SweepMerge.Merge(shards, output));
        }

        Assert.Equal(before, Snapshot(output));
        SweepMerge.Merge(shards, output); // once it is done, the folder takes a merge again
        Assert.False(File.Exists(Path.Combine(output, JournalLock.Name)));
    }

    [Fact]
    public void AnOutputFolderHoldingAStudysShards_IsRefused()
    {
        using var folder = new TempFolder();
        var mine = Shards(folder.File("mine"), Manifest());
        var study = folder.File("study");
        Shards(study, Manifest() with { Study = "sensitivity" });

        var e = Assert.Throws<InvalidDataException>(() => SweepMerge.Merge(mine, study));

        Assert.Contains("the points of a sensitivity study", e.Message);
        Assert.False(File.Exists(Path.Combine(study, SweepFile.Name)));
    }

    [Fact]
    public void AnOutputFolderWhoseParquetDatasetHoldsAnotherSweepsParts_IsRefusedAndLeftAsItWas()
    {
        using var folder = new TempFolder();
        var mine = Shards(folder.File("mine"), Manifest()); // CSV only: they have no parts of their own
        var other = folder.File("other");
        var theirs = Shards(other, Foreign());
        for (var s = 0; s < theirs.Count; s++)
        {
            SweepDataset.WritePart(theirs[s], Foreign() with { ShardIndex = s, ShardCount = 2 }, Columns, new Dictionary<string, string>());
            Directory.Delete(theirs[s], recursive: true); // the dataset alone, as after the shard folders were cleaned up
        }
        var before = Snapshot(other);

        var e = Assert.Throws<InvalidDataException>(() => SweepMerge.Merge(mine, other));

        Assert.Contains($"'{other}' holds another sweep", e.Message);
        Assert.Contains("part-00000-of-00002.parquet", e.Message);
        Assert.Equal(before, Snapshot(other));
    }

    [Fact]
    public void AnOutputThatIsAFile_IsRefusedAsSuch()
    {
        using var folder = new TempFolder();
        var shards = Shards(folder.Path, Manifest());
        var file = folder.File("notes.txt");
        File.WriteAllText(file, "mine");

        var e = Assert.Throws<InvalidDataException>(() => SweepMerge.Merge(shards, file));

        Assert.StartsWith($"'{file}' is a file, not a folder", e.Message);
        Assert.Equal("mine", File.ReadAllText(file));
    }

    [Fact]
    public void AShardGivenTwice_IsNamedWithBothItsFolders()
    {
        using var folder = new TempFolder();
        var shards = Shards(folder.Path, Manifest());
        var copy = folder.File("copy-of-shard-1");
        Directory.CreateDirectory(copy);
        foreach (var file in Directory.GetFiles(shards[1]))
        {
            File.Copy(file, Path.Combine(copy, Path.GetFileName(file)));
        }

        var twice = Assert.Throws<InvalidDataException>(() => SweepMerge.Merge([shards[0], shards[1], copy], folder.File("merged"))).Message;
        var same = Assert.Throws<InvalidDataException>(() => SweepMerge.Merge([shards[1], shards[1]], folder.File("merged"))).Message;

        Assert.Contains($"shard 1 is given twice, in '{shards[1]}' and '{copy}'", twice);
        Assert.Contains("missing shard 0 (expected in", same);
        Assert.Contains($"shard 1 is given twice, both times as '{shards[1]}'", same);
        Assert.False(Directory.Exists(folder.File("merged")));
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
    public void AFolderOfTheUsersOwnFiles_IsRefusedBeforeAnythingIsWritten_ButTheShardsMergedMayLieInIt()
    {
        using var folder = new TempFolder();
        using var home = new TempFolder();
        var shards = Shards(folder.Path, Manifest());
        File.WriteAllText(home.File("notes.txt"), "mine");

        var refused = Assert.Throws<ForeignFilesException>(() => SweepMerge.Merge(shards, home.Path));

        Assert.Equal(["notes.txt"], refused.Files);
        Assert.Equal(["notes.txt"], Directory.GetFileSystemEntries(home.Path).Select(Path.GetFileName));
        // Shards in the output folder, whatever their names, are the sweep's own.
        var renamed = folder.File("first-half");
        Directory.Move(shards[0], renamed);
        SweepMerge.Merge([renamed, shards[1]], folder.Path);
        Assert.NotNull(SweepManifestFile.Read(folder.Path));
    }

    [Fact]
    public void ACutShortManifest_IsRefusedNamingIt()
    {
        using var folder = new TempFolder();
        var shards = Shards(folder.Path, Manifest());
        File.WriteAllText(Path.Combine(shards[1], SweepManifestFile.Name), "{\"toolVersion\": ");

        var e = Assert.Throws<InvalidDataException>(() => SweepMerge.Merge(shards, Path.Combine(folder.Path, "merged")));

        Assert.Contains($"'{Path.Combine(shards[1], SweepManifestFile.Name)}' cannot be read", e.Message);
        // An input shard is not where the merge writes: the remedy is the shard's, not another --out folder.
        Assert.EndsWith("nothing was merged: restore the file from a copy of the shard's folder, or run that shard again into a new folder and merge that folder in its place.", e.Message);
        Assert.DoesNotContain("--out", e.Message);
    }

    [Fact]
    public void AWholeSweepAmongTheShards_IsNamedAsOne_WhereverItIsListed()
    {
        using var folder = new TempFolder();
        var shards = Shards(folder.Path, Manifest());
        var whole = Path.Combine(folder.Path, "local");
        using (var file = SweepFile.OpenOrResume(whole, Manifest(), Columns))
        {
            file.Append([.. Enumerable.Range(0, 4).SelectMany(Rows)]);
        }

        var last = Assert.Throws<InvalidDataException>(() => SweepMerge.Merge([.. shards, whole], Path.Combine(folder.Path, "merged"))).Message;
        var first = Assert.Throws<InvalidDataException>(() => SweepMerge.Merge([whole, .. shards], Path.Combine(folder.Path, "merged"))).Message;

        Assert.Equal($"'{whole}' is a whole sweep, not a shard", last);
        Assert.Equal(first, last);

        // The folder above the shards, once merged (as `regsim slurm` merges): its shards are named, to merge those.
        Directory.Delete(whole, recursive: true);
        SweepMerge.Merge(shards, folder.Path);
        var merged = Assert.Throws<InvalidDataException>(() => SweepMerge.Merge([folder.Path], Path.Combine(folder.Path, "again"))).Message;
        Assert.Equal($"'{folder.Path}' is a whole sweep, not a shard (merged already; its shards are the folders below it: shard-0-of-2, shard-1-of-2, "
            + $"which `regsim merge --out {folder.Path} {Path.Combine(folder.Path, "shard-*")}` merges again)", merged);
    }

    [Theory]
    [InlineData("shard-1-of-2", "is a shard of a calibration", "`regsim calibrate scenarios/calibration.json --out ")]
    [InlineData("calibration", "holds a calibration", "`regsim calibrate scenarios/calibration.json` run without --shard")]
    public void ACalibrationsFolder_IsNamedAsOne_WithTheCommandThatGathersIt(string name, string what, string command)
    {
        using var folder = new TempFolder();
        var calibration = Directory.CreateDirectory(Path.Combine(folder.Path, "cal", name)).FullName;
        Output.Calibration.CalibrationManifestFile.Write(calibration, new Output.Calibration.CalibrationManifest("1.0.0", "calibration", "scenarios/calibration.json",
            new string('e', 64), 7, 5, ["money.wonPerUsd ~ uniform [950, 1145]"], ["maglev"]));

        var e = Assert.Throws<InvalidDataException>(() => SweepMerge.Merge([calibration], Path.Combine(folder.Path, "merged")));

        Assert.StartsWith($"'{calibration}' {what}", e.Message);
        Assert.Contains(command, e.Message);
        Assert.DoesNotContain("not a sweep folder", e.Message);
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

    [Theory]
    [InlineData(false, "missing")]
    [InlineData(true, "empty")]
    public void AShardWithoutRows_IsNamedAsUnfinished_AndNothingIsWritten(bool empty, string said)
    {
        using var folder = new TempFolder();
        var shards = Shards(folder.Path, Manifest());
        var table = Path.Combine(shards[1], SweepFile.Name);
        File.Delete(table);
        if (empty)
        {
            File.WriteAllText(table, "");
        }
        var merged = Path.Combine(folder.Path, "merged");

        var e = Assert.Throws<InvalidDataException>(() => SweepMerge.Merge(shards, merged));

        Assert.Equal($"shard 1 in '{shards[1]}' is unfinished: its {SweepFile.Name} is {said}. Run it again to resume it (the same `regsim sweep --shard` command).", e.Message);
        Assert.False(Directory.Exists(merged));
    }

    [Fact]
    public void EveryUnfinishedShard_IsNamedAtOnce_WithTheJobArrayTaskThatResumesIt_AndAMissingShardByItsFolder()
    {
        using var folder = new TempFolder();
        var shards = Shards(folder.Path, Manifest());
        foreach (var shard in shards)
        {
            File.Delete(Path.Combine(shard, SweepFile.Name));
        }
        var slurm = Directory.CreateDirectory(Path.Combine(folder.Path, "slurm")).FullName;
        File.WriteAllText(Path.Combine(slurm, "sweep.sbatch"), SweepSamples.ArrayScript(2));
        var merged = Path.Combine(folder.Path, "merged");

        var both = Assert.Throws<InvalidDataException>(() => SweepMerge.Merge(shards, merged)).Message;
        var one = Assert.Throws<InvalidDataException>(() => SweepMerge.Merge([shards[0]], merged)).Message;

        Assert.StartsWith("2 of the 2 shards cannot be merged yet:", both, StringComparison.Ordinal);
        foreach (var index in new[] { 0, 1 })
        {
            Assert.Contains($"shard {index} in '{shards[index]}' is unfinished", both, StringComparison.Ordinal);
            Assert.Contains($"`sbatch --array={index} {Path.Combine(slurm, "sweep.sbatch")}`", both, StringComparison.Ordinal);
        }
        Assert.Contains($"missing shard 1 (expected in '{Path.Combine(Path.GetFullPath(folder.Path), "shard-1-of-2")}'), and shard 0 unfinished; "
            + $"run them with `sbatch --array=0,1 {Path.Combine(slurm, "sweep.sbatch")}`", one, StringComparison.Ordinal);
        Assert.False(Directory.Exists(merged));
    }

    private static List<string> Shards(string root, SweepManifest manifest) => SweepSamples.Shards(root, manifest);

    private static SweepManifest Manifest() => SweepSamples.Manifest(4);

    private static SweepManifest Foreign() => Manifest() with { Experiment = "other", ExperimentSha256 = new string('c', 64) };

    // Every file under the folder with its bytes, to tell that a refused merge changed nothing.
    private static Dictionary<string, string> Snapshot(string folder) =>
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories).ToDictionary(f => f, f => Convert.ToBase64String(File.ReadAllBytes(f)));

    private static List<SweepRow> Rows(int point) => SweepSamples.Rows(point);
}
