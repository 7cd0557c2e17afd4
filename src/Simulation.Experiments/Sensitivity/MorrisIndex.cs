namespace Simulation.Experiments.Sensitivity;

/// <summary>Morris screening measures of one factor: how much it matters (μ*) and how non-linear or interacting its
/// effect is (σ). All are in output units per unit of the factor's [0, 1] range.</summary>
/// <param name="Factor">Zero-based factor index, in the design's column order.</param>
/// <param name="Mu">Mean elementary effect μ (Morris 1991); effects of opposite sign cancel in it.</param>
/// <param name="MuStar">Mean absolute elementary effect μ* (Campolongo et al. 2007), the ranking measure.</param>
/// <param name="Sigma">Sample standard deviation (n − 1) of the elementary effects; 0 for a factor with a linear, additive effect.</param>
/// <param name="MuStarCiLow">Lower end of the bootstrap percentile interval of μ* over trajectories (NaN without resamples).</param>
/// <param name="MuStarCiHigh">Upper end of the bootstrap percentile interval of μ* over trajectories (NaN without resamples).</param>
public sealed record MorrisIndex(int Factor, double Mu, double MuStar, double Sigma, double MuStarCiLow, double MuStarCiHigh);
