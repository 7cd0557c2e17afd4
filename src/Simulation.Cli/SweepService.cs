using Simulation.Application.Sweeps;
using Simulation.Output;
using Simulation.Output.Sweeps;

namespace Simulation.Cli;

/// <summary><c>regsim sweep</c> on the terminal: hands the request to <see cref="SweepExperiment"/> with a progress bar and
/// says where the points and plots are.</summary>
public sealed class SweepService(SweepExperiment sweep, CommandFailures failures, ConsoleStreams console)
{
    /// <summary>Returns the exit code of a sweep.</summary>
    public Task<int> RunAsync(SweepRequest request, bool quiet, CancellationToken cancellationToken) => failures.RunAsync(async () =>
    {
        var done = await Task.Run(() => sweep.Run(request, new TerminalWorkProgress(console, quiet), cancellationToken), cancellationToken);
        console.Out.WriteLine($"Sweep {done.Experiment.Name}: {CountedNoun.Of(done.Points, "point")} × {CountedNoun.Of(done.Modes, "regime mode")} in {done.Folder}/{SweepFile.Name}"
            + (done.Plots.Count > 0 ? $", main-effect plots in {done.Folder}/plots/" : string.Empty));
        if (done.Points == 0 && request.Shard is { } shard)
        {
            // Said even when quiet: a shard past the last point is complete with nothing in it, not a sweep yet to run.
            console.Out.WriteLine($"Shard {shard.Index}/{shard.Count} holds no point: the sweep has fewer points than shards, so this shard is "
                + "complete and empty (merge takes it with the others).");
        }
        if (done.Parquet is { } parquet)
        {
            console.Out.WriteLine($"Parquet: {parquet}");
        }
        return ExitCodes.Ok;
    });
}
