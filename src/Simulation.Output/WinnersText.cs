using System.Numerics;
using Simulation.Core;

namespace Simulation.Output;

/// <summary>
/// A project's winning bids as one field of <c>outcomes</c>: bids in winning order joined by <c>;</c>, each bid's region ids
/// in region order joined by <c>+</c> (for example <c>daegu+gyeongbuk;chungbuk</c>), formatted into a reused buffer so a row
/// allocates nothing.
/// </summary>
public sealed class WinnersText(Scenario scenario)
{
    private char[] _buffer = new char[256];

    /// <summary>Formats <paramref name="bids"/> (one member bit set per bid); the span is valid until the next call.</summary>
    public ReadOnlySpan<char> Format(ReadOnlySpan<ulong> bids)
    {
        var length = 0;
        for (var b = 0; b < bids.Length; b++)
        {
            if (b > 0)
            {
                Append(ref length, ";");
            }
            var first = true;
            for (var members = bids[b]; members != 0; members &= members - 1)
            {
                if (!first)
                {
                    Append(ref length, "+");
                }
                Append(ref length, scenario.Regions[BitOperations.TrailingZeroCount(members)].Id);
                first = false;
            }
        }
        return _buffer.AsSpan(0, length);
    }

    private void Append(ref int length, ReadOnlySpan<char> text)
    {
        if (length + text.Length > _buffer.Length)
        {
            Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, length + text.Length));
        }
        text.CopyTo(_buffer.AsSpan(length));
        length += text.Length;
    }
}
