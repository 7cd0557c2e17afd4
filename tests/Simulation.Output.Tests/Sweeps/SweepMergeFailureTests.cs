using Simulation.Output.Sweeps;

namespace Simulation.Output.Tests.Sweeps;

/// <summary>A merge that cannot write leaves no half-made result, and shards whose tasks never wrote into their folders are
/// named together with the command that runs them.</summary>
public class SweepMergeFailureTests
{
    [Fact]
    public void AMergeWhoseTableCannotBeWritten_LeavesNoManifestBehind_AndRunsOnceItCan()
    {
        using var folder = new TempFolder();
        var shards = SweepSamples.Shards(folder.Path, SweepSamples.Manifest(4));
        var output = Path.Combine(folder.Path, "merged");
        var blocker = Path.Combine(output, SweepFile.Name + ".partial");
        Directory.CreateDirectory(blocker); // where the table is written first: writing it fails, as on a full disk

        Assert.ThrowsAny<Exception>(() => SweepMerge.Merge(shards, output));

        Assert.False(File.Exists(Path.Combine(output, SweepManifestFile.Name)), "a manifest beside no table would pass for a result");
        Directory.Delete(blocker);
        SweepMerge.Merge(shards, output);
        Assert.True(File.Exists(Path.Combine(output, SweepFile.Name)));
    }

    [Fact]
    public void AShardFolderItsTaskNeverWroteInto_IsToldHowToRunIt()
    {
        using var folder = new TempFolder();
        var shards = SweepSamples.Shards(folder.Path, SweepSamples.Manifest(4));
        var never = Directory.CreateDirectory(Path.Combine(folder.Path, "shard-2-of-3")).FullName;
        var slurm = Directory.CreateDirectory(Path.Combine(folder.Path, "slurm")).FullName;
        File.WriteAllText(Path.Combine(slurm, "sweep.sbatch"), SweepSamples.ArrayScript(3));

        var e = Assert.Throws<InvalidDataException>(() => SweepMerge.Merge([shards[0], never], Path.Combine(folder.Path, "merged")));

        Assert.Equal($"'{never}' has no sweep.manifest.json: shard 2 of 3 has not started (or stopped before writing anything); "
            + $"run it with `sbatch --array=2 {Path.Combine(slurm, "sweep.sbatch")}`", e.Message);
    }

    [Fact]
    public void SeveralShardFoldersNeverWrittenInto_AreNamedTogether_WithOneCommand()
    {
        using var folder = new TempFolder();
        var shards = SweepSamples.Shards(folder.Path, SweepSamples.Manifest(4));
        var two = Directory.CreateDirectory(Path.Combine(folder.Path, "shard-2-of-4")).FullName;
        var three = Directory.CreateDirectory(Path.Combine(folder.Path, "shard-3-of-4")).FullName;
        var slurm = Directory.CreateDirectory(Path.Combine(folder.Path, "slurm")).FullName;
        File.WriteAllText(Path.Combine(slurm, "sweep.sbatch"), SweepSamples.ArrayScript(4));

        var e = Assert.Throws<InvalidDataException>(() => SweepMerge.Merge([shards[0], two, three], Path.Combine(folder.Path, "merged")));

        Assert.Equal($"'{two}', '{three}' have no sweep.manifest.json: shards 2, 3 of 4 have not started (or stopped before writing anything); "
            + $"run them with `sbatch --array=2,3 {Path.Combine(slurm, "sweep.sbatch")}`", e.Message);
    }
}
