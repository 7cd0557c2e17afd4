using System.Globalization;
using MathNet.Numerics.Distributions;
using Simulation.Experiments.Sweeps;

namespace Simulation.Experiments.Calibration;

/// <summary>
/// A parameter a scenario marks as uncertain, with its prior: the sourced number at <paramref name="Path"/> carries
/// <c>"prior": { "distribution": "uniform", "min": a, "max": b }</c> or <c>{ "distribution": "normal", "mean": m, "sd": s,
/// "min": a, "max": b }</c> (a normal truncated to [a, b], so every draw is a value the scenario accepts).
/// </summary>
/// <param name="Name">Column and file name derived from the path (<c>regimes_roh_tilt_equity_weight</c>).</param>
/// <param name="Path">Where the number is, in <see cref="ParameterPath"/> syntax.</param>
/// <param name="Distribution">Uniform or truncated normal.</param>
/// <param name="Min">Lower end of the support.</param>
/// <param name="Max">Upper end of the support (≥ <paramref name="Min"/>).</param>
/// <param name="Mean">Mean of the untruncated normal (NaN for a uniform prior).</param>
/// <param name="Sd">Standard deviation of the untruncated normal (NaN for a uniform prior).</param>
/// <param name="ScenarioValue">The value the scenario gives the parameter.</param>
public sealed record Prior(string Name, ParameterPath Path, PriorDistribution Distribution, double Min, double Max, double Mean, double Sd, double ScenarioValue)
{
    /// <summary>Returns the prior's quantile at <paramref name="u"/> in [0, 1): the draw that one uniform number gives, so
    /// each parameter of each particle costs exactly one draw from its stream.</summary>
    public double Quantile(double u)
    {
        if (Distribution == PriorDistribution.Uniform || Max == Min)
        {
            return Min + (u * (Max - Min));
        }
        var low = Normal.CDF(Mean, Sd, Min);
        var high = Normal.CDF(Mean, Sd, Max);
        var x = high > low ? Normal.InvCDF(Mean, Sd, low + (u * (high - low))) : (Min + Max) / 2;
        return Math.Clamp(x, Min, Max);
    }

    /// <summary>Returns the prior's distribution function at <paramref name="x"/>: the uniform number whose
    /// <see cref="Quantile"/> is <paramref name="x"/> (0.5 for a prior with no width).</summary>
    public double Cdf(double x)
    {
        if (Max == Min)
        {
            return 0.5;
        }
        if (Distribution == PriorDistribution.Uniform)
        {
            return Math.Clamp((x - Min) / (Max - Min), 0.0, 1.0);
        }
        var low = Normal.CDF(Mean, Sd, Min);
        var high = Normal.CDF(Mean, Sd, Max);
        return high > low ? Math.Clamp((Normal.CDF(Mean, Sd, x) - low) / (high - low), 0.0, 1.0) : 0.5;
    }

    /// <summary>Returns <paramref name="x"/> as a standard normal coordinate, Φ⁻¹(<see cref="Cdf"/>(x)): in these coordinates
    /// every prior is a standard normal, so one random-walk proposal fits parameters of any scale and support.</summary>
    public double ToStandardNormal(double x) => Normal.InvCDF(0, 1, Math.Clamp(Cdf(x), EdgeProbability, 1 - EdgeProbability));

    /// <summary>Returns the parameter value at standard normal coordinate <paramref name="z"/>: the inverse of <see cref="ToStandardNormal"/>.</summary>
    public double FromStandardNormal(double z) => Quantile(Math.Clamp(Normal.CDF(0, 1, z), 0.0, 1.0));

    // Keeps a value at the edge of the support at a finite coordinate (about ±7.9).
    private const double EdgeProbability = 1e-15;

    /// <summary>The prior's mean: the midpoint of a uniform, the mean of the truncated normal.</summary>
    public double PriorMean
    {
        get
        {
            if (Distribution == PriorDistribution.Uniform)
            {
                return (Min + Max) / 2;
            }
            var a = (Min - Mean) / Sd;
            var b = (Max - Mean) / Sd;
            var mass = Normal.CDF(0, 1, b) - Normal.CDF(0, 1, a);
            return mass > 0 ? Mean + (Sd * (Normal.PDF(0, 1, a) - Normal.PDF(0, 1, b)) / mass) : (Min + Max) / 2;
        }
    }

    /// <summary>The prior's standard deviation: range/√12 for a uniform; for the truncated normal, the exact value
    /// σ²(1 + (aφ(a) − bφ(b))/Z − ((φ(a) − φ(b))/Z)²) with a, b the standardised ends and Z the mass between them.</summary>
    public double StandardDeviation
    {
        get
        {
            if (Distribution == PriorDistribution.Uniform || Max == Min)
            {
                return (Max - Min) / Math.Sqrt(12);
            }
            var a = (Min - Mean) / Sd;
            var b = (Max - Mean) / Sd;
            var mass = Normal.CDF(0, 1, b) - Normal.CDF(0, 1, a);
            if (!(mass > 0))
            {
                return (Max - Min) / Math.Sqrt(12);
            }
            var (pa, pb) = (Normal.PDF(0, 1, a), Normal.PDF(0, 1, b));
            var shift = (pa - pb) / mass;
            var aTerm = double.IsInfinity(a) ? 0.0 : a * pa;
            var bTerm = double.IsInfinity(b) ? 0.0 : b * pb;
            return Sd * Math.Sqrt(Math.Max(0.0, 1 + ((aTerm - bTerm) / mass) - (shift * shift)));
        }
    }

    /// <summary>Returns the prior in words, for reports: <c>uniform [0, 1]</c> or <c>normal(0.5, 0.2) on [0, 1]</c>.</summary>
    public string Describe() => Distribution == PriorDistribution.Uniform
        ? $"uniform [{G(Min)}, {G(Max)}]"
        : $"normal({G(Mean)}, {G(Sd)}) on [{G(Min)}, {G(Max)}]";

    private static string G(double x) => x.ToString("G6", CultureInfo.InvariantCulture);
}
