namespace Simulation.Experiments.Calibration;

/// <summary>
/// Rejection approximate Bayesian computation (Pritchard et al. 1999; Beaumont et al. 2002): draw parameters from the
/// prior, simulate summaries, keep the draws whose summaries fall closest to the observed ones. The kept draws are a
/// sample from the prior conditioned on a distance below ε, which approaches the posterior as ε → 0 and the summaries
/// approach sufficiency.
/// </summary>
public static class RejectionAbc
{
    /// <summary>Returns the Euclidean distance between simulated and observed summaries (NaN in either counts as infinitely far).</summary>
    public static double Distance(IReadOnlyList<double> simulated, IReadOnlyList<double> observed)
    {
        if (simulated.Count != observed.Count)
        {
            throw new ArgumentException("simulated and observed summaries differ in length", nameof(simulated));
        }
        var sum = 0.0;
        for (var i = 0; i < simulated.Count; i++)
        {
            var d = simulated[i] - observed[i];
            sum += d * d;
        }
        return double.IsNaN(sum) ? double.PositiveInfinity : Math.Sqrt(sum);
    }

    /// <summary>Returns the accepted particles: the <paramref name="quantile"/> share closest to the data (at least one), or,
    /// when <paramref name="epsilon"/> is given, every particle within it. Ties are broken by particle index, so the
    /// result does not depend on the order the particles finished in.</summary>
    /// <param name="particles">Every particle simulated.</param>
    /// <param name="quantile">Share to accept, in (0, 1]; ignored when <paramref name="epsilon"/> is given.</param>
    /// <param name="epsilon">Absolute tolerance on the distance, or null to accept by quantile.</param>
    public static AbcPosterior Accept(IReadOnlyList<Particle> particles, double quantile, double? epsilon = null)
    {
        if (epsilon is null && !(quantile > 0 && quantile <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(quantile), quantile, "must be in (0, 1]");
        }
        var sorted = particles.Where(p => !double.IsNaN(p.Distance)).OrderBy(p => p.Distance).ThenBy(p => p.Index).ToList();
        var accepted = epsilon is { } e
            ? sorted.TakeWhile(p => p.Distance <= e).ToList()
            : sorted.Take(Math.Max(1, (int)Math.Round(quantile * particles.Count, MidpointRounding.AwayFromZero))).ToList();
        return new AbcPosterior(accepted, particles.Count, accepted.Count > 0 ? accepted[^1].Distance : double.NaN);
    }
}
