using Simulation.Experiments.Calibration;

namespace Simulation.Cli;

/// <summary>The <c>calibrate</c> command's options, as parsed.</summary>
/// <param name="ScenarioPath">Scenario whose parameters with a <c>prior</c> are calibrated.</param>
/// <param name="Particles">Particles drawn from the priors.</param>
/// <param name="ReplicationsPerParticle">Replications per particle.</param>
/// <param name="Seed">Master seed, or null for the scenario's.</param>
/// <param name="PredictiveReplications">Replications of the posterior predictive check.</param>
/// <param name="Threads">Worker threads.</param>
/// <param name="OutputDirectory">Output folder, or null for <c>output/&lt;scenario&gt;-calibration/</c>.</param>
/// <param name="MarkdownPath">A Markdown file whose generated <c>calibrate</c> block is refreshed, or null.</param>
/// <param name="Quiet">No progress bar and no table.</param>
/// <param name="SbcRecords">Synthetic records of the simulation-based calibration (0: none).</param>
/// <param name="SbcParticles">Particles reweighed for each synthetic record.</param>
/// <param name="Shard">Run only this shard's particles and stop (a batch job's task), or null for the whole calibration.</param>
/// <param name="Sampler">How the particles become the posterior.</param>
/// <param name="MovesPerStage">Moves of every particle per stage of the tempered sampler.</param>
public sealed record CalibrateRequest(string ScenarioPath, int Particles, int ReplicationsPerParticle, ulong? Seed,
    int PredictiveReplications, int Threads, string? OutputDirectory, string? MarkdownPath, bool Quiet, int SbcRecords, int SbcParticles, ShardSpec? Shard = null,
    CalibrationSampler Sampler = CalibrationSampler.Tempered, int MovesPerStage = 3);
