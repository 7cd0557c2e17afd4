using System.Text;

namespace Simulation.Output.Csv;

/// <summary>
/// The text of a table a command resumes (a sweep's <c>sweep.csv</c>, a calibration's <c>particles.csv</c>), read whole to find
/// its complete rows and cut after them. A byte-order mark before it (a file saved again by an editor or a spreadsheet) is
/// read past, as in every file regsim reads, and counted where the file is cut: the text the reader returns does not hold
/// it, and a cut measured in that text alone would take the last bytes of the last row kept.
/// </summary>
internal static class ResumedText
{
    /// <summary>Returns the text of <paramref name="stream"/> from its start, without a byte-order mark.</summary>
    public static string Read(FileStream stream)
    {
        stream.Seek(0, SeekOrigin.Begin);
        using var reader = new StreamReader(stream, Encoding.UTF8, false, 1 << 16, leaveOpen: true);
        return reader.ReadToEnd();
    }

    /// <summary>True when <paramref name="text"/> is the start of <paramref name="header"/> and no more: the header was being
    /// written when the command was stopped (a full disk, a kill), so the file holds no row and starts again from nothing.</summary>
    public static bool IsCutHeader(string text, string header) =>
        text.Length < header.Length && header.StartsWith(text, StringComparison.Ordinal);

    /// <summary>Cuts <paramref name="stream"/> after the first <paramref name="characters"/> characters of its text as
    /// <see cref="Read"/> returned it, <paramref name="text"/>, flushes it to disk and leaves it at its end, where rows are appended.</summary>
    public static void CutAfter(FileStream stream, string text, int characters)
    {
        Span<byte> start = stackalloc byte[3];
        stream.Seek(0, SeekOrigin.Begin);
        var mark = stream.ReadAtLeast(start, start.Length, throwOnEndOfStream: false) == start.Length && start.SequenceEqual(Encoding.UTF8.Preamble)
            ? start.Length
            : 0;
        stream.SetLength(mark + Encoding.UTF8.GetByteCount(text.AsSpan(0, characters)));
        stream.Flush(flushToDisk: true);
        stream.Seek(0, SeekOrigin.End);
    }
}
