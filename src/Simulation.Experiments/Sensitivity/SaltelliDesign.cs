using Simulation.Experiments.Designs;

namespace Simulation.Experiments.Sensitivity;

/// <summary>
/// Saltelli's sampling scheme for first-order and total Sobol indices (Saltelli 2002; Saltelli et al. 2010): two base
/// matrices A and B of N rows, and for each factor i the matrix A_B^(i), which is A with column i taken from B. Costs
/// N(k + 2) model runs. Points lie in the unit hypercube [0, 1)^k; callers scale them to their factors' ranges.
/// </summary>
public sealed record SaltelliDesign
{
    /// <summary>Largest number of factors: A and B take one Sobol dimension per factor each.</summary>
    public const int MaxFactors = SobolSequence.MaxDimensions / 2;

    private SaltelliDesign(int factors, int baseSamples, IReadOnlyList<IReadOnlyList<double>> points)
    {
        Factors = factors;
        BaseSamples = baseSamples;
        Points = points;
    }

    /// <summary>Number of factors k.</summary>
    public int Factors { get; }

    /// <summary>Number of base samples N (rows of A and of B).</summary>
    public int BaseSamples { get; }

    /// <summary>The N(k + 2) points to evaluate, in blocks of N rows: A, then B, then A_B^(0), …, A_B^(k − 1).
    /// Use <see cref="RowOfA"/>, <see cref="RowOfB"/> and <see cref="RowOfAB"/> rather than the layout itself.</summary>
    public IReadOnlyList<IReadOnlyList<double>> Points { get; }

    /// <summary>Returns the index in <see cref="Points"/> of row <paramref name="sample"/> of A.</summary>
    public int RowOfA(int sample) => Checked(sample);

    /// <summary>Returns the index in <see cref="Points"/> of row <paramref name="sample"/> of B.</summary>
    public int RowOfB(int sample) => BaseSamples + Checked(sample);

    /// <summary>Returns the index in <see cref="Points"/> of row <paramref name="sample"/> of A_B^(<paramref name="factor"/>).</summary>
    public int RowOfAB(int factor, int sample)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(factor);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(factor, Factors);
        return ((2 + factor) * BaseSamples) + Checked(sample);
    }

    /// <summary>
    /// Returns the design for <paramref name="factors"/> factors and <paramref name="baseSamples"/> base samples. Row j
    /// of A is the first k coordinates and row j of B the last k coordinates of point j + 1 of the 2k-dimensional
    /// <see cref="SobolSequence"/> (the origin is skipped). Deterministic: there is no seed.
    /// </summary>
    /// <param name="factors">Number of factors k (1 to <see cref="MaxFactors"/>).</param>
    /// <param name="baseSamples">Base samples N (≥ 2); a power of two keeps the Sobol points balanced, and 2^10 to 2^14 is usual.</param>
    public static SaltelliDesign Create(int factors, int baseSamples)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(factors, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(factors, MaxFactors);
        ArgumentOutOfRangeException.ThrowIfLessThan(baseSamples, 2);
        var sobol = SobolSequence.Generate(baseSamples, 2 * factors);
        var points = new IReadOnlyList<double>[baseSamples * (factors + 2)];
        for (var j = 0; j < baseSamples; j++)
        {
            var a = sobol[j].AsSpan(0, factors);
            var b = sobol[j].AsSpan(factors, factors);
            points[j] = a.ToArray();
            points[baseSamples + j] = b.ToArray();
            for (var i = 0; i < factors; i++)
            {
                var mixed = a.ToArray();
                mixed[i] = b[i];
                points[((2 + i) * baseSamples) + j] = mixed;
            }
        }
        return new SaltelliDesign(factors, baseSamples, points);
    }

    private int Checked(int sample)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(sample);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(sample, BaseSamples);
        return sample;
    }
}
