using Simulation.Experiments.Sensitivity;

namespace Simulation.Cli;

/// <summary>The <c>sensitivity</c> command's options, as parsed.</summary>
/// <param name="ExperimentPath">Experiment file whose factors and ranges are analysed.</param>
/// <param name="Method">Morris or Sobol.</param>
/// <param name="Outputs">Outputs analysed.</param>
/// <param name="Regime">Regime mode analysed, or null for the scenario's first mode.</param>
/// <param name="Trajectories">Morris trajectories.</param>
/// <param name="BaseSamples">Saltelli base samples.</param>
/// <param name="Bootstrap">Bootstrap resamples.</param>
/// <param name="Threads">Worker threads per point.</param>
/// <param name="OutputDirectory">Output folder, or null for <c>output/&lt;experiment&gt;-&lt;method&gt;/</c>.</param>
/// <param name="Quiet">No progress bar and no table.</param>
public sealed record SensitivityRequest(string ExperimentPath, SensitivityMethod Method, IReadOnlyList<string> Outputs, string? Regime,
    int Trajectories, int BaseSamples, int Bootstrap, int Threads, string? OutputDirectory, bool Quiet);
