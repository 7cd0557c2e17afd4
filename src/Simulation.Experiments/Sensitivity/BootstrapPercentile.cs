using MathNet.Numerics.Statistics;
using Simulation.Core.Randomness;

namespace Simulation.Experiments.Sensitivity;

/// <summary>Shared pieces of the nonparametric bootstrap (Efron and Tibshirani 1993): resampling with replacement and
/// the percentile interval, so Morris and Sobol intervals are computed the same way.</summary>
internal static class BootstrapPercentile
{
    /// <summary>Fills <paramref name="indices"/> with draws from 0 … <paramref name="count"/> − 1 with replacement, taken
    /// from the stream of replicate <paramref name="resample"/> so each resample is a pure function of the seed.</summary>
    public static void Draw(Span<int> indices, int count, ulong seed, int resample)
    {
        var random = RandomStream.ForReplication(seed, resample);
        for (var i = 0; i < indices.Length; i++)
        {
            indices[i] = Math.Min(count - 1, (int)(random.NextDouble() * count));
        }
    }

    /// <summary>Returns the (1 − confidence)/2 and (1 + confidence)/2 quantiles of the bootstrap estimates, with
    /// MathNet's <see cref="QuantileDefinition.R7"/>; both are NaN when there are no estimates.</summary>
    public static (double Low, double High) Interval(double[] estimates, double confidence)
    {
        if (estimates.Length == 0)
        {
            return (double.NaN, double.NaN);
        }
        var sorted = (double[])estimates.Clone();
        Array.Sort(sorted);
        var tail = (1 - confidence) / 2;
        return (SortedArrayStatistics.QuantileCustom(sorted, tail, QuantileDefinition.R7),
            SortedArrayStatistics.QuantileCustom(sorted, 1 - tail, QuantileDefinition.R7));
    }

    /// <summary>Throws unless the resample count is ≥ 0 and the confidence level lies strictly between 0 and 1.</summary>
    public static void Validate(int bootstrapResamples, double confidence)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(bootstrapResamples);
        if (!(confidence > 0 && confidence < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(confidence), confidence, "must lie strictly between 0 and 1");
        }
    }
}
