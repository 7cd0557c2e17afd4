namespace Simulation.Experiments.Sensitivity;

/// <summary>Which global sensitivity analysis to run.</summary>
public enum SensitivityMethod
{
    /// <summary>Morris elementary effects: cheap screening of which factors matter.</summary>
    Morris,

    /// <summary>Sobol first-order and total indices with Saltelli sampling: how much of the variance each factor explains.</summary>
    Sobol,
}
