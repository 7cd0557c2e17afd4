namespace Simulation.Experiments.Sweeps;

/// <summary>How an experiment spreads its points over the factors' ranges.</summary>
public enum DesignKind
{
    /// <summary>Every combination of the factors' levels.</summary>
    Grid,

    /// <summary>A Latin hypercube: every factor's range cut into as many strata as points, each used once.</summary>
    LatinHypercube,

    /// <summary>A Sobol low-discrepancy sequence.</summary>
    Sobol,
}
