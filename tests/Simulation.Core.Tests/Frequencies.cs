namespace Simulation.Core.Tests;

/// <summary>Checks of simulated frequencies against the probabilities they estimate.</summary>
internal static class Frequencies
{
    /// <summary>Asserts that <paramref name="observed"/>, a share of <paramref name="trials"/> independent trials, is within five
    /// binomial standard errors of <paramref name="expected"/>.</summary>
    public static void AssertClose(double expected, double observed, int trials, string what = "")
    {
        var se = Math.Sqrt(expected * (1 - expected) / trials);
        Assert.True(Math.Abs(observed - expected) <= (5 * se) + 1e-12, $"{what}: observed {observed:F4}, expected {expected:F4} (se {se:F4})");
    }

    /// <summary>Asserts each share of <paramref name="counts"/> against <paramref name="expected"/>, as <see cref="AssertClose(double, double, int, string)"/>.</summary>
    public static void AssertClose(double[] expected, IReadOnlyList<int> counts)
    {
        var trials = counts.Sum();
        for (var i = 0; i < expected.Length; i++)
        {
            AssertClose(expected[i], (double)counts[i] / trials, trials, $"entry {i}");
        }
    }

    /// <summary>Asserts that two lists of numbers have the same length and agree entry by entry within <paramref name="tolerance"/>.</summary>
    public static void AssertNear(IReadOnlyList<double> expected, IReadOnlyList<double> actual, double tolerance = 1e-9)
    {
        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.True(Math.Abs(expected[i] - actual[i]) <= tolerance, $"entry {i}: expected {expected[i]}, actual {actual[i]}");
        }
    }

    /// <summary>Mean and population standard deviation.</summary>
    public static (double Mean, double Sd) Moments(IReadOnlyCollection<double> values)
    {
        var mean = values.Average();
        return (mean, Math.Sqrt(values.Select(v => (v - mean) * (v - mean)).Average()));
    }
}
