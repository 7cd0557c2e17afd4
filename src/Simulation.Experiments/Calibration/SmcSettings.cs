namespace Simulation.Experiments.Calibration;

/// <summary>How <see cref="TemperedSmc"/> moves from the priors to the posterior.</summary>
/// <param name="MovesPerStage">Metropolis–Hastings moves of every particle after each resampling (≥ 1): more moves, less
/// duplication of the particles that survive a stage.</param>
/// <param name="EssFraction">Each stage raises the temperature as far as keeps the effective sample size of the new weights
/// at this fraction of the particles (in (0, 1)); 0.5 is the usual choice.</param>
/// <param name="Seed">Seed of the resampling, the proposals and the proposals' replications.</param>
public sealed record SmcSettings(int MovesPerStage, double EssFraction, ulong Seed)
{
    /// <summary>Throws when a setting is out of range.</summary>
    public void Validate()
    {
        if (MovesPerStage < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MovesPerStage), MovesPerStage, "must be at least 1");
        }
        if (!(EssFraction > 0 && EssFraction < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(EssFraction), EssFraction, "must be between 0 and 1");
        }
    }
}
