using System.Globalization;
using Simulation.Experiments;
using Simulation.Experiments.Calibration;
using Simulation.Experiments.Scenarios;

namespace Simulation.Application.Calibration;

/// <summary>A calibration of a scenario's uncertain parameters against the historical record, resumable and shardable.</summary>
/// <param name="ScenarioPath">Scenario whose parameters with a <c>prior</c> are calibrated.</param>
/// <param name="Particles">Particles drawn from the priors.</param>
/// <param name="ReplicationsPerParticle">Replications per particle.</param>
/// <param name="Seed">Master seed, or null for the scenario's.</param>
/// <param name="PredictiveReplications">Replications of the posterior predictive check.</param>
/// <param name="Threads">Worker threads.</param>
/// <param name="OutputDirectory">Output folder, or null for <c>output/&lt;scenario&gt;-calibration/</c>.</param>
/// <param name="MarkdownPath">A Markdown file whose generated <c>calibrate</c> block is refreshed, or null.</param>
/// <param name="SbcRecords">Synthetic records of the simulation-based calibration (0: none).</param>
/// <param name="SbcParticles">Particles reweighed for each synthetic record.</param>
/// <param name="Shard">Run only this shard's particles and stop (a batch job's task), or null for the whole calibration.</param>
/// <param name="Sampler">How the particles become the posterior.</param>
/// <param name="MovesPerStage">Moves of every particle per stage of the tempered sampler.</param>
/// <param name="Format">The result tables as CSV, Parquet or both. <c>particles.csv</c> and the tempering stages are written
/// in every format (they are what a calibration resumes from); Parquet adds their twins.</param>
public sealed record CalibrateRequest(string ScenarioPath, int Particles, int ReplicationsPerParticle, ulong? Seed,
    int PredictiveReplications, int Threads, string? OutputDirectory, string? MarkdownPath, int SbcRecords, int SbcParticles, ShardSpec? Shard = null,
    CalibrationSampler Sampler = CalibrationSampler.Tempered, int MovesPerStage = 3, Output.OutputFormat Format = Output.OutputFormat.Csv)
{
    /// <summary>Returns the calibration's settings for <paramref name="scenario"/>, whose seed is used when none was given.</summary>
    public CalibrationSettings Settings(LoadedScenario scenario) =>
        new(Particles, ReplicationsPerParticle, Seed ?? scenario.Model.Seed, PredictiveReplications, Sampler, MovesPerStage);

    /// <summary>Returns the output folder: <see cref="OutputDirectory"/>, or <c>output/&lt;scenario-name&gt;-calibration</c>.</summary>
    public string OutputFolder(string scenarioName) => OutputDirectory ?? Path.Combine("output", $"{scenarioName}-calibration");

    /// <summary>
    /// Returns the words after <c>regsim calibrate</c> that reproduce the results: the scenario, then every option that
    /// changes them (<c>--moves</c> only for the tempered sampler, <c>--seed</c> only when one is set, <c>--sbc-particles</c>
    /// only with synthetic records), but not the
    /// threads, output folder, shard or format. The one rendering of these options, for the Markdown block's
    /// command and for the jobs of <c>regsim slurm calibrate</c>; quote them with <c>Shell.Join</c>.
    /// </summary>
    public IReadOnlyList<string> ResultArguments()
    {
        var words = new List<string> { ScenarioPath, "--particles", Number(Particles), "--replications", Number(ReplicationsPerParticle) };
        words.AddRange(["--sampler", Sampler.ToString().ToLowerInvariant()]);
        if (Sampler == CalibrationSampler.Tempered)
        {
            words.AddRange(["--moves", Number(MovesPerStage)]);
        }
        if (Seed is { } seed)
        {
            words.AddRange(["--seed", seed.ToString(CultureInfo.InvariantCulture)]);
        }
        words.AddRange(["--predictive-replications", Number(PredictiveReplications), "--sbc-records", Number(SbcRecords)]);
        if (SbcRecords > 0)
        {
            words.AddRange(["--sbc-particles", Number(SbcParticles)]);
        }
        if (MarkdownPath is { } markdown)
        {
            words.AddRange(["--markdown", markdown]);
        }
        return words;
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
