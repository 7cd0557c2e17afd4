using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using Simulation.Experiments.Calibration;
using Simulation.Experiments.Scenarios;
using Simulation.Output;
using Simulation.Output.Batch;
using Simulation.Output.Calibration;
using Simulation.Output.Validation;
using Spectre.Console;

namespace Simulation.Cli;

/// <summary>
/// The application service behind <c>regsim calibrate</c>: loads the scenario and its priors, runs the particles a previous
/// run of the same command did not finish (appending each to <c>particles.csv</c> as it finishes), then resamples them by
/// likelihood, runs the posterior predictive and leave-one-out checks and writes the posterior, its plots and the
/// calibrated scenario.
/// </summary>
public sealed class CalibrateService(CommandFailures failures, ConsoleStreams console)
{
    /// <summary>Returns the exit code: 0 done, 1 the folder holds another calibration, 2 scenario rejected, 3 failed to write, 130 interrupted.</summary>
    public Task<int> RunAsync(CalibrateRequest request, CancellationToken cancellationToken)
    {
        var wording = new FailureWording("Failed to write the calibration");
        return failures.RunAsync(() => RunAsync(request, w => wording = w, cancellationToken), () => wording);
    }

    private async Task<int> RunAsync(CalibrateRequest request, Action<FailureWording> wordFailures, CancellationToken cancellationToken)
    {
        var loaded = ScenarioLoader.Load(request.ScenarioPath);
        var calibration = RecordCalibration.Create(loaded, request.Settings(loaded));
        var root = request.OutputFolder(loaded.Model.Name);
        var directory = request.Shard is { } part ? Path.Combine(root, $"shard-{part.Index}-of-{part.Count}") : root;
        wordFailures(new FailureWording($"Failed to write to '{directory}'",
            $"Cancelled; the finished particles are kept in {directory}/{ParticleFile.Name}. Run the same command again to resume."));
        var table = ParticleTable.For(calibration);
        var manifest = new CalibrationManifest(ToolVersion.Current, loaded.Model.Name, request.ScenarioPath,
            Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(loaded.Document.ToJsonString()))), calibration.Settings.Seed,
            calibration.Settings.ReplicationsPerParticle, [.. calibration.Priors.Select(p => $"{p.Path} ~ {p.Describe()}")], [.. calibration.Targets.Select(t => t.Name)]);
        var clock = Stopwatch.StartNew();
        var started = DateTimeOffset.UtcNow;
        IReadOnlyList<Particle> particles;
        using (var file = ParticleFile.OpenOrResume(directory, manifest, table))
        {
            if (request.Shard is null)
            {
                // Particles that shards of this calibration finished (batch jobs) join the file in index order, so a
                // calibration run in shards gives the same files as one run whole.
                var mine = file.Particles.Select(p => p.Index).ToHashSet();
                foreach (var particle in ParticleFile.FromShards(root, manifest, table).Where(p => p.Index < request.Particles && !mine.Contains(p.Index)))
                {
                    file.Append(particle);
                }
            }
            var done = file.Particles.Select(p => p.Index).ToHashSet();
            var remaining = Enumerable.Range(0, request.Particles)
                .Where(i => !done.Contains(i) && (request.Shard is not { } shard || i % shard.Count == shard.Index)).ToList();
            if (done.Count > 0)
            {
                console.Error.WriteLine($"Resuming {directory}: {request.Particles - remaining.Count} of {request.Particles} particles already done.");
            }
            await Task.Run(() => TerminalProgress.Run<object?>(console, request.Quiet, $"{loaded.Model.Name}: {request.Particles} particles", request.Particles, progress =>
            {
                var count = request.Particles - remaining.Count;
                progress?.Report(count);
                calibration.Run(remaining, request.Threads, particle =>
                {
                    file.Append(particle);
                    progress?.Report(++count);
                }, cancellationToken);
                return null;
            }), cancellationToken);
            particles = [.. file.Particles.Where(p => p.Index < request.Particles).OrderBy(p => p.Index)];
        }
        if (request.Shard is { } finished)
        {
            console.Out.WriteLine($"Shard {finished} of {loaded.Model.Name}: {particles.Count} particles in {directory}/ ({clock.Elapsed.TotalSeconds:F1} s); "
                + $"run the same command without --shard (--out {root}) to gather the shards and finish.");
            return ExitCodes.Ok;
        }

        IReadOnlyList<SmcStage> stages = [];
        RecordPosterior posterior;
        if (calibration.Settings.Sampler == CalibrationSampler.Tempered)
        {
            stages = await Task.Run(() => TemperingCheckpoint.Run(calibration.Sampler(), particles, TemperingCheckpoint.Folder(directory, calibration.Settings), table,
                request.Threads, stage => Report(request.Quiet, stage), cancellationToken), cancellationToken);
            posterior = RecordCalibration.Posterior(stages[^1]);
        }
        else
        {
            posterior = calibration.Weigh(particles);
        }
        var parameters = calibration.Summarise(posterior);
        var predictive = await Task.Run(() => calibration.PredictiveCheck(posterior, request.Threads, cancellationToken), cancellationToken);
        var leaveOneOut = await Task.Run(() => calibration.LeaveOneOut(particles, request.Threads, cancellationToken), cancellationToken);
        IReadOnlyList<SbcParameter> sbc = [];
        if (request.SbcRecords > 0)
        {
            sbc = await Task.Run(() => TerminalProgress.Run(console, request.Quiet, $"simulation-based calibration: {request.SbcRecords} synthetic records", request.SbcRecords,
                progress => SimulationBasedCalibration.Run(calibration, request.SbcRecords, Math.Min(request.SbcParticles, request.Particles), request.Threads, progress, cancellationToken)),
                cancellationToken);
        }
        var description = calibration.Describe(posterior);
        var extends = Path.GetRelativePath(Path.GetFullPath(directory), Path.GetFullPath(request.ScenarioPath)).Replace('\\', '/');
        var calibrated = CalibratedScenario.Override(loaded.Document, extends, $"{loaded.Model.Name}-calibrated",
            $"{loaded.Model.Description} Calibrated: each uncertain parameter set to its {description}.",
            [.. parameters.Select(p => (p.Prior.Path.Text, p.Mean,
                    $"calibrated: {description}; prior {p.Prior.Describe()}; value before calibration {p.Prior.ScenarioValue.ToString("G6", CultureInfo.InvariantCulture)}"))]);
        var files = CalibrationWriter.Write(directory, table, particles, posterior, parameters, predictive, leaveOneOut, calibrated).ToList();
        if (sbc.Count > 0)
        {
            files.AddRange(SbcWriter.Write(directory, sbc));
        }
        files.AddRange([ParticleFile.Name, CalibrationManifestFile.Name, "manifest.json"]);
        if (stages.Count > 0)
        {
            var tempering = Path.GetFileName(TemperingCheckpoint.Folder(directory, calibration.Settings));
            files.Add($"{tempering}/{TemperingCheckpoint.StagesName}");
            files.AddRange(stages.Select(st => $"{tempering}/stage-{st.Number}.csv"));
        }
        files.Sort(StringComparer.Ordinal);
        ManifestWriter.Write(Path.Combine(directory, "manifest.json"), new
        {
            toolVersion = ToolVersion.Current,
            scenarioFile = request.ScenarioPath,
            scenarioSha256 = loaded.File.Sha256,
            seed = calibration.Settings.Seed,
            particles = posterior.Particles,
            replicationsPerParticle = calibration.Settings.ReplicationsPerParticle,
            sampler = calibration.Settings.Sampler.ToString().ToLowerInvariant(),
            movesPerStage = calibration.Settings.MovesPerStage,
            stages = stages.Count,
            effectiveSampleSize = posterior.EffectiveSampleSize,
            logEvidence = posterior.LogEvidence,
            sbcRecords = request.SbcRecords,
            sbcParticles = Math.Min(request.SbcParticles, request.Particles),
            predictiveReplications = calibration.Settings.PredictiveReplications,
            threads = request.Threads,
            startedUtc = started.ToString("O"),
            wallTimeSeconds = clock.Elapsed.TotalSeconds,
            files,
        });
        if (request.MarkdownPath is { } markdown)
        {
            MarkdownSection.Write(markdown, CalibrationMarkdown.Section,
                CalibrationMarkdown.Block(Command(request, calibration.Settings), ToolVersion.Current, calibration, posterior, stages, parameters, predictive, leaveOneOut, sbc), CalibrationMarkdown.Title);
        }
        if (!request.Quiet)
        {
            Print(parameters);
        }
        console.Out.WriteLine($"Calibration of {loaded.Model.Name}: {posterior.Particles} particles, effective sample size {posterior.EffectiveSampleSize:0.#}, "
            + $"ln P(record) {posterior.LogEvidence:0.###} with the parameters uncertain, in {clock.Elapsed.TotalSeconds:F1} s; "
            + $"results in {directory}/, calibrated scenario {Path.Combine(directory, CalibrationWriter.CalibratedName)}");
        return ExitCodes.Ok;
    }

    // The command that reproduces the results, with the seed the calibration used even when it was the scenario's.
    private static string Command(CalibrateRequest request, CalibrationSettings settings) =>
        Shell.Join(["regsim", "calibrate", .. (request with { Seed = settings.Seed }).ResultArguments()]);

    private void Report(bool quiet, SmcStage stage)
    {
        if (!quiet)
        {
            console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"stage {stage.Number}: temperature {stage.Temperature:0.####}, effective sample size {stage.EffectiveSampleSize:0.#}, acceptance {stage.AcceptanceRate:0.###}"));
        }
    }

    private void Print(IReadOnlyList<PosteriorParameter> parameters)
    {
        var terminal = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(console.Out), Interactive = InteractionSupport.No });
        var table = new Table().Title("Posterior (particles resampled by likelihood)").AddColumns("parameter", "prior", "scenario", "mean", "sd", "95 % interval");
        foreach (var p in parameters)
        {
            table.AddRow(Markup.Escape(p.Prior.Path.Text), Markup.Escape(p.Prior.Describe()), MarkdownNumber.Format(p.Prior.ScenarioValue),
                MarkdownNumber.Format(p.Mean), MarkdownNumber.Format(p.Sd), Markup.Escape(MarkdownNumber.Interval(p.P025, p.P975)));
        }
        terminal.Write(table);
    }
}
