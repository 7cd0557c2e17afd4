using Simulation.Experiments.Calibration;

namespace Simulation.Output.Calibration;

/// <summary>A row of <c>sbc.csv</c>: the PIT of <paramref name="Parameter"/> in synthetic record <paramref name="Record"/>.</summary>
/// <param name="Record">The synthetic record, 0-based.</param>
/// <param name="Parameter">The parameter, with its PIT in every record.</param>
public readonly record struct SbcPit(int Record, SbcParameter Parameter);
