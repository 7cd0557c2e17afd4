using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Simulation.Core.Numerics;

/// <summary>
/// The exponential and the natural logarithm computed four values side by side (<see cref="Vector256{T}"/>), one value being
/// one of the lanes, so a loop may run its problems four at a time and still give each one exactly the bits it would get
/// alone. Both are polynomials after a range reduction, with fused multiply-adds (correctly rounded on
/// every processor), and are within two units in the last place of the true value (tested against <see cref="Math"/>).
/// </summary>
/// <remarks>
/// e^x = 2^k·e^r with k = round(x / ln 2) and |r| ≤ ln 2 / 2, e^r by its Taylor polynomial of degree 13 (remainder below
/// 10⁻¹⁷); ln x = e·ln 2 + ln m with m in [√½, √2) and ln m = 2·atanh(s), s = (m − 1)/(m + 1), by its series to s²¹
/// (remainder below 10⁻¹⁸ of ln m).
/// </remarks>
public static class LaneMath
{
    private const double Log2E = 1.4426950408889634;
    private const double Ln2Hi = 0.6931471805599453; // the double nearest ln 2
    private const double Ln2Lo = 2.3190468138462996e-17; // ln 2 minus Ln2Hi
    private const double Shifter = 6755399441055744.0; // 1.5·2^52: adding it and taking it away rounds to an integer
    private const double ExpOverflow = 709.782712893384; // above: +∞
    private const double ExpUnderflow = -745.1332191019412; // below: 0
    private const double MinNormal = 2.2250738585072014E-308;
    private const double TwoTo54 = 18014398509481984.0;
    private const long SqrtHalfBits = 0x3FE6A09E667F3BCD; // √½, where the mantissa range [√½, √2) starts
    private const long ExponentBias = 1023;

    // 1/j! for j = 2..13: e^r = 1 + r + r²·Q(r).
    private const double Q0 = 1.0 / 2, Q1 = 1.0 / 6, Q2 = 1.0 / 24, Q3 = 1.0 / 120, Q4 = 1.0 / 720, Q5 = 1.0 / 5040;
    private const double Q6 = 1.0 / 40320, Q7 = 1.0 / 362880, Q8 = 1.0 / 3628800, Q9 = 1.0 / 39916800, Q10 = 1.0 / 479001600;
    private const double Q11 = 1.0 / 6227020800;

    // 1/(2k + 1) for k = 1..10: ln m = 2s + 2s·z·P(z) with z = s².
    private const double P0 = 1.0 / 3, P1 = 1.0 / 5, P2 = 1.0 / 7, P3 = 1.0 / 9, P4 = 1.0 / 11, P5 = 1.0 / 13, P6 = 1.0 / 15;
    private const double P7 = 1.0 / 17, P8 = 1.0 / 19, P9 = 1.0 / 21;

    /// <summary>Returns e^<paramref name="x"/>: the vector form in one lane, so that one value and four side by side are
    /// computed by the same operations.</summary>
    public static double Exp(double x) => Exp(Vector256.Create(x)).ToScalar();

