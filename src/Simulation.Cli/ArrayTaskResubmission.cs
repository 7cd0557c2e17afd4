using System.Text.RegularExpressions;
using Simulation.Output.Batch;

namespace Simulation.Cli;

/// <summary>
/// How to resume a task of a job array that <c>regsim slurm</c> wrote, said in the task's own log when it is cancelled: "run
/// the same command again" does not tell a Slurm user which command, and the array's script is beside the shards.
/// </summary>
public static partial class ArrayTaskResubmission
{
    /// <summary>Returns the <c>sbatch</c> line that runs task <paramref name="arrayTask"/> again, or null when the command
    /// does not run as a task of an array (<paramref name="arrayTask"/> is null) or no array script is beside the shard
    /// whose <paramref name="keptFile"/> holds the finished work.</summary>
    /// <param name="keptFile">The file of the shard's finished points or particles (<c>DIR/shard-I-of-N/...</c>).</param>
    /// <param name="arrayTask">The task's index, as Slurm sets <c>SLURM_ARRAY_TASK_ID</c>.</param>
    public static string? For(string keptFile, string? arrayTask)
    {
        if (arrayTask is null || !int.TryParse(arrayTask, out var task) || Path.GetDirectoryName(Path.GetFullPath(keptFile)) is not { } shard
            || !ShardFolder().IsMatch(Path.GetFileName(shard)) || Path.GetDirectoryName(shard) is not { } folder)
        {
            return null;
        }
        var script = new[] { SlurmJobKind.Sweep, SlurmJobKind.Calibration, SlurmJobKind.Sensitivity }
            .Select(kind => Path.Combine(folder, "slurm", SlurmJobNames.Of(kind).ArrayFileName))
            .FirstOrDefault(File.Exists);
        return script is null ? null : $"In this job array, run the task again with: sbatch --array={task} {Shell.Quote(script)}";
    }

    [GeneratedRegex("^shard-[0-9]+-of-[0-9]+$")]
    private static partial Regex ShardFolder();
}
