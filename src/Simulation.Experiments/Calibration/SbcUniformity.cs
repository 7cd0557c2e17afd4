using MathNet.Numerics.Distributions;

namespace Simulation.Experiments.Calibration;

/// <summary>
/// The statistics of simulation-based calibration (Talts et al. 2018) for a posterior held as weighted draws: where the
/// true value falls in the posterior (its probability integral transform, PIT), and whether those places are uniform over
/// many synthetic data sets, as they are when the posterior is calibrated. An overconfident posterior piles PITs at 0 and 1;
/// a biased one on one side.
/// </summary>
public static class SbcUniformity
{
    /// <summary>Returns the posterior probability below <paramref name="truth"/> (ties count half).</summary>
    /// <param name="draws">Posterior draws.</param>
    /// <param name="weights">Their weights (≥ 0, not all 0).</param>
    /// <param name="truth">The value the synthetic data were simulated with.</param>
    public static double Pit(IReadOnlyList<double> draws, IReadOnlyList<double> weights, double truth)
    {
        double below = 0, total = 0;
        for (var i = 0; i < draws.Count; i++)
        {
            total += weights[i];
            below += draws[i] < truth ? weights[i] : draws[i] == truth ? weights[i] / 2 : 0.0;
        }
        return total > 0 ? below / total : double.NaN;
    }

    /// <summary>Returns the χ² statistic of the PITs' counts in <paramref name="bins"/> equal bins and its p-value under
    /// uniformity (NaN when there are no PITs).</summary>
    public static (double ChiSquare, double PValue) Test(IReadOnlyList<double> pits, int bins = 10)
    {
        var defined = pits.Where(p => !double.IsNaN(p)).ToList();
        if (defined.Count == 0 || bins < 2)
        {
            return (double.NaN, double.NaN);
        }
        var counts = new int[bins];
        foreach (var p in defined)
        {
            counts[Math.Clamp((int)(p * bins), 0, bins - 1)]++;
        }
        var expected = (double)defined.Count / bins;
        var chi = counts.Sum(c => (c - expected) * (c - expected) / expected);
        return (chi, 1 - ChiSquared.CDF(bins - 1, chi));
    }
}
