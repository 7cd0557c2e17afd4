using System.Text.RegularExpressions;

namespace Simulation.Output.Batch;

/// <summary>
/// What the Slurm scripts of a sharded sweep, calibration or sensitivity study are rendered from (see <see cref="SlurmJobScripts"/>). Paths
/// are absolute so the jobs behave the same whichever folder they are submitted from and whichever node runs them.
/// </summary>
/// <param name="Kind">What the array runs, and so how its tasks and the gather job after it are called.</param>
/// <param name="Regsim">The command that runs regsim on the compute nodes, as shell text inserted as written, for
/// example <c>dotnet /opt/regsim/regsim.dll</c> or <c>'/home/me/my tools/regsim'</c>; quote paths with
/// <see cref="Shell.Join"/>. One line, not empty.</param>
/// <param name="Arguments">The words after the regsim verb that every job passes unchanged, each quoted when rendered:
/// the experiment or scenario file first, absolute (or <c>--priors</c> and the scenario, for a sensitivity study of priors),
/// then any options that change the results (a calibration's <c>--particles</c>, <c>--seed</c>, ...). The shard, output folder and threads are added by the renderer.</param>
/// <param name="OutputDirectory">The job's folder, absolute: shard <c>I</c> writes <c>shard-I-of-N/</c> in it, the
/// gather job writes the result into it, and the scripts and logs go to <c>slurm/</c>. It may not hold a double quote,
/// a backslash or a control character, which Slurm's <c>#SBATCH --output</c> line cannot carry.</param>
/// <param name="Shards">Number of shards N ≥ 1: one array task each, task I running the design points (or particles)
/// whose index modulo N is I.</param>
/// <param name="ThreadsPerTask">CPUs each job asks for and threads its regsim runs (≥ 1).</param>
/// <param name="Partition">Slurm partition, or null for the cluster's default partition.</param>
/// <param name="TimeLimit">Wall-clock limit of each job in a Slurm time format (<c>HH:MM:SS</c>,
/// <c>D-HH:MM:SS</c>, <c>MM</c>, ...), or null for the partition's default.</param>
/// <param name="JobName">Slurm job name of the array; the gather job adds <c>-merge</c> or <c>-gather</c>. Letters,
/// digits, <c>_ . -</c> only.</param>
/// <param name="Memory">Memory each job asks for, as Slurm writes it (<c>4G</c>, <c>500M</c>), or null for the partition's
/// default.</param>
public sealed partial record SlurmJob(
    SlurmJobKind Kind,
    string Regsim,
    IReadOnlyList<string> Arguments,
    string OutputDirectory,
    int Shards,
    int ThreadsPerTask,
    string? Partition,
    string? TimeLimit,
    string JobName,
    string? Memory = null)
{
    /// <summary>The script, log and job names of this kind of job.</summary>
    public SlurmJobNames Names => SlurmJobNames.Of(Kind);

    /// <summary>The experiment or scenario file: the first of <see cref="Arguments"/>, or the second when the first is an
    /// option (a sensitivity study of a scenario's priors starts <c>--priors SCENARIO</c>).</summary>
    public string InputPath => Arguments.Count switch
    {
        0 => "",
        _ when Arguments[0].StartsWith('-') => Arguments.Count > 1 ? Arguments[1] : "",
        _ => Arguments[0],
    };

    /// <summary>Where the scripts are written: <c>OutputDirectory/slurm</c>.</summary>
    public string ScriptDirectory => Path.Combine(OutputDirectory, "slurm");

    /// <summary>Where Slurm writes the jobs' output: <c>OutputDirectory/slurm/logs</c>.</summary>
    public string LogDirectory => Path.Combine(ScriptDirectory, "logs");

    /// <summary>Returns a Slurm job name made from an experiment's or scenario's name: characters other than letters,
    /// digits and <c>_ . -</c> become <c>-</c>, and <c>regsim-</c> goes in front so the jobs are recognisable in
    /// <c>squeue</c>.</summary>
    public static string JobNameFor(string name) =>
        "regsim-" + InvalidJobNameCharacters().Replace(name, "-");

    /// <summary>Returns everything wrong with the job, each as a sentence naming the option; empty when the job can be
    /// rendered. The one place these rules live.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (Shards < 1)
        {
            problems.Add($"--shards must be at least 1 (got {Shards}).");
        }
        if (ThreadsPerTask < 1)
        {
            problems.Add($"--threads-per-task must be at least 1 (got {ThreadsPerTask}).");
        }
        if (string.IsNullOrWhiteSpace(Regsim) || Regsim.Any(char.IsControl))
        {
            problems.Add("--regsim must be a command on one line.");
        }
        if (!Path.IsPathFullyQualified(InputPath) || InputPath.Any(char.IsControl))
        {
            problems.Add($"The {Names.Input} path must be absolute and on one line (got '{InputPath}').");
        }
        if (Arguments.Skip(1).Any(a => a.Any(char.IsControl)))
        {
            problems.Add($"The {Names.Work}'s options must be on one line (got '{string.Join(' ', Arguments.Skip(1))}').");
        }
        if (!Path.IsPathFullyQualified(OutputDirectory) || OutputDirectory.Any(c => char.IsControl(c) || c is '"' or '\\'))
        {
            problems.Add($"The output folder must be absolute, without double quotes, backslashes or control characters, which Slurm's #SBATCH lines cannot carry (got '{OutputDirectory}').");
        }
        if (Partition is not null && !PartitionPattern().IsMatch(Partition))
        {
            problems.Add($"--partition must be a partition name, or several separated by commas (got '{Partition}').");
        }
        if (TimeLimit is not null && !IsTimeLimit(TimeLimit))
        {
            problems.Add($"--time must be a Slurm time limit such as 02:00:00 or 1-12:00:00 (got '{TimeLimit}').");
        }
        if (Memory is not null && !IsMemory(Memory))
        {
            problems.Add($"--mem must be an amount of memory such as 4G or 500M, or 0 for all of a node's (got '{Memory}').");
        }
        if (!JobNamePattern().IsMatch(JobName))
        {
            problems.Add($"The job name may hold only letters, digits and _ . - (got '{JobName}').");
        }
        return problems;
    }

    /// <summary>Slurm's default <c>MaxArraySize</c>: an array's task indices must be below it unless a cluster raises it.</summary>
    public const int DefaultMaxArraySize = 1001;

    /// <summary>Returns a warning when the array's last index (<see cref="Shards"/> − 1) is past Slurm's default
    /// <c>MaxArraySize</c>, or null: sbatch would refuse the whole array on a cluster that keeps the default, which only
    /// the cluster can say, so the scripts are written anyway.</summary>
    public string? ArraySizeWarning() => Shards > DefaultMaxArraySize
        ? $"Warning: {Shards} array tasks (indices 0-{Shards - 1}) are more than Slurm allows by default (MaxArraySize {DefaultMaxArraySize}); "
            + "sbatch refuses the array unless the cluster raises it (see `scontrol show config | grep MaxArraySize`), so ask for fewer --shards."
        : null;

    /// <summary>Returns whether <paramref name="text"/> is a time limit Slurm accepts: <c>MM</c>, <c>MM:SS</c>,
    /// <c>HH:MM:SS</c>, <c>D-HH</c>, <c>D-HH:MM</c> or <c>D-HH:MM:SS</c>.</summary>
    public static bool IsTimeLimit(string text) => TimeLimitPattern().IsMatch(text);

    /// <summary>Returns whether <paramref name="text"/> is an amount of memory Slurm accepts: a whole number of megabytes,
    /// or one followed by K, M, G or T, or 0, which asks for all the memory of each node.</summary>
    public static bool IsMemory(string text) => MemoryPattern().IsMatch(text);

    [GeneratedRegex("^(0|[1-9][0-9]*[KMGT]?)$")]
    private static partial Regex MemoryPattern();

    [GeneratedRegex("^([0-9]+-[0-9]+(:[0-9]+){0,2}|[0-9]+(:[0-9]+){0,2})$")]
    private static partial Regex TimeLimitPattern();

    [GeneratedRegex("^[A-Za-z0-9_.-]+(,[A-Za-z0-9_.-]+)*$")]
    private static partial Regex PartitionPattern();

    [GeneratedRegex("^[A-Za-z0-9_.-]+$")]
    private static partial Regex JobNamePattern();

    [GeneratedRegex("[^A-Za-z0-9_.-]")]
    private static partial Regex InvalidJobNameCharacters();
}
