using Simulation.Core.Regions;

namespace Simulation.Core.Signals;

/// <summary>
/// Standardised (z-score) attributes and indices, computed once per scenario, so criteria in different
/// units can be added and a weight means the same thing whatever the attribute.
/// </summary>
public sealed class StandardScores
{
    private readonly double[][] _attributes;
    private readonly double[][] _indices;

    /// <summary>Standardises every attribute and index across the given regions.</summary>
    public StandardScores(IReadOnlyList<Region> regions, int attributeCount, IReadOnlyList<CompositeIndex> indices)
    {
        _attributes = new double[attributeCount][];
        for (var a = 0; a < attributeCount; a++)
        {
            _attributes[a] = ZScores(regions.Select(r => r.Values[a]).ToArray());
        }

        _indices = new double[indices.Count][];
        for (var i = 0; i < indices.Count; i++)
        {
            var raw = new double[regions.Count];
            foreach (var component in indices[i].Components)
            {
                var values = regions.Select(r => component.Apply(r.Values[component.Attribute])).ToArray();
                var z = ZScores(values);
                var sign = component.LowerIsBetter ? -1.0 : 1.0;
                for (var r = 0; r < raw.Length; r++)
                {
                    raw[r] += sign * component.Weight * z[r];
                }
            }
            _indices[i] = ZScores(raw);
        }
    }

    /// <summary>Returns the standardised value of a static signal for one region.</summary>
    public double Of(Signal signal, int region) => signal.Kind switch
    {
        SignalKind.Attribute => _attributes[signal.Index][region],
        SignalKind.Index => _indices[signal.Index][region],
        _ => throw new ArgumentException($"{signal.Kind} is not a static signal.", nameof(signal)),
    };

    /// <summary>Returns the standardised attribute values (population standard deviation; all zero when the attribute is constant).</summary>
    public ReadOnlySpan<double> Attribute(int attribute) => _attributes[attribute];

    /// <summary>Returns the standardised index values.</summary>
    public ReadOnlySpan<double> Index(int index) => _indices[index];

    /// <summary>Returns z-scores with the population standard deviation; a constant input gives zeros.</summary>
    public static double[] ZScores(IReadOnlyList<double> values)
    {
        var n = values.Count;
        var mean = values.Sum() / n;
        var variance = values.Sum(v => (v - mean) * (v - mean)) / n;
        var sd = Math.Sqrt(variance);
        var z = new double[n];
        if (sd < 1e-12)
        {
            return z;
        }
        for (var i = 0; i < n; i++)
        {
            z[i] = (values[i] - mean) / sd;
        }
        return z;
    }
}
