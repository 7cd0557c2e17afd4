namespace Simulation.Application;

/// <summary>
/// Work interrupted after some of it was kept (finished sweep points, calibration particles): running the same command
/// again resumes from <see cref="KeptFile"/> instead of starting over.
/// </summary>
/// <param name="keptFile">The file holding what was finished.</param>
/// <param name="unit">What it holds, in the plural ("points", "particles").</param>
/// <param name="inner">The cancellation.</param>
public sealed class WorkKeptException(string keptFile, string unit, OperationCanceledException inner)
    : OperationCanceledException($"Cancelled; the finished {unit} are kept in {keptFile}. Run the same command again to resume.", inner, inner.CancellationToken)
{
    /// <summary>The file holding what was finished.</summary>
    public string KeptFile { get; } = keptFile;
}
