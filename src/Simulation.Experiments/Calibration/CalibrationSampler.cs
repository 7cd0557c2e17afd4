namespace Simulation.Experiments.Calibration;

/// <summary>How a calibration turns particles drawn from the priors into a posterior.</summary>
public enum CalibrationSampler
{
    /// <summary>Likelihood-tempered sequential Monte Carlo (<see cref="TemperedSmc"/>): stages of reweighting, resampling
    /// and pseudo-marginal moves; holds up when many parameters are uncertain.</summary>
    Tempered,

    /// <summary>Importance sampling from the priors and one resampling (<see cref="ImportanceResampling"/>): exact as the
    /// particles grow, but degenerate when the likelihood is narrow compared with the priors.</summary>
    Importance,
}
