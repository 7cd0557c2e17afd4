using System.Text;

namespace Simulation.Output;

/// <summary>A file replaced in one piece: written beside it and renamed over it, so that a process stopped while writing
/// leaves the file that was there, never part of the new one (a manifest or a checkpoint that a resumed command reads).</summary>
public static class WholeFile
{
    /// <summary>Replaces (or creates) <paramref name="path"/> with <paramref name="text"/>, UTF-8 without a byte-order mark.</summary>
    public static void Replace(string path, string text)
    {
        var temporary = path + ".tmp";
        try
        {
            File.WriteAllText(temporary, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            File.Move(temporary, path, overwrite: true);
        }
        catch (IOException)
        {
            FileReplacement.Discard(temporary); // a full disk: the old file stays, and no fragment of the new one beside it
            throw;
        }
    }
}
