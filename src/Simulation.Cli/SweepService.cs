using Simulation.Experiments.Sweeps;
using Simulation.Output.Sweeps;

namespace Simulation.Cli;

/// <summary>
/// The application service behind <c>regsim sweep</c>: loads the experiment, expands its design, skips the points a
/// previous run of the same command finished, runs the rest with a progress bar and appends each point as it finishes.
/// </summary>
public sealed class SweepService(CommandFailures failures, ConsoleStreams console)
{
    /// <summary>Returns the exit code of a sweep.</summary>
    public Task<int> RunAsync(SweepRequest request, CancellationToken cancellationToken)
    {
        var wording = new FailureWording("Failed to write the sweep");
        return failures.RunAsync(async () =>
        {
            var experiment = ExperimentLoader.Load(request.ExperimentPath);
            var all = SweepDesign.Points(experiment);
            var points = request.Shard is { } shard ? SweepDesign.Shard(all, shard.Index, shard.Count) : all;
            var directory = request.OutputDirectory ?? Path.Combine("output", experiment.Name)
                + (request.Shard is { } s ? $"{Path.DirectorySeparatorChar}shard-{s.Index}-of-{s.Count}" : string.Empty);
            wording = new FailureWording($"Failed to write to '{directory}'",
                $"Cancelled; the finished points are kept in {directory}/{SweepFile.Name}. Run the same command again to resume.");
            var manifest = new SweepManifest(ToolVersion.Current, experiment.Name, experiment.File.Path, experiment.File.Sha256,
                experiment.Scenario.File.Sha256, request.Shard?.Index, request.Shard?.Count, all.Count,
                experiment.Scenario.Model.Modes().Select(m => m.Label).ToList());

            using (var file = SweepFile.OpenOrResume(directory, manifest, SweepColumns.For(experiment)))
            {
                var remaining = points.Where(p => !file.FinishedPoints.Contains(p.Index)).ToList();
                if (file.FinishedPoints.Count > 0)
                {
                    console.Error.WriteLine($"Resuming {directory}: {points.Count - remaining.Count} of {points.Count} points already done.");
                }
                await Task.Run(() => RunWithProgress(experiment, remaining, points.Count - remaining.Count, points.Count, request, file, cancellationToken), cancellationToken);
            }

            var plots = request.Shard is null ? SweepPlots.Write(directory, experiment) : [];
            console.Out.WriteLine($"Sweep {experiment.Name}: {points.Count} points × {manifest.Modes.Count} regime modes in {directory}/{SweepFile.Name}"
                + (plots.Count > 0 ? $", main-effect plots in {directory}/plots/" : string.Empty));
            return ExitCodes.Ok;
        }, () => wording);
    }

    private void RunWithProgress(Experiment experiment, IReadOnlyList<DesignPoint> remaining, int done, int total, SweepRequest request,
        SweepFile file, CancellationToken cancellationToken) =>
        TerminalProgress.Run<object?>(console, request.Quiet, $"{experiment.Name}: {total} points", total, progress =>
        {
            progress?.Report(done);
            Sweep.Run(experiment, remaining, request.Threads, rows =>
            {
                file.Append(rows);
                progress?.Report(++done);
            }, cancellationToken);
            return null;
        });
}
