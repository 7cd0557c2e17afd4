using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using Simulation.Experiments;
using Simulation.Experiments.Calibration;
using Simulation.Experiments.Scenarios;
using Simulation.Experiments.Sensitivity;
using Simulation.Experiments.Sweeps;
using Simulation.Output;
using Simulation.Output.Sensitivity;
using Simulation.Output.Sweeps;
using Simulation.Output.Validation;

namespace Simulation.Application.Sensitivity;

/// <summary>
/// Runs a Morris or Sobol study of an experiment's factors, or a Morris screening of a scenario's priors: its design points
/// kept in <c>sweep.csv</c> as they finish (<see cref="SensitivityPoints"/>: resumed after an interruption, or run as
/// shards), then the indices and their plots, each file replaced whole, and the generated block of a Markdown file if asked.
/// </summary>
public sealed class AnalyseSensitivity
{
    /// <summary>Replications per design point of a priors screening when the request names none.</summary>
    public const int DefaultPriorReplications = 500;

    /// <summary>Runs the study (or one shard of its points); throws <see cref="ScenarioException"/> for a rejected file,
    /// <see cref="InputConflictException"/> for an output the experiment does not have, <see cref="InvalidDataException"/> when
    /// the folder holds another study's points, <see cref="ResultsNotWrittenException"/> and <see cref="WorkKeptException"/>
    /// when interrupted (the finished points are kept; the same command resumes).</summary>
    public SensitivityOutcome Run(SensitivityRequest request, IWorkProgress progress, CancellationToken cancellationToken)
    {
        var (experiment, screening, settings, folder, total) = Plan(request);
        if (request.MarkdownPath is { } written && screening is not null && request.Shard is null)
        {
            MarkdownSection.RefuseUnwritable(written, SensitivityMarkdown.Section); // written at the end: a typo found before the points run, not after
        }
        var method = SensitivityIndexes.Name(request.Method);
        var regime = settings.Regime;
        folder = request.Shard is { } part ? part.StudyFolder(folder) : folder;
        var directory = request.Shard is { } shardOf ? Path.Combine(folder, shardOf.FolderName) : folder;
        foreach (var note in screening is null ? PlaceboFactors.Notes(experiment) : [])
        {
            progress.Note(note); // a screening of priors names its placebos in its results instead
        }
        if (screening is null && request.Shard is null)
        {
            // An experiment's own design serves its sweep; a study places its points by its method, which a user may not expect.
            progress.Note($"{experiment.File.Path}: its design ({experiment.Design.AsWritten()}) is not used; a {method} study places its own {total} points "
                + (request.Method == SensitivityMethod.Morris ? $"({settings.Trajectories} trajectories × {experiment.Factors.Count + 1})." : $"({settings.BaseSamples} base samples × {experiment.Factors.Count + 2})."));
        }
        var clock = Stopwatch.StartNew();
        var started = DateTimeOffset.UtcNow;
        var points = ResultsNotWrittenException.Guard(directory, () =>
            SensitivityPoints.Run(experiment, settings, folder, directory, request.Shard, request.Threads, progress, cancellationToken));
        if (request.Shard is not null)
        {
            return new SensitivityOutcome(method, points.Count, experiment.ReplicationsPerPoint, [], directory, clock.Elapsed, request.Shard);
        }
        // The folder's points may already have been analysed for other outputs: their indices and plots are the user's
        // results, kept beside the new ones (computed again from the same points), never dropped for being left unnamed.
        var earlier = EarlierOutputs(folder, experiment);
        var kept = earlier.Except(settings.Outputs).ToList();
        settings = settings with { Outputs = [.. earlier.Union(settings.Outputs)] };
        var outputs = settings.Outputs;
        var rows = SensitivityStudy.Analyse(experiment, settings, points);
        // Which priors a screening's analysed mode reads: one it never reads is a placebo that scores 0, flagged as such.
        var reads = screening is null ? null
            : PriorReads.Of(experiment.Scenario, screening.Priors, experiment.Scenario.Model.Modes().First(m => m.Label == regime));
        ResultsNotWrittenException.Guard(folder, () =>
        {
            // The indices are staged and moved in file by file: the folder also holds the points they come from, the
            // shards' and a batch job's logs, which must stay.
            using var staging = OutputDirectory.CreateInto(folder);
            var provenance = new Provenance()
                .Add("factors", screening is null ? "experiment" : "priors")
                .Add("experiment_file", screening is null ? Path.GetFileName(experiment.File.Path) : null) // names, not where they lie: the same on a laptop and a node
                .Add("experiment_sha256", screening is null ? experiment.File.Sha256 : null)
                .Add("scenario", experiment.Scenario)
                .Add("method", method)
                .Add("regime", regime)
                .Add("outputs", outputs)
                .Add("points", total)
                .Add("replications_per_point", experiment.ReplicationsPerPoint)
                .Add("seed", experiment.Seed)
                .Add("bootstrap_resamples", request.Bootstrap);
            var files = SensitivityWriter.Write(staging.Path, rows, ModeCatalogue.From(experiment.Scenario.Model), provenance.Tables(request.Format))
                .Append(ManifestWriter.FileName).Append(SweepFile.Name).Append(SweepManifestFile.Name).Order(StringComparer.Ordinal).ToList();
            ManifestWriter.Write(Path.Combine(staging.Path, ManifestWriter.FileName), new SensitivityManifest(
                ToolVersion.Current, screening is null ? "experiment" : "priors",
                screening is null ? experiment.File.Path : null, screening is null ? experiment.File.Sha256 : null,
                experiment.Scenario.File.Path, experiment.Scenario.File.Sha256, experiment.Scenario.ExtendsFiles,
                method, regime, outputs, total, experiment.ReplicationsPerPoint, experiment.Seed, request.Bootstrap, request.Threads,
                started.ToString("O"), clock.Elapsed.TotalSeconds, files, ToolVersion.SourceRevision));
            var earlier = ManifestWriter.ReadObject(Path.Combine(folder, ManifestWriter.FileName));
            staging.CommitFiles(last: ManifestWriter.FileName);
            staging.RemoveEarlierResults(SensitivityPoints.IsStudyManifest(earlier) ? earlier : null, files);
        });
        if (request.MarkdownPath is { } markdown && screening is not null && reads is { } screened)
        {
            var provenance = new SensitivityProvenance(Command(request, screening, settings, kept.Count > 0), ToolVersion.Current, experiment.Scenario.Files);
            ResultsNotWrittenException.Guard(markdown, () =>
                MarkdownSection.Write(markdown, SensitivityMarkdown.Section, SensitivityMarkdown.Block(provenance, screening, settings, rows, screened), SensitivityMarkdown.Title));
        }
        return new SensitivityOutcome(method, total, experiment.ReplicationsPerPoint, rows, folder, clock.Elapsed,
            Reads: reads, KeptOutputs: kept, HeldAssumptions: screening is null ? 0 : Experiments.Scenarios.HeldAssumptions.Count(experiment.Scenario.Document));
    }

