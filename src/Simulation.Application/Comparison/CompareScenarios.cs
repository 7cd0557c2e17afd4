using System.Diagnostics;
using Simulation.Experiments;
using Simulation.Experiments.Comparison;
using Simulation.Experiments.Scenarios;
using Simulation.Output;
using Simulation.Output.Comparison;

namespace Simulation.Application.Comparison;

/// <summary>
/// Compares two scenarios: runs them in pairs on the same random streams, so differences are the scenarios' and not
/// chance's, and writes the comparison atomically.
/// </summary>
public sealed class CompareScenarios
{
    /// <summary>Runs the comparison; throws <see cref="ScenarioException"/> for a rejected scenario,
    /// <see cref="InputConflictException"/> for scenarios that cannot be compared, <see cref="ForeignFilesException"/> before
    /// running when the folder holds files that are not an earlier result, <see cref="ResultsNotWrittenException"/>
    /// when the folder cannot be written and <see cref="OperationCanceledException"/> when interrupted.</summary>
    public ScenarioComparisonOutcome Run(CompareRequest request, IWorkProgress progress, CancellationToken cancellationToken)
    {
        var a = ScenarioLoader.Load(request.ScenarioA);
        var b = ScenarioLoader.Load(request.ScenarioB);
        var options = new RunOptions(request.Replications ?? Math.Max(a.Model.Replications, b.Model.Replications), request.Seed ?? a.Model.Seed, request.Threads);
        var labels = ComparisonLabels.Of(a, b);
        var folder = request.OutputDirectory ?? Path.Combine("output", $"compare-{labels.A}-vs-{labels.B}");
        var started = DateTimeOffset.UtcNow;
        var clock = Stopwatch.StartNew();
        // The folder is checked (and staged) before the pairs run, so a folder that cannot take the results costs nothing.
        EarlierScenario.RefuseOther(folder, ComparisonManifest.Mark,
            m => [EarlierScenario.First(m, "scenarioA", "scenarioAFullPath"), EarlierScenario.First(m, "scenarioB", "scenarioBFullPath")],
            [a.File, b.File], request.OutputDirectory is null);
        using var staging = ResultsNotWrittenException.Guard(folder, () => OutputDirectory.Create(folder, ComparisonManifest.Mark));
        var result = progress.Track($"{labels.A} vs {labels.B}: {options.Replications:N0} replication pairs", options.Replications,
            bar => ScenarioComparison.Run(a, b, options, bar, cancellationToken));
        return ResultsNotWrittenException.Guard(folder, () =>
        {
            var provenance = new Provenance()
                .Add("scenario_a", a)
                .Add("scenario_b", b)
                .Add("seed", options.Seed)
                .Add("replications", options.Replications)
                .Add("modes", result.Modes);
            var files = ComparisonWriter.Write(staging.Path, a.Model, b.Model, labels.A, labels.B, result, provenance.Tables(request.Format)).ToList();
            files.Add(ManifestWriter.FileName);
            files.Sort(StringComparer.Ordinal);
            ManifestWriter.Write(Path.Combine(staging.Path, ManifestWriter.FileName), new ComparisonManifest(
                ToolVersion.Current, a.Files, b.Files, options.Seed, options.Replications, options.Threads, result.Modes,
                started.ToString("O"), clock.Elapsed.TotalSeconds, files, result.NotCompared, ToolVersion.SourceRevision,
                Path.GetFullPath(a.File.Path), Path.GetFullPath(b.File.Path)));
            staging.Commit();
            return new ScenarioComparisonOutcome(a, b, options, result, folder, clock.Elapsed, labels);
        });
    }
}