    /// <summary>Returns e^x in each lane of <paramref name="x"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<double> Exp(Vector256<double> x)
    {
        var clamped = Vector256.ConditionalSelect(Vector256.GreaterThan(x, Vector256.Create(710.0)), Vector256.Create(710.0),
            Vector256.ConditionalSelect(Vector256.GreaterThanOrEqual(x, Vector256.Create(-746.0)), x, Vector256.Create(-746.0)));
        var shifter = Vector256.Create(Shifter);
        var k = Vector256.FusedMultiplyAdd(clamped, Vector256.Create(Log2E), shifter) - shifter;
        var r = Vector256.FusedMultiplyAdd(-k, Vector256.Create(Ln2Hi), clamped);
        r = Vector256.FusedMultiplyAdd(-k, Vector256.Create(Ln2Lo), r);
        var r2 = r * r;
        var r4 = r2 * r2;
        var r8 = r4 * r4;
        var b0 = Vector256.FusedMultiplyAdd(Fma(Q3, r, Q2), r2, Fma(Q1, r, Q0));
        var b1 = Vector256.FusedMultiplyAdd(Fma(Q7, r, Q6), r2, Fma(Q5, r, Q4));
        var b2 = Vector256.FusedMultiplyAdd(Fma(Q11, r, Q10), r2, Fma(Q9, r, Q8));
        var q = Vector256.FusedMultiplyAdd(b2, r8, Vector256.FusedMultiplyAdd(b1, r4, b0));
        var p = Vector256.Create(1.0) + Vector256.FusedMultiplyAdd(r2, q, r);
        var n = Vector256.ConvertToInt64(k);
        var half = Vector256.ShiftRightArithmetic(n, 1);
        var bias = Vector256.Create(ExponentBias);
        var scaled = p * Vector256.ShiftLeft(half + bias, 52).AsDouble() * Vector256.ShiftLeft(n - half + bias, 52).AsDouble();
        var special = Vector256.ConditionalSelect(Vector256.GreaterThan(x, Vector256.Create(ExpOverflow)), Vector256.Create(double.PositiveInfinity),
            Vector256.ConditionalSelect(Vector256.LessThan(x, Vector256.Create(ExpUnderflow)), Vector256<double>.Zero, x));
        var ordinary = Vector256.GreaterThanOrEqual(x, Vector256.Create(ExpUnderflow)) & Vector256.LessThanOrEqual(x, Vector256.Create(ExpOverflow));
        return Vector256.ConditionalSelect(ordinary, scaled, special);
    }

    /// <summary>Returns ln <paramref name="x"/> (−∞ at 0, NaN below): the vector form in one lane.</summary>
    public static double Log(double x) => Log(Vector256.Create(x)).ToScalar();

    /// <summary>Returns ln x in each lane of <paramref name="x"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<double> Log(Vector256<double> x)
    {
        var tiny = Vector256.LessThan(x, Vector256.Create(MinNormal));
        var bits = Vector256.ConditionalSelect(tiny, x * Vector256.Create(TwoTo54), x).AsInt64();
        var exponent = Vector256.ShiftRightArithmetic(bits - Vector256.Create(SqrtHalfBits), 52);
        var m = (bits - Vector256.ShiftLeft(exponent, 52)).AsDouble();
        var e = Vector256.ConvertToDouble(exponent - (tiny.AsInt64() & Vector256.Create(54L)));
        var f = m - Vector256<double>.One;
        var s = f / (Vector256.Create(2.0) + f);
        var z = s * s;
        var z2 = z * z;
        var z4 = z2 * z2;
        var z8 = z4 * z4;
        var b0 = Vector256.FusedMultiplyAdd(Fma(P3, z, P2), z2, Fma(P1, z, P0));
        var b1 = Vector256.FusedMultiplyAdd(Fma(P7, z, P6), z2, Fma(P5, z, P4));
        var p = Vector256.FusedMultiplyAdd(Fma(P9, z, P8), z8, Vector256.FusedMultiplyAdd(b1, z4, b0));
        var twoS = s + s;
        var logM = Vector256.FusedMultiplyAdd(twoS * z, p, twoS);
        var result = Vector256.FusedMultiplyAdd(e, Vector256.Create(Ln2Hi), Vector256.FusedMultiplyAdd(e, Vector256.Create(Ln2Lo), logM));
        var ordinary = Vector256.GreaterThan(x, Vector256<double>.Zero) & Vector256.LessThan(x, Vector256.Create(double.PositiveInfinity));
        var special = Vector256.ConditionalSelect(Vector256.Equals(x, Vector256<double>.Zero), Vector256.Create(double.NegativeInfinity),
            Vector256.ConditionalSelect(Vector256.GreaterThan(x, Vector256<double>.Zero), x, Vector256.Create(double.NaN)));
        return Vector256.ConditionalSelect(ordinary, result, special);
    }

    private static Vector256<double> Fma(double a, Vector256<double> x, double b) =>
        Vector256.FusedMultiplyAdd(Vector256.Create(a), x, Vector256.Create(b));
}
