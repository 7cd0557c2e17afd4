using System.Text;
using Simulation.Experiments.Sweeps;
using Simulation.Output.Sweeps;

namespace Simulation.Output.Tests.Sweeps;

public class SweepFileTests
{
    private static readonly SweepColumns Columns = SweepSamples.Columns;

    [Fact]
    public void Reopening_KeepsFinishedPoints_AndCutsAHalfWrittenOne()
    {
        using var folder = new TempFolder();
        using (var file = SweepFile.OpenOrResume(folder.Path, Manifest(), Columns))
        {
            file.Append(Rows(0));
            file.Append(Rows(1));
        }
        var complete = File.ReadAllText(folder.File(SweepFile.Name));
        // A kill in the middle of point 2: one whole row and half of the next.
        var partial = SweepTable.Format(Rows(2));
        File.AppendAllText(folder.File(SweepFile.Name), partial[..(partial.IndexOf('\n') + 8)]);

        using (var resumed = SweepFile.OpenOrResume(folder.Path, Manifest(), Columns))
        {
            Assert.Equal([0, 1], resumed.FinishedPoints.Order());
        }
        Assert.Equal(complete, File.ReadAllText(folder.File(SweepFile.Name)));
    }

    [Fact]
    public void ASecondSweepIntoTheFolder_IsRefusedWhileTheFirstWrites_AndTakesItOverOnceItHasFinished()
    {
        using var folder = new TempFolder();
        using (var first = SweepFile.OpenOrResume(folder.Path, Manifest(), Columns))
        {
            first.Append(Rows(0));
            var refused = Assert.Throws<FolderInUseException>(() => SweepFile.OpenOrResume(folder.Path, Manifest(), Columns));
            Assert.Equal(folder.Path, refused.Folder);
        }
        using var second = SweepFile.OpenOrResume(folder.Path, Manifest(), Columns);
        Assert.Equal([0], second.FinishedPoints);
    }

    [Fact]
    public void AHeaderCutShort_AsAFullDiskLeavesIt_IsWrittenAgain_AndTheSweepStartsFromNothing()
    {
        using var folder = new TempFolder();
        using (var file = SweepFile.OpenOrResume(folder.Path, Manifest(), Columns))
        {
            file.Append(Rows(0));
        }
        var header = SweepTable.Header(Columns) + "\n";
        File.WriteAllText(folder.File(SweepFile.Name), header[..(header.Length / 2)]);

        using (var resumed = SweepFile.OpenOrResume(folder.Path, Manifest(), Columns))
        {
            Assert.Empty(resumed.FinishedPoints);
            resumed.Append(Rows(0));
        }
        Assert.Equal(header + SweepTable.Format(Rows(0)), File.ReadAllText(folder.File(SweepFile.Name)));
    }

    [Fact]
    public void AFileSavedAgainWithAByteOrderMark_IsResumed_CuttingOnlyTheHalfWrittenRow()
    {
        using var folder = new TempFolder();
        using (var file = SweepFile.OpenOrResume(folder.Path, Manifest(), Columns))
        {
            file.Append(Rows(0));
            file.Append(Rows(1));
        }
        byte[] complete = [.. System.Text.Encoding.UTF8.Preamble, .. File.ReadAllBytes(folder.File(SweepFile.Name))];
        var partial = SweepTable.Format(Rows(2));
        File.WriteAllBytes(folder.File(SweepFile.Name), [.. complete, .. System.Text.Encoding.UTF8.GetBytes(partial[..(partial.IndexOf('\n') + 8)])]);

        using (var resumed = SweepFile.OpenOrResume(folder.Path, Manifest(), Columns))
        {
            Assert.Equal([0, 1], resumed.FinishedPoints.Order());
            Assert.Equal(complete, File.ReadAllBytes(folder.File(SweepFile.Name)));
            resumed.Append(Rows(2));
        }
        Assert.Equal([.. complete, .. System.Text.Encoding.UTF8.GetBytes(partial)], File.ReadAllBytes(folder.File(SweepFile.Name)));
    }

