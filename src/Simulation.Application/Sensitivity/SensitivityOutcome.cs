using Simulation.Experiments;
using Simulation.Experiments.Calibration;
using Simulation.Experiments.Sensitivity;

namespace Simulation.Application.Sensitivity;

/// <summary>What a written sensitivity study gives its host to show.</summary>
/// <param name="Method">The method's name as written in files and folders (<c>morris</c>, <c>sobol</c>).</param>
/// <param name="Points">Design points: of the study, or those a shard holds.</param>
/// <param name="ReplicationsPerPoint">Replications per point.</param>
/// <param name="Rows">Every index with its bootstrap interval (none for a shard).</param>
/// <param name="Folder">Where the study was written.</param>
/// <param name="Elapsed">Wall time.</param>
/// <param name="Shard">The shard run, or null for a finished study.</param>
/// <param name="Reads">For a finished screening of priors, which of them the model reads under the analysed regime mode (those it
/// does not are placebos, which score 0); null for an experiment's factors or a shard.</param>
/// <param name="KeptOutputs">Outputs an earlier analysis of the same points in the folder had, which the request did not ask
/// for: their indices and plots are kept (computed again from the points) beside the requested ones, not dropped.</param>
/// <param name="HeldAssumptions">For a finished screening of priors, how many numbers the scenario sources as an assumption
/// without a prior (<see cref="Experiments.Scenarios.HeldAssumptions"/>): held at their values, so not screened.</param>
public sealed record SensitivityOutcome(string Method, int Points, int ReplicationsPerPoint, IReadOnlyList<SensitivityRow> Rows, string Folder, TimeSpan Elapsed,
    ShardSpec? Shard = null, PriorReads? Reads = null, IReadOnlyList<string>? KeptOutputs = null, int HeldAssumptions = 0);
