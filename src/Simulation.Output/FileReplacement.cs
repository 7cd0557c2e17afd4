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
        try
        {
            using (var writer = new FileStream(temporary, FileMode.Create, FileAccess.Write))
            {
                writer.Write(Encoding.UTF8.GetBytes(text));
                writer.Flush(flushToDisk: true);
            }
            File.Move(temporary, path, overwrite: true);
        }
        catch (IOException)
        {
            Discard(temporary); // a full disk: the old file stays, and no fragment of the new one beside it
            throw;
        }
    }

    /// <summary>Deletes <paramref name="temporary"/>, a replacement that could not be finished, if it can; the error that
    /// stopped it is the one to report, so a failure to delete is not.</summary>
    public static void Discard(string temporary)
    {
        try
        {
            File.Delete(temporary);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // left for the next run, which writes over it
        }
    }
}
