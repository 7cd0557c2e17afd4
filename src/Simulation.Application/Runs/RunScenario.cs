using System.Diagnostics;
using Simulation.Core;
using Simulation.Experiments;
using Simulation.Experiments.Narration;
using Simulation.Experiments.Scenarios;
using Simulation.Experiments.Validation;
using Simulation.Output;
using Simulation.Output.Csv;
using Simulation.Output.Reports;
using Simulation.Output.Tables;

namespace Simulation.Application.Runs;

/// <summary>
/// Runs a scenario's Monte Carlo replications: in memory for a page, or written to a folder (CSV, plots,
/// <c>report.html</c>, manifest) through a staging folder swapped into place only when everything is written.
/// </summary>
public sealed class RunScenario
{
    /// <summary>Runs <paramref name="scenario"/> and returns its results, writing nothing.</summary>
    public RunResult Simulate(Scenario scenario, RunOptions options, IProgress<long>? progress, CancellationToken cancellationToken) =>
        MonteCarlo.Run(scenario, options, [], progress, cancellationToken);

    /// <summary>Loads the scenario, runs it and writes its results; throws <see cref="ScenarioException"/> for a rejected
    /// scenario, <see cref="Output.ForeignFilesException"/> before running when the folder holds files that are not an
    /// earlier result, <see cref="InvalidDataException"/> when it holds the result of another scenario
    /// (<see cref="EarlierScenario"/>) or is a file or a file system's root, <see cref="InputConflictException"/> when the
    /// outcomes could not fit on its disk (<see cref="OutcomeSpace"/>), <see cref="Output.FolderInUseException"/> when another
    /// run is writing it,
    /// <see cref="ResultsNotWrittenException"/> when the folder cannot be written and
    /// <see cref="OperationCanceledException"/> when interrupted, leaving nothing behind in either case.</summary>
    public WrittenRun Run(RunRequest request, IWorkProgress progress, CancellationToken cancellationToken)
    {
        var loaded = ScenarioLoader.Load(request.ScenarioPath);
        var scenario = loaded.Model;
        var options = new RunOptions(request.Replications ?? scenario.Replications, request.Seed ?? scenario.Seed, request.Threads);
        var folder = OwnName.FolderFor(loaded, request.OutputDirectory, Path.Combine("output", scenario.Name));
        var started = DateTimeOffset.UtcNow;
        var clock = Stopwatch.StartNew();
        EarlierScenario.RefuseOther(folder, RunManifest.Mark, m => [EarlierScenario.File(m, "scenarioFile", "scenarioSha256", "scenarioFullPath")], [loaded.File],
            request.OutputDirectory is null);
        return ResultsNotWrittenException.Guard(folder, () =>
        {
            using var staging = OutputDirectory.Create(folder, RunManifest.Mark);
            if (!request.NoOutcomes)
            {
                OutcomeSpace.RefuseOverfull(staging, scenario, options.Replications, request.Format);
            }
            var files = new List<string>();
            RunResult result;
            var provenance = new Provenance()
                .Add("scenario", loaded)
                .Add("seed", options.Seed)
                .Add("replications", options.Replications)
                .Add("modes", scenario.Modes().Select(m => m.Label))
                .Entries;
            // outcomes.csv and outcomes.parquet as the format asks, each streamed as replications arrive.
            var observers = new List<IReplicationObserver>();
            try
            {
                if (!request.NoOutcomes && request.Format != OutputFormat.Parquet)
                {
                    observers.Add(new OutcomeCsvWriter(Path.Combine(staging.Path, RunWriter.OutcomesFile), scenario));
                    files.Add(RunWriter.OutcomesFile);
                }
                if (!request.NoOutcomes && request.Format != OutputFormat.Csv)
                {
                    observers.Add(new Output.Parquet.OutcomeParquetWriter(Path.Combine(staging.Path, Output.Parquet.OutcomeParquetWriter.FileName), scenario, provenance));
                    files.Add(Output.Parquet.OutcomeParquetWriter.FileName);
                }
                result = Track(scenario, options, observers, progress, cancellationToken);
            }
            finally
            {
                foreach (var observer in observers.OfType<IDisposable>())
                {
                    observer.Dispose();
                }
            }
            files.AddRange(RunWriter.WriteResults(staging.Path, scenario, result, request.Format, provenance));
            files.Add(HtmlReport.FileName);
            files.Add(ManifestWriter.FileName);
            files.Sort(StringComparer.Ordinal);
            var manifest = new RunManifest(
                ToolVersion.Current, scenario.Name, loaded.File.Path, loaded.File.Sha256,
                loaded.ExtendsFiles, options.Seed, options.Replications, options.Threads, result.Modes,
                started.ToString("O"), clock.Elapsed.TotalSeconds, files, PeakWorkingSet(), ToolVersion.SourceRevision,
                request.NoOutcomes ? null : OutcomeTable.Columns(scenario), Path.GetFullPath(loaded.File.Path));
            HtmlReport.Write(Path.Combine(staging.Path, HtmlReport.FileName), loaded, result, manifest, ResultNarrative.Describe(scenario, result, HistoricalRecord.AsStatedIfAny(loaded)), Parent(loaded));
            ManifestWriter.Write(Path.Combine(staging.Path, ManifestWriter.FileName), manifest);
            staging.Commit();
            return new WrittenRun(loaded, options, result, folder, files, clock.Elapsed);
        });
    }

    // The scenario a what-if extends, loaded on its own, for the report to say what the what-if changes; none when it extends
    // none, or when its parent is a partial file that does not load alone (the report then lists the parameters only).
    private static LoadedScenario? Parent(LoadedScenario loaded)
    {
        if (loaded.ExtendsFiles.Count == 0)
        {
            return null;
        }
        try
        {
            return ScenarioLoader.Load(loaded.ExtendsFiles[0].Path);
        }
        catch (Exception e) when (e is ScenarioException or IOException or UnauthorizedAccessException)
        {
            return null; // moved or locked since it was read: the report lists the parameters without the comparison
        }
    }

    private static RunResult Track(Scenario scenario, RunOptions options, IReadOnlyList<IReplicationObserver> observers, IWorkProgress progress,
        CancellationToken cancellationToken) =>
        progress.Track($"{scenario.Name}: {options.Replications:N0} replications", options.Replications,
            bar => MonteCarlo.Run(scenario, options, observers, bar, cancellationToken));

    // Read at the end, after the results and plots are written, so it covers the whole run.
    private static long PeakWorkingSet()
    {
        using var process = Process.GetCurrentProcess();
        return process.PeakWorkingSet64;
    }
}