    [Fact]
    public void Reopening_RefusesALineThatIsNotARow_BeforeFinishedPoints_AndKeepsThemAll()
    {
        using var folder = new TempFolder();
        using (var file = SweepFile.OpenOrResume(folder.Path, Manifest(), Columns))
        {
            file.Append(Rows(0));
        }
        File.AppendAllText(folder.File(SweepFile.Name), "garbage,line\n" + SweepTable.Format(Rows(1)));
        var edited = File.ReadAllText(folder.File(SweepFile.Name));
        var line = edited.Split('\n').ToList().IndexOf("garbage,line") + 1;

        var e = Assert.Throws<InvalidDataException>(() => SweepFile.OpenOrResume(folder.Path, Manifest(), Columns));

        Assert.Contains($"line {line} is not a row of this sweep", e.Message);
        Assert.Equal(edited, File.ReadAllText(folder.File(SweepFile.Name))); // point 1 is not cut with it
    }

    [Fact]
    public void Reopening_RefusesAPointMissingARowBeforeLaterPoints_NamingTheLine_AndChangesNothing()
    {
        using var folder = new TempFolder();
        using (var file = SweepFile.OpenOrResume(folder.Path, Manifest(), Columns))
        {
            file.Append(Rows(0));
            file.Append(Rows(1));
            file.Append(Rows(2));
        }
        var lines = File.ReadAllText(folder.File(SweepFile.Name)).Split('\n').ToList();
        lines.RemoveAt(1 + Rows(0).Count); // the first row of point 1: by hand, not by a stopped sweep
        var edited = string.Join('\n', lines);
        File.WriteAllText(folder.File(SweepFile.Name), edited);

        var e = Assert.Throws<InvalidDataException>(() => SweepFile.OpenOrResume(folder.Path, Manifest(), Columns));

        var line = 2 + Rows(0).Count + Rows(1).Count - 1; // the first row of point 2
        Assert.Contains($"line {line}: point 1 has {Rows(1).Count - 1} of its {Rows(1).Count} rows (one per regime mode) before point 2 starts, "
            + "so the file was edited or damaged (a stopped sweep leaves only its last point short)", e.Message);
        Assert.Contains("delete the rows of point 1 (it is run again, and every other point kept)", e.Message);
        Assert.Equal(edited, File.ReadAllText(folder.File(SweepFile.Name)));

        // Following the advice resumes the sweep with points 0 and 2 kept.
        File.WriteAllLines(folder.File(SweepFile.Name), lines.Where(l => !l.StartsWith("1,", StringComparison.Ordinal)).SkipLast(1));
        using var resumed = SweepFile.OpenOrResume(folder.Path, Manifest(), Columns);
        Assert.Equal([0, 2], resumed.FinishedPoints.Order());
    }

    [Fact]
    public void Reopening_RefusesADamagedValueInAFinishedPoint_NamingItsLineAndColumn_BeforeCountingThePointDone()
    {
        using var folder = new TempFolder();
        using (var file = SweepFile.OpenOrResume(folder.Path, Manifest(), Columns))
        {
            file.Append(Rows(0));
            file.Append(Rows(1));
        }
        var lines = File.ReadAllText(folder.File(SweepFile.Name)).Split('\n');
        var fields = lines[3].Split(',');
        fields[2] = "XX"; // the factor's value in point 1's first row
        lines[3] = string.Join(',', fields);
        var edited = string.Join('\n', lines);
        File.WriteAllText(folder.File(SweepFile.Name), edited);

        var e = Assert.Throws<InvalidDataException>(() => SweepFile.OpenOrResume(folder.Path, Manifest(), Columns));

        Assert.Contains("line 4", e.Message);
        Assert.Contains("'XX'", e.Message);
        Assert.Contains("Correct that value, or delete that line and every line after it", e.Message);
        Assert.Equal(edited, File.ReadAllText(folder.File(SweepFile.Name)));
    }

