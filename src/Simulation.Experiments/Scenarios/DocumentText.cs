using System.Text;

namespace Simulation.Experiments.Scenarios;

/// <summary>Reads a scenario's or an experiment's bytes and text so that a file that cannot be read, or is not UTF-8, is
/// refused naming the file (exit code 2, as any rejected document), not reported as a failure to write or read as
/// replacement characters.</summary>
internal static class DocumentText
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Returns the bytes of <paramref name="full"/>, or throws <see cref="ScenarioException"/> naming
    /// <paramref name="path"/> when it cannot be read (no permission, an I/O error).</summary>
    public static byte[] ReadBytes(string full, string path, DocumentKind kind)
    {
        try
        {
            return File.ReadAllBytes(full);
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            throw new ScenarioException(path, "$", $"cannot be read: {e.Message}", kind);
        }
    }

    /// <summary>Returns <paramref name="bytes"/> as text without a leading byte-order mark (as some editors save UTF-8), or
    /// throws <see cref="ScenarioException"/> naming the offset of the first byte that is not UTF-8.</summary>
    public static string Decode(byte[] bytes, string path, DocumentKind kind)
    {
        var text = bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? bytes.AsSpan(Encoding.UTF8.Preamble.Length) : bytes;
        try
        {
            return Strict.GetString(text);
        }
        catch (DecoderFallbackException e)
        {
            var offset = e.Index >= 0 ? $" at byte {e.Index + (bytes.Length - text.Length)}" : string.Empty;
            throw new ScenarioException(path, "$", $"is not UTF-8 text{offset}: save it as UTF-8", kind);
        }
    }
}
