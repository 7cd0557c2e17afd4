using System.Text;

namespace Simulation.Output;

/// <summary>Replaces a file whole: the new text is written beside it, flushed to disk and moved over it, so an interruption
/// leaves the old file (or none) under its name, never half of the new one.</summary>
internal static class FileReplacement
{
    /// <summary>Ends the name of the file written beside the one it replaces; one an interruption left is not a result.</summary>
    public const string Suffix = ".partial";

    /// <summary>Replaces <paramref name="path"/> with <paramref name="text"/> (UTF-8, no byte-order mark).</summary>
    public static void Write(string path, string text)
    {
        var temporary = path + Suffix;
        using (var writer = new FileStream(temporary, FileMode.Create, FileAccess.Write))
        {
            writer.Write(Encoding.UTF8.GetBytes(text));
            writer.Flush(flushToDisk: true);
        }
        File.Move(temporary, path, overwrite: true);
    }
}
