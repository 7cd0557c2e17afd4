using System.Globalization;
using System.Text.RegularExpressions;

namespace Simulation.Output.Batch;

/// <summary>
/// How to run a task of a job array that <c>regsim slurm</c> wrote again: "run the same command again" does not tell a Slurm
/// user which command, and the array's script is beside the shards. Said by a task's log when it is cancelled and by
/// <c>regsim merge</c> for an unfinished shard.
/// </summary>
public static partial class ArrayTaskResubmission
{
    /// <summary>Returns the <c>sbatch</c> command that runs task <paramref name="task"/> into the shard folder
    /// <paramref name="shardDirectory"/> (<c>DIR/shard-I-of-N</c>) again, or null when no array script is in <c>DIR/slurm/</c>.</summary>
    public static string? Command(string shardDirectory, int task) => Command(shardDirectory, [task]);

    /// <summary>Returns the <c>sbatch</c> command that runs tasks <paramref name="tasks"/> of the array whose shard folders sit
    /// beside <paramref name="shardDirectory"/>, or null when no array script is in <c>DIR/slurm/</c>.</summary>
    public static string? Command(string shardDirectory, IReadOnlyList<int> tasks) => Command(shardDirectory, tasks, "");

    private static string? Command(string shardDirectory, IReadOnlyList<int> tasks, string options) =>
        Scripts(shardDirectory) is var (script, _)
            ? $"sbatch {options}--array={string.Join(',', tasks.Select(t => t.ToString(CultureInfo.InvariantCulture)))} {Shell.Quote(script)}"
            : null;

    // The array script beside the shard folder and the gather (merge) script written with it, or null when there is no array
    // script of this shard's count.
    private static (string Array, string Gather)? Scripts(string shardDirectory)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(shardDirectory).TrimEnd(Path.DirectorySeparatorChar)) ?? ".";
        var found = new[] { SlurmJobKind.Sweep, SlurmJobKind.Calibration, SlurmJobKind.Sensitivity }
            .Select(kind => (Array: Path.Combine(folder, "slurm", SlurmJobNames.Of(kind).ArrayFileName), Gather: Path.Combine(folder, "slurm", SlurmJobNames.Of(kind).GatherFileName)))
            .FirstOrDefault(s => File.Exists(s.Array));
        // Scripts written again for another --shards run other shards: task I of them is not this shard I of N.
        if (found.Array is null || (ShardOf(shardDirectory) is var (_, count) && !ArraysShards(found.Array, count)))
        {
            return null;
        }
        return found;
    }

    // Whether the array script runs shards of count N (its task I writes shard-I-of-N), as regsim slurm writes it.
    private static bool ArraysShards(string script, int count)
    {
        try
        {
            return File.ReadAllText(script).Contains($"--shard \"$shard/{count.ToString(CultureInfo.InvariantCulture)}\"", StringComparison.Ordinal);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>Returns the sentence that says how to run this task again, or null when the command does not run as a task
    /// of an array (<paramref name="arrayTask"/>, as Slurm sets <c>SLURM_ARRAY_TASK_ID</c>, is null) or its finished work,
    /// <paramref name="keptFile"/>, is not in a shard folder beside an array script.</summary>
    /// <param name="keptFile">The file the task's finished work is kept in.</param>
    /// <param name="arrayTask">The task's index in its array, as Slurm sets it.</param>
    /// <param name="moreTime">True when the task finished nothing before it was stopped: the same task with the same time
    /// limit would end the same way, so the command asks for a longer one.</param>
    /// <remarks>The job <c>regsim slurm</c> chains after the array (the merge or gather) is cancelled by Slurm once a task
    /// fails, so the sentence also gives its sbatch line, to run after the task: without it the shards finish and nothing
    /// merges them.</remarks>
    public static string? For(string keptFile, string? arrayTask, bool moreTime = false)
    {
        if (arrayTask is null || !int.TryParse(arrayTask, out var task) || Path.GetDirectoryName(Path.GetFullPath(keptFile)) is not { } shard
            || !ShardFolder().IsMatch(Path.GetFileName(shard)) || Command(shard, [task], moreTime ? "--time=HH:MM:SS " : "") is not { } command)
        {
            return null;
        }
        var again = $"In this job array, run the task again with{(moreTime ? " a longer time limit" : "")}: {command}";
        return Scripts(shard) is var (_, gather) && File.Exists(gather)
            ? $"{again}; Slurm cancels the job regsim slurm chained to gather the shards after the array when a task fails, so once every task has finished, run that too: sbatch {Shell.Quote(gather)}"
            : again;
    }

    /// <summary>Returns the sentence that says how to run a gather job again, or null when the command does not run in a batch
    /// job (<paramref name="jobId"/>, as Slurm sets <c>SLURM_JOB_ID</c>, is null) or no gather script of <c>regsim slurm</c> is
    /// in the <c>slurm/</c> folder beside its kept file.</summary>
    /// <param name="keptFile">The file the gather's finished work is kept in, in the folder the shards were gathered into.</param>
    /// <param name="jobId">The batch job's id, as Slurm sets it.</param>
    public static string? ForGather(string keptFile, string? jobId)
    {
        if (string.IsNullOrEmpty(jobId) || Path.GetDirectoryName(Path.GetFullPath(keptFile)) is not { } folder)
        {
            return null;
        }
        var script = new[] { SlurmJobKind.Calibration, SlurmJobKind.Sensitivity }
            .Select(kind => Path.Combine(folder, "slurm", SlurmJobNames.Of(kind).GatherFileName))
            .FirstOrDefault(File.Exists);
        return script is null ? null : $"In this batch job, run the gather again with: sbatch {Shell.Quote(script)}";
    }

    /// <summary>Returns the index and count a shard folder's name (<c>shard-I-of-N</c>) gives, or null for any other name.</summary>
    public static (int Index, int Count)? ShardOf(string directory)
    {
        var match = ShardFolder().Match(Path.GetFileName(Path.GetFullPath(directory).TrimEnd(Path.DirectorySeparatorChar)));
        return match.Success && int.TryParse(match.Groups[1].Value, CultureInfo.InvariantCulture, out var index)
            && int.TryParse(match.Groups[2].Value, CultureInfo.InvariantCulture, out var count) ? (index, count) : null;
    }

    [GeneratedRegex("^shard-([0-9]+)-of-([0-9]+)$")]
    private static partial Regex ShardFolder();
}