    // The outputs whose indices the study's earlier results in the folder hold (its manifest's, in their order) that are
    // still outputs of the experiment; none when the folder has no earlier results of a study. The points, checked before
    // this is asked, are this study's (the same design, seed, replications and regime mode), so those indices came from them.
    private static IReadOnlyList<string> EarlierOutputs(string folder, Experiment experiment)
    {
        var earlier = ManifestWriter.ReadObject(Path.Combine(folder, ManifestWriter.FileName));
        return SensitivityPoints.IsStudyManifest(earlier) && earlier!["outputs"] is JsonArray listed
            ? [.. listed.OfType<JsonValue>().Select(v => v.TryGetValue<string>(out var name) ? name : null).OfType<string>()
                .Where(o => SensitivityStudy.CheckOutput(experiment, o) is null).Distinct()]
            : [];
    }

    /// <summary>Returns the study <paramref name="request"/> describes, checked: throws <see cref="ScenarioException"/> for a
    /// rejected file and <see cref="OptionValueException"/> for an output or regime mode the scenario does not have.</summary>
    public static SensitivityPlan Plan(SensitivityRequest request)
    {
        Experiment experiment;
        PriorScreening? screening = null;
        if (request.PriorsPath is { } scenarioPath)
        {
            var loaded = ScenarioLoader.Load(scenarioPath);
            screening = PriorScreening.Create(loaded, request.Replications ?? DefaultPriorReplications, request.Seed ?? loaded.Model.Seed);
            experiment = screening.Experiment;
        }
        else
        {
            experiment = ExperimentLoader.Load(request.ExperimentPath ?? throw new InputConflictException("a sensitivity study needs an experiment or a scenario with priors"));
            // As a sweep takes it: a quick trial or a longer run of the same study, in a folder of its own by default.
            experiment = request.Replications is { } replications ? experiment with { ReplicationsPerPoint = replications } : experiment;
        }
        if (experiment.Factors.Select((f, i) => (Factor: f, Index: i)).FirstOrDefault(f => !f.Factor.RangeChecked) is { Factor: { } levelled } at)
        {
            // The experiment file's fault, named as the sweep names its own (exit code 2, the file and the factor's path).
            throw new ScenarioException(experiment.File.Path, $"$.factors[{at.Index}]", $"factor '{levelled.Name}' sets {levelled.Parameter}, which does not take every value between "
                + $"{levelled.Min} and {levelled.Max} (a field of whole numbers), and a sensitivity study draws any of them", DocumentKind.Experiment);
        }
        var outputs = request.Outputs.Count > 0 ? request.Outputs : SensitivityOutputs.Defaults(experiment.Scenario);
        foreach (var output in outputs)
        {
            if (SensitivityStudy.CheckOutput(experiment, output) is { } problem)
            {
                throw new OptionValueException("--output", $"--output {problem}");
            }
        }
        var modes = experiment.Scenario.Model.Modes().Select(m => m.Label).ToList();
        var regime = request.Regime ?? modes[0];
        if (!modes.Contains(regime))
        {
            var near = NearestName.Find(regime, modes) is { } name ? $": did you mean '{name}'?" : ".";
            throw new OptionValueException("--regime", $"--regime takes a regime mode the scenario runs ({string.Join(", ", modes)}), not '{regime}'{near}");
        }
        var settings = new SensitivitySettings(request.Method, outputs, regime, request.Trajectories, 4, request.BaseSamples, request.Bootstrap, experiment.Seed);
        if (request.Method == SensitivityMethod.Sobol)
        {
            SobolDesignSize.Check(experiment.Factors.Count, request.BaseSamples, screening is null ? "factors" : "priors");
        }
        var folder = request.OutputDirectory ?? Path.Combine("output", $"{experiment.Name}-{SensitivityIndexes.Name(request.Method)}"
            + (screening is null && request.Replications is { } n ? $"-n{n}" : ""));
        return new SensitivityPlan(experiment, screening, settings, folder, SensitivityStudy.Points(experiment, settings).Count);
    }

