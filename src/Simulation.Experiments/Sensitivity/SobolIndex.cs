namespace Simulation.Experiments.Sensitivity;

/// <summary>Variance-based sensitivity of the output to one factor: the share of output variance it explains alone
/// (first order) and with all its interactions (total). Sampling error can push estimates slightly outside [0, 1].</summary>
/// <param name="Factor">Zero-based factor index, in the design's column order.</param>
/// <param name="First">First-order index S_i (Saltelli et al. 2010 estimator).</param>
/// <param name="FirstCiLow">Lower end of the bootstrap percentile interval of S_i (NaN without resamples).</param>
/// <param name="FirstCiHigh">Upper end of the bootstrap percentile interval of S_i (NaN without resamples).</param>
/// <param name="Total">Total index S_Ti (Jansen 1999 estimator); S_Ti − S_i measures the factor's interactions.</param>
/// <param name="TotalCiLow">Lower end of the bootstrap percentile interval of S_Ti (NaN without resamples).</param>
/// <param name="TotalCiHigh">Upper end of the bootstrap percentile interval of S_Ti (NaN without resamples).</param>
public sealed record SobolIndex(int Factor, double First, double FirstCiLow, double FirstCiHigh, double Total, double TotalCiLow, double TotalCiHigh);
