namespace Simulation.Experiments.Sweeps;

/// <summary>The results of one design point under one regime mode: one row of the sweep's table.</summary>
/// <param name="Point">Design point index.</param>
/// <param name="Regime">Regime mode label.</param>
/// <param name="FactorValues">Factor values, in the experiment's order.</param>
/// <param name="Seed">The point's master seed.</param>
/// <param name="Replications">Replications run.</param>
/// <param name="Means">Mean of each metric (NaN when no replication had a value).</param>
/// <param name="CiLows">Lower end of each mean's 95 % Student-t interval.</param>
/// <param name="CiHighs">Upper end of each mean's 95 % Student-t interval.</param>
/// <param name="WinProbabilities">Win probability of each (project, region), projects outer.</param>
public sealed record SweepRow(
    int Point,
    string Regime,
    IReadOnlyList<double> FactorValues,
    ulong Seed,
    int Replications,
    IReadOnlyList<double> Means,
    IReadOnlyList<double> CiLows,
    IReadOnlyList<double> CiHighs,
    IReadOnlyList<double> WinProbabilities);
