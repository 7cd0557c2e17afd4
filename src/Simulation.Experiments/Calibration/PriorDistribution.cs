namespace Simulation.Experiments.Calibration;

/// <summary>The shape of a parameter's prior in a scenario file (<c>"prior": { "distribution": ... }</c>).</summary>
public enum PriorDistribution
{
    /// <summary>Uniform on [min, max].</summary>
    Uniform,

    /// <summary>Normal with the given mean and standard deviation, truncated to [min, max].</summary>
    Normal,
}
