using System.Globalization;
using System.Numerics;

namespace Simulation.Experiments.Designs;

/// <summary>
/// Sobol's low-discrepancy sequence in [0, 1)^d, unscrambled, generated in Gray-code order (Antonov and Saleev 1979;
/// Bratley and Fox 1988, ACM TOMS Algorithm 659) so each point costs one XOR per dimension. The first 2^m points fill
/// every dyadic interval of each coordinate evenly, which is why quasi-Monte Carlo sensitivity estimates converge faster
/// than random sampling.
/// </summary>
/// <remarks>
/// Direction numbers: the first <see cref="MaxDimensions"/> dimensions of S. Joe and F. Y. Kuo's set
/// "new-joe-kuo-6.21201" (Joe and Kuo 2008, "Constructing Sobol sequences with better two-dimensional projections",
/// SIAM J. Sci. Comput. 30, 2635-2654; https://web.maths.unsw.edu.au/~fkuo/sobol/), shipped as the embedded resource
/// <c>SobolDirectionNumbers.txt</c>. Dimension 1 is the van der Corput sequence. The points equal those of
/// <c>scipy.stats.qmc.Sobol(d, scramble=False)</c> except that the origin, scipy's first point, is skipped: the first
/// call to <see cref="Next"/> returns (0.5, 0.5, …).
/// </remarks>
public sealed class SobolSequence
{
    /// <summary>Largest dimension supported: the direction numbers shipped cover the first 256 of Joe and Kuo's 21,201.</summary>
    public const int MaxDimensions = 256;

    /// <summary>Points a sequence can return before its 32-bit direction integers run out (2^32 − 1).</summary>
    public const long MaxPoints = (1L << Bits) - 1;

    private const int Bits = 32;
    private const double Scale = 1.0 / (1L << Bits);
    private const string ResourceName = "SobolDirectionNumbers.txt";

    private static readonly uint[][] AllDirections = LoadDirections();

    private readonly uint[] _state;
    private long _returned;

    /// <summary>Returns a generator positioned before the first non-zero point.</summary>
    /// <param name="dimensions">Number of coordinates of each point (1 to <see cref="MaxDimensions"/>).</param>
    public SobolSequence(int dimensions)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(dimensions, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(dimensions, MaxDimensions);
        Dimensions = dimensions;
        _state = new uint[dimensions];
    }

    /// <summary>Number of coordinates of each point.</summary>
    public int Dimensions { get; }

    /// <summary>Writes the next point into <paramref name="point"/> (length <see cref="Dimensions"/>). The origin is
    /// skipped, so the first call gives (0.5, …, 0.5) and the first 2^m − 1 calls, with the origin, make a full net.</summary>
    /// <exception cref="InvalidOperationException">After <see cref="MaxPoints"/> points.</exception>
    public void Next(Span<double> point)
    {
        if (point.Length != Dimensions)
        {
            throw new ArgumentException($"A point has {Dimensions} coordinates, not {point.Length}.", nameof(point));
        }
        if (_returned >= MaxPoints)
        {
            throw new InvalidOperationException($"A Sobol sequence with {Bits}-bit direction numbers has only {MaxPoints} points.");
        }
        // Gray-code order: point n differs from point n − 1 by the direction number of the lowest zero bit of n − 1.
        var bit = BitOperations.TrailingZeroCount(~(ulong)_returned);
        for (var d = 0; d < Dimensions; d++)
        {
            _state[d] ^= AllDirections[d][bit];
            point[d] = _state[d] * Scale;
        }
        _returned++;
    }

    /// <summary>Returns the first <paramref name="count"/> non-zero points of the <paramref name="dimensions"/>-dimensional
    /// sequence, one array per point.</summary>
    public static double[][] Generate(int count, int dimensions)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var sequence = new SobolSequence(dimensions);
        var points = new double[count][];
        for (var i = 0; i < count; i++)
        {
            points[i] = new double[dimensions];
            sequence.Next(points[i]);
        }
        return points;
    }

    private static uint[][] LoadDirections()
    {
        var directions = new uint[MaxDimensions][];
        directions[0] = new uint[Bits];
        for (var k = 0; k < Bits; k++)
        {
            directions[0][k] = 1u << (Bits - 1 - k);
        }
        var assembly = typeof(SobolSequence).Assembly;
        using var stream = assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream);
        var dimension = 1;
        while (reader.ReadLine() is { } line && dimension < MaxDimensions)
        {
            if (line.Length == 0 || line[0] == '#' || line[0] == 'd')
            {
                continue;
            }
            var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Select(f => int.Parse(f, CultureInfo.InvariantCulture)).ToArray();
            if (fields[0] != dimension + 1 || fields.Length != 3 + fields[1])
            {
                throw new InvalidOperationException($"{ResourceName}: malformed row for dimension {dimension + 1}: '{line}'.");
            }
            directions[dimension] = DirectionIntegers(fields[1], fields[2], fields.AsSpan(3));
            dimension++;
        }
        if (dimension != MaxDimensions)
        {
            throw new InvalidOperationException($"{ResourceName} holds {dimension} dimensions, not {MaxDimensions}.");
        }
        return directions;
    }

    // Bratley and Fox's recurrence: v_k = a_1 v_{k−1} ⊕ … ⊕ a_{s−1} v_{k−s+1} ⊕ v_{k−s} ⊕ (v_{k−s} >> s), where the
    // polynomial's inner coefficients a_1 … a_{s−1} are the bits of a, most significant first.
    private static uint[] DirectionIntegers(int degree, int coefficients, ReadOnlySpan<int> initial)
    {
        var v = new uint[Bits];
        for (var k = 0; k < Bits; k++)
        {
            if (k < degree)
            {
                v[k] = (uint)initial[k] << (Bits - 1 - k);
                continue;
            }
            v[k] = v[k - degree] ^ (v[k - degree] >> degree);
            for (var i = 1; i < degree; i++)
            {
                if (((coefficients >> (degree - 1 - i)) & 1) != 0)
                {
                    v[k] ^= v[k - i];
                }
            }
        }
        return v;
    }
}
