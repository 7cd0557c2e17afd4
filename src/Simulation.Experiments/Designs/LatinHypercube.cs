using Simulation.Core.Randomness;

namespace Simulation.Experiments.Designs;

/// <summary>
/// A Latin hypercube sample in the unit hypercube: each factor's range is cut into n equal strata and every stratum is
/// used exactly once, so n points cover each factor's whole range (McKay, Beckman and Conover 1979).
/// </summary>
public static class LatinHypercube
{
    /// <summary>Returns <paramref name="points"/> points in [0, 1)^<paramref name="dimensions"/>, deterministic from <paramref name="seed"/>:
    /// per dimension a random permutation of the strata and a uniform position inside each stratum.</summary>
    public static double[][] Generate(int points, int dimensions, ulong seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(points, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(dimensions, 1);
        var random = RandomStream.ForReplication(seed, 0);
        var design = new double[points][];
        for (var p = 0; p < points; p++)
        {
            design[p] = new double[dimensions];
        }
        var strata = new int[points];
        for (var d = 0; d < dimensions; d++)
        {
            for (var i = 0; i < points; i++)
            {
                strata[i] = i;
            }
            for (var i = points - 1; i > 0; i--)
            {
                var j = (int)(random.NextDouble() * (i + 1));
                (strata[i], strata[j]) = (strata[j], strata[i]);
            }
            for (var p = 0; p < points; p++)
            {
                design[p][d] = (strata[p] + random.NextDouble()) / points;
            }
        }
        return design;
    }
}
