namespace Simulation.Core.Randomness;

/// <summary>
/// Layers of the ziggurat method for standard normal draws (Marsaglia and Tsang 2000), in Doornik's (2005) form with
/// 128 layers of equal area. About 98.8 % of draws need one 64-bit random number, one multiplication and one comparison,
/// where Box–Muller needs a logarithm, a square root and a cosine; the rest fall in a wedge or the tail and are settled
/// by rejection, which keeps the draws exactly normal.
/// </summary>
internal static class NormalZiggurat
{
    /// <summary>Number of layers.</summary>
    public const int Layers = 128;

    /// <summary>Start of the tail: the right edge of the lowest rectangle's normal part.</summary>
    public const double TailStart = 3.442619855899;

    /// <summary>Area of each layer, V.</summary>
    private const double LayerArea = 9.91256303526217e-3;

    /// <summary>Right edges x_0 … x_128 of the layers (x_0 = V / f(R) for the base layer, which includes the tail;
    /// x_128 = 0).</summary>
    public static ReadOnlySpan<double> Edge => EdgeTable;

    /// <summary>x_{i+1} / x_i: a draw u·x_i with |u| below this ratio lies inside the density.</summary>
    public static ReadOnlySpan<double> InnerRatio => InnerRatioTable;

    // Built once and read only through the spans above: every stream of every thread draws from the same tables, which nothing
    // may change.
    private static readonly double[] EdgeTable = BuildEdges();
    private static readonly double[] InnerRatioTable = BuildRatios(EdgeTable);

    private static double[] BuildEdges()
    {
        var x = new double[Layers + 1];
        var f = Math.Exp(-0.5 * TailStart * TailStart);
        x[0] = LayerArea / f;
        x[1] = TailStart;
        x[Layers] = 0.0;
        for (var i = 2; i < Layers; i++)
        {
            x[i] = Math.Sqrt(-2.0 * Math.Log((LayerArea / x[i - 1]) + f));
            f = Math.Exp(-0.5 * x[i] * x[i]);
        }
        return x;
    }

    private static double[] BuildRatios(double[] x)
    {
        var r = new double[Layers];
        for (var i = 0; i < Layers; i++)
        {
            r[i] = x[i + 1] / x[i];
        }
        return r;
    }
}
