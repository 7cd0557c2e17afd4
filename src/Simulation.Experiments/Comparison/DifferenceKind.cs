namespace Simulation.Experiments.Comparison;

/// <summary>What a paired difference is of, so readers of a comparison pick rows by kind rather than by a string.</summary>
public enum DifferenceKind
{
    /// <summary>An outcome metric (Gini, rent dissipation, …).</summary>
    Metric,

    /// <summary>A region's probability of winning a project.</summary>
    Win,
}
