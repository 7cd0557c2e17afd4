using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Simulation.Core.Numerics;

/// <summary>
/// Exponentials and logarithms of many values at once, eight to a vector: a replication's time goes mostly into these, and
/// the processor computes eight in about the time of one scalar call. Every value, a lone one included, goes through the
/// same vector code, so a result does not depend on where the value sits or how many are computed with it (the results
/// agree with <see cref="Math.Exp"/> and <see cref="Math.Log(double)"/> to a few units in the last place, not bit for bit).
/// </summary>
public static class BatchMath
{
    /// <summary>Values per vector.</summary>
    public const int Width = 8;

    private const double ExpFastLimit = 708.0;

    /// <summary>Writes e^x of every x into <paramref name="result"/> (which may be <paramref name="x"/> itself).</summary>
    public static void Exp(ReadOnlySpan<double> x, Span<double> result)
    {
        var i = 0;
        for (; i + Width <= x.Length; i += Width)
        {
            Exp(Load(x, i)).StoreUnsafe(ref result[i]);
        }
        if (i < x.Length)
        {
            StoreTail(Exp(LoadTail(x[i..])), result[i..x.Length]);
        }
    }

    /// <summary>Writes ln x of every x into <paramref name="result"/> (which may be <paramref name="x"/> itself).</summary>
    public static void Log(ReadOnlySpan<double> x, Span<double> result)
    {
        var i = 0;
        for (; i + Width <= x.Length; i += Width)
        {
            Log(Load(x, i)).StoreUnsafe(ref result[i]);
        }
        if (i < x.Length)
        {
            StoreTail(Log(LoadTail(x[i..])), result[i..x.Length]);
        }
    }

    /// <summary>e^x of one value, by the same vector code as the batches.</summary>
    public static double Exp(double x) => Exp(Vector512.CreateScalarUnsafe(x)).ToScalar();

    /// <summary>ln x of one value, by the same vector code as the batches.</summary>
    public static double Log(double x) => Log(Vector512.CreateScalarUnsafe(x)).ToScalar();

    /// <summary>e^x lane by lane.</summary>
    /// <remarks>The runtime's vector exponential handles a vector with any lane beyond ±708 (or NaN) one lane at a time, about
    /// twenty times slower; such lanes are rare here (a probability of e^−708 is 0 to the model), so they are computed on
    /// their own and the rest of the vector stays fast.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<double> Exp(Vector512<double> x)
    {
        var limit = Vector512.Create(ExpFastLimit);
        var abs = Vector512.Abs(x);
        return Vector512.LessThanOrEqualAll(abs, limit) ? Vector512.Exp(x) : ExpOutOfRange(x, Vector512.LessThanOrEqual(abs, limit));
    }

    /// <summary>ln x lane by lane.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<double> Log(Vector512<double> x) => Vector512.Log(x);

    /// <summary>The logistic function 1 / (1 + e^−x) lane by lane, computed without overflow on either side (as
    /// <see cref="Logit.Probability"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<double> Logistic(Vector512<double> x)
    {
        var t = Exp(-Vector512.Abs(x));
        var one = Vector512<double>.One;
        return Vector512.ConditionalSelect(Vector512.GreaterThanOrEqual(x, Vector512<double>.Zero), one / (one + t), t / (one + t));
    }

    // The lanes beyond the fast range, each by the scalar exponential (exact there: 0, ∞, NaN or the far tails).
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Vector512<double> ExpOutOfRange(Vector512<double> x, Vector512<double> inRange)
    {
        Span<double> lanes = stackalloc double[Width];
        Vector512.Exp(Vector512.ConditionalSelect(inRange, x, Vector512<double>.Zero)).CopyTo(lanes);
        for (var i = 0; i < Width; i++)
        {
            if ((inRange.ExtractMostSignificantBits() & (1UL << i)) == 0)
            {
                lanes[i] = Math.Exp(x[i]);
            }
        }
        return Vector512.Create<double>(lanes);
    }

    /// <summary>Eight values from <paramref name="x"/> at <paramref name="start"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<double> Load(ReadOnlySpan<double> x, int start) => Vector512.LoadUnsafe(ref Unsafe.AsRef(in x[start]));

    /// <summary>Up to eight values, the missing lanes filled with <paramref name="padding"/>.</summary>
    public static Vector512<double> LoadTail(ReadOnlySpan<double> x, double padding = 0.0)
    {
        Span<double> lanes = stackalloc double[Width];
        lanes.Fill(padding);
        x[..Math.Min(x.Length, Width)].CopyTo(lanes);
        return Vector512.Create<double>(lanes);
    }

    /// <summary>Writes the first <c>target.Length</c> lanes (at most eight) of <paramref name="v"/>.</summary>
    public static void StoreTail(Vector512<double> v, Span<double> target)
    {
        Span<double> lanes = stackalloc double[Width];
        v.CopyTo(lanes);
        lanes[..target.Length].CopyTo(target);
    }
}
