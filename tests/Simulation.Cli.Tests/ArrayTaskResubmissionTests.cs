using Simulation.Output.Batch;

namespace Simulation.Cli.Tests;

/// <summary>A task of a job array cancelled mid-way says, in its log, the sbatch line that runs it again.</summary>
public sealed class ArrayTaskResubmissionTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("regsim-resubmit-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void ATaskOfTheArray_IsToldTheSbatchLineOfItsOwnTask()
    {
        var (shard, script) = ShardBesideItsScript("shard-2-of-4", "calibrate.sbatch");

        Assert.Equal($"In this job array, run the task again with: sbatch --array=2 {script}",
            ArrayTaskResubmission.For(Path.Combine(shard, "particles.csv"), "2"));
    }

    [Fact]
    public void ATaskThatFinishedNothing_IsToldToAskForMoreTime_NotToRunAgainAsItWas()
    {
        var (shard, script) = ShardBesideItsScript("shard-1-of-3", "sweep.sbatch");

        Assert.Equal($"In this job array, run the task again with a longer time limit: sbatch --time=HH:MM:SS --array=1 {script}",
            ArrayTaskResubmission.For(Path.Combine(shard, "sweep.csv"), "1", moreTime: true));
    }

    [Fact]
    public void ATaskWhoseMergeJobWasCancelledWithIt_IsToldToRunTheMergeToo()
    {
        var (shard, script) = ShardBesideItsScript("shard-1-of-3", "sweep.sbatch");
        var merge = Path.Combine(Path.GetDirectoryName(script)!, SlurmJobNames.Of(SlurmJobKind.Sweep).GatherFileName);
        File.WriteAllText(merge, "#!/bin/bash\n");

        Assert.Equal($"In this job array, run the task again with: sbatch --array=1 {script}; Slurm cancels the job regsim slurm chained to gather "
            + $"the shards after the array when a task fails, so once every task has finished, run that too: sbatch {merge}",
            ArrayTaskResubmission.For(Path.Combine(shard, "sweep.csv"), "1"));
    }

    [Theory]
    [InlineData("shard-3-of-8", 3, 8)]
    [InlineData("shard-99999999999-of-2", null, null)] // too large to be a task: no shard, no crash
    [InlineData("shards-3-of-8", null, null)]
    public void AShardFoldersName_GivesItsIndexAndCount(string name, int? index, int? count) =>
        Assert.Equal(index is null ? null : (index.Value, count!.Value), ArrayTaskResubmission.ShardOf(Path.Combine(_folder, name)));

    [Fact]
    public void OutsideAnArray_OrWithoutItsScript_OrOutsideAShard_NothingIsSaid()
    {
        var shard = Directory.CreateDirectory(Path.Combine(_folder, "shard-0-of-2")).FullName;
        var kept = Path.Combine(shard, "sweep.csv");

        Assert.Null(ArrayTaskResubmission.For(kept, "0")); // no script beside the shards
        Directory.CreateDirectory(Path.Combine(_folder, "slurm"));
        File.WriteAllText(Path.Combine(_folder, "slurm", "sweep.sbatch"), Script(2));
        Assert.Null(ArrayTaskResubmission.For(kept, null)); // not a task of an array
        Assert.Null(ArrayTaskResubmission.For(Path.Combine(_folder, "sweep.csv"), "0")); // a whole sweep, not a shard
        Assert.NotNull(ArrayTaskResubmission.For(kept, "0"));
    }

    [Fact]
    public void AGatherJobCancelled_IsToldTheSbatchLineOfItsScript_AndNothingOutsideABatchJob()
    {
        var slurm = Directory.CreateDirectory(Path.Combine(_folder, "slurm")).FullName;
        var kept = Path.Combine(_folder, "particles.csv");

        Assert.Null(ArrayTaskResubmission.ForGather(kept, "4716")); // no gather script beside it
        File.WriteAllText(Path.Combine(slurm, "gather.sbatch"), "#!/bin/bash\n");

        Assert.Equal($"In this batch job, run the gather again with: sbatch {Path.Combine(slurm, "gather.sbatch")}", ArrayTaskResubmission.ForGather(kept, "4716"));
        Assert.Null(ArrayTaskResubmission.ForGather(kept, null));
    }

    [Fact]
    public void ScriptsWrittenAgainForAnotherShardCount_AreNotOfferedForAShardOfTheOldCount()
    {
        var (shard, script) = ShardBesideItsScript("shard-2-of-4", "sweep.sbatch");
        File.WriteAllText(script, Script(8)); // regsim slurm ... --shards 8 into the same folder: its task 2 writes shard-2-of-8

        Assert.Null(ArrayTaskResubmission.For(Path.Combine(shard, "sweep.csv"), "2"));
        Assert.Null(ArrayTaskResubmission.Command(shard, 2));
        File.WriteAllText(script, Script(4));
        Assert.Equal($"sbatch --array=2 {script}", ArrayTaskResubmission.Command(shard, 2));
    }

    // A shard folder and, in the slurm folder beside it, the array script that runs its task.
    private (string Shard, string Script) ShardBesideItsScript(string shard, string script)
    {
        var folder = Directory.CreateDirectory(Path.Combine(_folder, shard)).FullName;
        var slurm = Directory.CreateDirectory(Path.Combine(_folder, "slurm")).FullName;
        File.WriteAllText(Path.Combine(slurm, script), Script(ArrayTaskResubmission.ShardOf(folder)!.Value.Count));
        return (folder, Path.Combine(slurm, script));
    }

    // The lines of an array script regsim slurm writes that name the shard count.
    private static string Script(int shards) => $"#!/bin/bash\nshard=\"${{SLURM_ARRAY_TASK_ID}}\"\nexec regsim sweep x.json --shard \"$shard/{shards}\" --out out\n";
}
