namespace Simulation.Output.Batch;

/// <summary>
/// What a Slurm job array runs, which decides each task's regsim command and the job that gathers the shards after the
/// array (see <see cref="SlurmJobScripts"/>), so one renderer serves every sharded verb.
/// </summary>
public enum SlurmJobKind
{
    /// <summary>Task I runs <c>regsim sweep EXPERIMENT --shard I/N --out DIR/shard-I-of-N</c>; the gather job runs
    /// <c>regsim merge</c> on the shard folders.</summary>
    Sweep,

    /// <summary>Task I runs <c>regsim calibrate SCENARIO ... --shard I/N --out DIR</c> (which writes
    /// <c>DIR/shard-I-of-N/</c>); the gather job runs the same command without <c>--shard</c>, which gathers the shards'
    /// particles and finishes.</summary>
    Calibration,

    /// <summary>Task I runs <c>regsim sensitivity EXPERIMENT ... --shard I/N --out DIR</c> (which writes
    /// <c>DIR/shard-I-of-N/</c>); the gather job runs the same command without <c>--shard</c>, which gathers the shards'
    /// design points and computes the indices.</summary>
    Sensitivity,
}
