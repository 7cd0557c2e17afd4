namespace Simulation.Application;

/// <summary>
/// Work interrupted after some of it was kept (finished sweep points, calibration particles): running the same command
/// again resumes from <see cref="KeptFile"/> instead of starting over. Interrupted before any of it finished (a batch
/// task's time limit shorter than one point), it says so, since running again would end the same way.
/// </summary>
/// <param name="keptFile">The file holding what was finished.</param>
/// <param name="unit">What it holds, in the plural ("points", "particles").</param>
/// <param name="inner">The cancellation.</param>
/// <param name="finished">How many are finished and kept, when known.</param>
public sealed class WorkKeptException(string keptFile, string unit, OperationCanceledException inner, int? finished = null)
    : OperationCanceledException(finished == 0
        ? $"Cancelled before any of its {unit} finished, so nothing is kept in {keptFile} yet and the same command starts over. If a time limit "
            + "stopped it, give it more time (sbatch --time, or regsim slurm --time for new scripts) or more threads (regsim slurm "
            + "--threads-per-task for new scripts); fewer replications would make results no other shard or resumed run matches."
        : $"Cancelled; the finished {unit}{(finished is { } n ? $" ({n})" : "")} are kept in {keptFile}. Run the same command again to resume.",
        inner, inner.CancellationToken)
{
    /// <summary>The file holding what was finished.</summary>
    public string KeptFile { get; } = keptFile;

    /// <summary>True when it was stopped before any of its work finished: running it again as it was ends the same way.</summary>
    public bool NothingFinished { get; } = finished == 0;
}
