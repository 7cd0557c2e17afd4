using Simulation.Experiments.Calibration;

namespace Simulation.Application.Calibration;

/// <summary>What a calibration gives its host: for a shard, how many particles it holds; for a whole calibration, the
/// posterior and where the calibrated scenario was written.</summary>
/// <param name="ScenarioName">The calibrated scenario's name.</param>
/// <param name="Folder">The folder written (a shard's own folder for a shard).</param>
/// <param name="ShardRoot">For a shard, the calibration's folder that gathers the shards; null for a whole calibration.</param>
/// <param name="Particles">Particles finished.</param>
/// <param name="Posterior">The posterior, or null for a shard.</param>
/// <param name="Parameters">Posterior summary per uncertain parameter (empty for a shard).</param>
/// <param name="CalibratedScenarioPath">The calibrated scenario file, or null for a shard.</param>
/// <param name="Elapsed">Wall time.</param>
/// <param name="Reads">Which parameters the model reads (those it does not are placebos), or null for a shard.</param>
/// <param name="Support">How many draws the posterior rests on, and whether too few (<see cref="PosteriorSupport.Warning"/>);
/// null for a shard.</param>
/// <param name="Reach">Which parameters the record's likelihood moves with (those it does not are placebos too), or null for a
/// shard.</param>
public sealed record CalibrationOutcome(string ScenarioName, string Folder, string? ShardRoot, int Particles, RecordPosterior? Posterior,
    IReadOnlyList<PosteriorParameter> Parameters, string? CalibratedScenarioPath, TimeSpan Elapsed, PriorReads? Reads = null, PosteriorSupport? Support = null,
    RecordReach? Reach = null);