    [Fact]
    public void Reopening_RefusesAPointWrittenTwice_RatherThanCountingItsRowsTwice()
    {
        using var folder = new TempFolder();
        using (var file = SweepFile.OpenOrResume(folder.Path, Manifest(), Columns))
        {
            file.Append(Rows(0));
            file.Append(Rows(1));
        }
        File.AppendAllText(folder.File(SweepFile.Name), SweepTable.Format(Rows(0)));

        var e = Assert.Throws<InvalidDataException>(() => SweepFile.OpenOrResume(folder.Path, Manifest(), Columns));

        Assert.Contains($"line {2 + Rows(0).Count + Rows(1).Count}: point 0 is there already", e.Message);
    }

    [Fact]
    public void Reopening_DoesNotCountAPointWhoseLastRowWasCutShort_ThoughItsLineEnds()
    {
        using var folder = new TempFolder();
        using (var file = SweepFile.OpenOrResume(folder.Path, Manifest(), Columns))
        {
            file.Append(Rows(0));
        }
        var complete = File.ReadAllText(folder.File(SweepFile.Name));
        var point = SweepTable.Format(Rows(1));
        File.AppendAllText(folder.File(SweepFile.Name), point[..(point.LastIndexOf('\n', point.Length - 2) + 12)] + "\n");

        using (var resumed = SweepFile.OpenOrResume(folder.Path, Manifest(), Columns))
        {
            Assert.Equal([0], resumed.FinishedPoints.Order());
        }
        Assert.Equal(complete, File.ReadAllText(folder.File(SweepFile.Name)));
    }

    [Fact]
    public void AnotherStudyOfTheSameExperiment_IsToldApartByItsMethod_NotCalledAnotherExperiment()
    {
        var morris = Manifest() with { Experiment = "test-morris", Study = "sensitivity" };
        var sobol = morris with { Experiment = "test-sobol", ExperimentSha256 = new string('b', 64) };

        var why = morris.Incompatibility(sobol);

        Assert.Equal("its study (test-sobol of test.json) differs from this one (test-morris) in its method, settings, experiment or scenario", why);
        Assert.Equal("it holds a sweep's rows (test of test.json), not a study's points", morris.Incompatibility(Manifest() with { ExperimentSha256 = new string('b', 64) }));
        Assert.StartsWith("it was run from a different experiment file (test.json, SHA-256 bbbbbbbbbbbb…, against test.json, aaaaaaaaaaaa…, here",
            Manifest().Incompatibility(Manifest() with { ExperimentSha256 = new string('b', 64) }));
        Assert.Equal("it sweeps a different scenario file (child.json, SHA-256 cccccccccccc… there, against child.json, dddddddddddd…, here; any edit counts)",
            (Manifest() with { ScenarioFile = "child.json" }).Incompatibility(Manifest() with { ScenarioSha256 = new string('c', 64), ScenarioFile = "child.json" }));
        // Another experiment (its own name) is said to be one, before its seed or file.
        Assert.StartsWith("it holds another experiment's rows ('other' of other.json, not 'test' of test.json as here)",
            (Manifest() with { Seed = 42 }).Incompatibility(Manifest() with { Experiment = "other", ExperimentFile = "other.json", Seed = 11, ExperimentSha256 = new string('b', 64) }));
        // An experiment edited only in its seed is named by the seed, which both manifests record.
        Assert.StartsWith("it was run with seed 43, not 42 as here",
            (Manifest() with { Seed = 42 }).Incompatibility(Manifest() with { Seed = 43, ExperimentSha256 = new string('b', 64) }));
    }

