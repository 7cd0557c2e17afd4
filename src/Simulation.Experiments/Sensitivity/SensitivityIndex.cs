namespace Simulation.Experiments.Sensitivity;

/// <summary>Which index a row of <c>sensitivity.csv</c> holds; <see cref="SensitivityIndexes.Name(SensitivityIndex)"/> gives its column value.</summary>
public enum SensitivityIndex
{
    /// <summary>Morris μ: the mean elementary effect (signed).</summary>
    Mu,

    /// <summary>Morris μ*: the mean absolute elementary effect, the screening measure.</summary>
    MuStar,

    /// <summary>Morris σ: the spread of the elementary effects (non-linearity or interaction).</summary>
    Sigma,

    /// <summary>Sobol first-order index: the share of variance the factor explains alone.</summary>
    First,

    /// <summary>Sobol total index: the share with all its interactions.</summary>
    Total,
}
