using System.Globalization;
using Simulation.Experiments.Sensitivity;

namespace Simulation.Application.Sensitivity;

/// <summary>
/// What a Sobol study can be given, checked before it plans its points: Saltelli's design takes two dimensions of the Sobol
/// sequence per factor, so at most <see cref="SaltelliDesign.MaxFactors"/> factors, and it holds its N(k + 2) points of k
/// coordinates in memory, so a design larger than this machine's memory is refused rather than left to fail after minutes.
/// </summary>
public static class SobolDesignSize
{
    /// <summary>The share of the memory the runtime may use that a design may take.</summary>
    public const double MemoryShare = 0.5;

    /// <summary>Bytes a design of <paramref name="factors"/> factors and <paramref name="baseSamples"/> base samples holds:
    /// each point an array of k doubles and its header, and its place in the list.</summary>
    public static double Bytes(int factors, int baseSamples) => (double)baseSamples * (factors + 2) * ((8.0 * factors) + 32 + 8);

    /// <summary>Throws <see cref="OptionValueException"/> for more factors than the design takes, or a design that would not
    /// fit in memory, naming what to do instead.</summary>
    /// <param name="factors">Factors k.</param>
    /// <param name="baseSamples">Base samples N.</param>
    /// <param name="what">What the factors are ("factors", "priors"), for the message.</param>
    public static void Check(int factors, int baseSamples, string what) =>
        Check(factors, baseSamples, what, GC.GetGCMemoryInfo().TotalAvailableMemoryBytes);

    /// <summary>Checks as <see cref="Check(int, int, string)"/> does, against <paramref name="memoryBytes"/> of memory the
    /// process may use.</summary>
    public static void Check(int factors, int baseSamples, string what, double memoryBytes)
    {
        if (factors > SaltelliDesign.MaxFactors)
        {
            throw new OptionValueException("--method", FormattableString.Invariant(
                $"--method sobol takes at most {SaltelliDesign.MaxFactors} factors (Saltelli's design uses two Sobol dimensions for each, of the sequence's 256), and this study has {factors} {what}: screen them with --method morris, then run Sobol on an experiment of the few that matter."));
        }
        var bytes = Bytes(factors, baseSamples);
        var available = memoryBytes * MemoryShare;
        if (bytes > available)
        {
            var points = ((long)baseSamples * (factors + 2)).ToString("N0", CultureInfo.InvariantCulture);
            throw new OptionValueException("--base-samples", FormattableString.Invariant(
                $"--base-samples {baseSamples} with {factors} {what} makes {points} design points, which take about {bytes / (1 << 30):0.0} GiB of memory, more than half of what this machine gives the process ({available / MemoryShare / (1 << 30):0.0} GiB): use fewer base samples, or fewer factors."));
        }
    }
}