    [Fact]
    public void StudiesOfTheSameExperimentFile_AreToldApartByTheirSettingsDigest_AndAStudyFromASweepOfIt()
    {
        // A study's experimentSha256 is its file's; what else decides its points is in its settings' digest.
        var morris = Manifest() with { Experiment = "test-morris", Study = "sensitivity", StudySettingsSha256 = new string('1', 64) };
        var longer = morris with { StudySettingsSha256 = new string('2', 64) };

        Assert.Null(morris.Incompatibility(morris with { }));
        Assert.Equal("its study (test-morris of test.json) differs from this one (test-morris) in its method, settings, experiment or scenario",
            morris.Incompatibility(longer));
        Assert.Equal("it holds a sweep's rows (test of test.json), not a study's points", morris.Incompatibility(Manifest()));
        Assert.Equal("it holds the points of a sensitivity study (test-morris of test.json), not a sweep's rows", Manifest().Incompatibility(morris));
    }

    [Fact]
    public void FolderOfAnotherExperiment_IsRefused()
    {
        using var folder = new TempFolder();
        using (SweepFile.OpenOrResume(folder.Path, Manifest(), Columns))
        {
        }

        var other = Manifest() with { ExperimentSha256 = new string('b', 64) };
        var e = Assert.Throws<InvalidDataException>(() => SweepFile.OpenOrResume(folder.Path, other, Columns));
        Assert.Contains("different experiment", e.Message);
        var newer = Manifest() with { ToolVersion = "9.9.9" };
        Assert.Throws<InvalidDataException>(() => SweepFile.OpenOrResume(folder.Path, newer, Columns));
        // The same version number built from other code: shards run before and after a change do not mix either.
        var rebuilt = Manifest() with { SourceRevision = "0123456789abcdef" };
        var changed = Assert.Throws<InvalidDataException>(() => SweepFile.OpenOrResume(folder.Path, rebuilt, Columns));
        Assert.Contains("built from source not recorded, not 0123456789abcdef", changed.Message);
    }

    [Fact]
    public void AFolderOfAnotherPartOfTheSweep_IsRefusedSayingWhichPartItHolds()
    {
        using var whole = new TempFolder();
        using (SweepFile.OpenOrResume(whole.Path, Manifest(), Columns))
        {
        }
        using var shard = new TempFolder();
        using (SweepFile.OpenOrResume(shard.Path, Manifest() with { ShardIndex = 1, ShardCount = 3 }, Columns))
        {
        }

        var shardIntoWhole = Assert.Throws<InvalidDataException>(() => SweepFile.OpenOrResume(whole.Path, Manifest() with { ShardIndex = 0, ShardCount = 3 }, Columns));
        var wholeIntoShard = Assert.Throws<InvalidDataException>(() => SweepFile.OpenOrResume(shard.Path, Manifest(), Columns));
        var otherShard = Assert.Throws<InvalidDataException>(() => SweepFile.OpenOrResume(shard.Path, Manifest() with { ShardIndex = 0, ShardCount = 3 }, Columns));

        Assert.Contains($"'{whole.Path}' cannot be resumed: it holds the whole sweep, not a shard of it.", shardIntoWhole.Message);
        Assert.Contains($"'{shard.Path}' cannot be resumed: it holds shard 1/3 of the sweep, not the whole sweep.", wholeIntoShard.Message);
        Assert.Contains($"'{shard.Path}' cannot be resumed: it holds another shard (1/3, not 0/3).", otherShard.Message);
        Assert.Contains("--shard", otherShard.Message);
    }

    [Fact]
    public void ShardsMerged_EqualTheUnshardedFile()
    {
        using var folder = new TempFolder();
        var whole = System.IO.Path.Combine(folder.Path, "whole");
        using (var file = SweepFile.OpenOrResume(whole, Manifest(), Columns))
        {
            for (var p = 0; p < 5; p++)
            {
                file.Append(Rows(p));
            }
        }
        var shards = new List<string>();
        for (var s = 0; s < 2; s++)
        {
            var dir = System.IO.Path.Combine(folder.Path, $"shard{s}");
            shards.Add(dir);
            using var file = SweepFile.OpenOrResume(dir, Manifest() with { ShardIndex = s, ShardCount = 2 }, Columns);
            for (var p = s; p < 5; p += 2)
            {
                file.Append(Rows(p));
            }
        }

        SweepMerge.Merge([shards[1], shards[0]], System.IO.Path.Combine(folder.Path, "merged"));

        Assert.Equal(File.ReadAllBytes(System.IO.Path.Combine(whole, SweepFile.Name)), File.ReadAllBytes(System.IO.Path.Combine(folder.Path, "merged", SweepFile.Name)));
    }

