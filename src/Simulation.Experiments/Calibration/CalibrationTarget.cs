namespace Simulation.Experiments.Calibration;

/// <summary>One factor of the record's likelihood: a competition's log score given the record before it.</summary>
/// <param name="Name">Column name, for example <c>ln_p_maglev</c>.</param>
/// <param name="Description">What it measures.</param>
/// <param name="Chance">The same log score under chance among the real bids, for reference.</param>
public sealed record CalibrationTarget(string Name, string Description, double Chance);