    /// <summary>Refuses, before anything runs (a batch job's scripts are written, say), a study folder that holds another
    /// study's points or another command's results: throws <see cref="InvalidDataException"/> naming the folder.</summary>
    public static void CheckFolder(SensitivityPlan plan) =>
        SensitivityPoints.CheckFolder(SensitivityPoints.Manifest(plan.Experiment, plan.Settings, plan.Points, null), plan.Folder,
            SweepTable.Header(SweepColumns.For(plan.Experiment)));

    // The command that reproduces the block: every option that changes the numbers, not the thread count or the output folder.
    // With outputs kept from an earlier analysis (listOutputs), every output of the settings is named, so that the command
    // reproduces the whole block.
    private static string Command(SensitivityRequest request, PriorScreening screening, SensitivitySettings settings, bool listOutputs)
    {
        var parts = new List<string>
        {
            "regsim sensitivity", $"--priors {request.PriorsPath}", "--method morris",
            $"--trajectories {settings.Trajectories.ToString(CultureInfo.InvariantCulture)}",
            $"--replications {screening.Experiment.ReplicationsPerPoint.ToString(CultureInfo.InvariantCulture)}",
            $"--seed {screening.Experiment.Seed.ToString(CultureInfo.InvariantCulture)}",
            $"--bootstrap {settings.BootstrapResamples.ToString(CultureInfo.InvariantCulture)}",
        };
        if (request.Regime is { } regime)
        {
            parts.Add($"--regime {regime}");
        }
        parts.AddRange((listOutputs ? settings.Outputs : request.Outputs).Select(o => $"--output {o}"));
        parts.Add($"--markdown {request.MarkdownPath}");
        return string.Join(' ', parts);
    }
}