    [Fact]
    public void Merge_RefusesMissingMixedOrUnfinishedShards()
    {
        using var folder = new TempFolder();
        string Shard(int index, SweepManifest manifest, int points)
        {
            var dir = System.IO.Path.Combine(folder.Path, $"s{index}-{manifest.ExperimentSha256[0]}-{points}");
            using var file = SweepFile.OpenOrResume(dir, manifest with { ShardIndex = index, ShardCount = 2 }, Columns);
            for (var p = index; p < points; p += 2)
            {
                file.Append(Rows(p));
            }
            return dir;
        }
        var good0 = Shard(0, Manifest(), 5);
        var good1 = Shard(1, Manifest(), 5);
        var foreign = Shard(1, Manifest() with { ExperimentSha256 = new string('c', 64) }, 5);
        var unfinished = Shard(1, Manifest(), 3);
        var output = System.IO.Path.Combine(folder.Path, "out");

        Assert.Contains("missing shard 1 (expected in", Assert.Throws<InvalidDataException>(() => SweepMerge.Merge([good0], output)).Message);
        Assert.Contains("different experiment", Assert.Throws<InvalidDataException>(() => SweepMerge.Merge([good0, foreign], output)).Message);
        Assert.Contains("unfinished: 2 of its 4 rows written.", Assert.Throws<InvalidDataException>(() => SweepMerge.Merge([good0, unfinished], output)).Message);
        var cut = System.IO.Path.Combine(folder.Path, "cut");
        Directory.CreateDirectory(cut);
        foreach (var file in Directory.GetFiles(good1))
        {
            File.Copy(file, System.IO.Path.Combine(cut, System.IO.Path.GetFileName(file)));
        }
        var table = System.IO.Path.Combine(cut, SweepFile.Name);
        File.WriteAllText(table, File.ReadAllText(table)[..^5]); // a task killed while writing its last row
        Assert.Contains("unfinished: 3 of its 4 rows written and one cut short.", Assert.Throws<InvalidDataException>(() => SweepMerge.Merge([good0, cut], output)).Message);
        var lines = File.ReadAllText(System.IO.Path.Combine(good1, SweepFile.Name)).Split('\n');
        lines[2] = lines[2][..20]; // a row edited or damaged in the middle of a finished shard
        File.WriteAllText(table, string.Join('\n', lines));
        Assert.Contains("line 3 of its sweep.csv is not a row of this sweep", Assert.Throws<InvalidDataException>(() => SweepMerge.Merge([good0, cut], output)).Message);
        Assert.False(File.Exists(System.IO.Path.Combine(output, SweepFile.Name)));
        SweepMerge.Merge([good0, good1], output);
        Assert.True(File.Exists(System.IO.Path.Combine(output, SweepFile.Name)));
    }

    [Fact]
    public void Rows_RoundTripThroughText()
    {
        var rows = Rows(3);
        var text = SweepTable.Format(rows);

        var parsed = SweepTable.Parse(new StringReader(SweepTable.Header(Columns) + "\n" + text), Columns, SweepFile.Name);

        Assert.Equal(SweepTable.Format(parsed), text);
        Assert.True(double.IsNaN(parsed[1].CiLows[0]));
        Assert.Equal(Encoding.UTF8.GetByteCount(text), Encoding.UTF8.GetBytes(text).Length);
    }

    private static SweepManifest Manifest() => SweepSamples.Manifest(5);

    private static List<SweepRow> Rows(int point) => SweepSamples.Rows(point);
}
