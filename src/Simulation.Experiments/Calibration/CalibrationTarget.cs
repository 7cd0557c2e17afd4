namespace Simulation.Experiments.Calibration;

/// <summary>One summary statistic the calibration matches: its simulated value is compared with <paramref name="Observed"/>.</summary>
/// <param name="Name">Column name, for example <c>p_maglev</c>.</param>
/// <param name="Description">What it measures.</param>
/// <param name="Observed">The value in the historical record.</param>
public sealed record CalibrationTarget(string Name, string Description, double Observed);
