namespace Simulation.Experiments.Sensitivity;

/// <summary>How a sensitivity study samples and what it reports.</summary>
/// <param name="Method">Morris or Sobol.</param>
/// <param name="Outputs">Outputs analysed: outcome metric names (their mean at a point) or <c>win_&lt;project&gt;_&lt;region&gt;</c>.</param>
/// <param name="Regime">Regime mode whose results are analysed.</param>
/// <param name="Trajectories">Morris trajectories (≥ 2).</param>
/// <param name="Levels">Morris grid levels (even, ≥ 2).</param>
/// <param name="BaseSamples">Saltelli base samples N (the design has N·(k + 2) points).</param>
/// <param name="BootstrapResamples">Bootstrap resamples for the intervals.</param>
/// <param name="Seed">Seeds the Morris design and the bootstrap.</param>
public sealed record SensitivitySettings(
    SensitivityMethod Method,
    IReadOnlyList<string> Outputs,
    string Regime,
    int Trajectories,
    int Levels,
    int BaseSamples,
    int BootstrapResamples,
    ulong Seed);
