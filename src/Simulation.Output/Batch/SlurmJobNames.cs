namespace Simulation.Output.Batch;

/// <summary>
/// The words that differ between kinds of job: the regsim verb of the array, the name of the gather step, and what the
/// job makes and reads. Script, log and job names are built from them, so each kind's names are stated once.
/// </summary>
/// <param name="Verb">The regsim verb the array's tasks run; also the array script's and logs' name.</param>
/// <param name="Gather">The step after the array: the gather script's and logs' name and the gather job's name suffix.</param>
/// <param name="Work">What the job computes, for comments and <c>submit.sh</c>'s output.</param>
/// <param name="Input">What the input file is, for messages.</param>
public sealed record SlurmJobNames(string Verb, string Gather, string Work, string Input)
{
    /// <summary>File name of the job array script.</summary>
    public string ArrayFileName => Verb + ".sbatch";

    /// <summary>File name of the gather job script.</summary>
    public string GatherFileName => Gather + ".sbatch";

    /// <summary>Prefix of the line of <c>submit.sh</c>'s output that carries the array's job id.</summary>
    public string ArrayJobLine => $"{Work} array job: ";

    /// <summary>Prefix of the line of <c>submit.sh</c>'s output that carries the gather job's id.</summary>
    public string GatherJobLine => $"{Gather} job: ";

    /// <summary>Returns the names of <paramref name="kind"/>: <c>sweep.sbatch</c> and <c>merge.sbatch</c> for a sweep,
    /// <c>calibrate.sbatch</c> and <c>gather.sbatch</c> for a calibration, <c>sensitivity.sbatch</c> and <c>gather.sbatch</c> for a
    /// sensitivity study.</summary>
    public static SlurmJobNames Of(SlurmJobKind kind) => kind switch
    {
        SlurmJobKind.Sweep => new("sweep", "merge", "sweep", "experiment"),
        SlurmJobKind.Calibration => new("calibrate", "gather", "calibration", "scenario"),
        SlurmJobKind.Sensitivity => new("sensitivity", "gather", "sensitivity study", "experiment or scenario"),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "not a kind of Slurm job"),
    };
}
