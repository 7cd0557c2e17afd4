namespace Simulation.Output.Sweeps;

/// <summary>Reads and writes <c>sweep.manifest.json</c>.</summary>
public static class SweepManifestFile
{
    /// <summary>The file name inside a sweep folder.</summary>
    public const string Name = "sweep.manifest.json";

    /// <summary>Writes the manifest into <paramref name="directory"/>.</summary>
    public static void Write(string directory, SweepManifest manifest) => ManifestWriter.Write(Path.Combine(directory, Name), manifest);

    /// <summary>Returns the manifest in <paramref name="directory"/>, or null when there is none.</summary>
    /// <exception cref="InvalidDataException">The manifest cannot be read (cut short by a killed process, edited by hand);
    /// the message names it.</exception>
    public static SweepManifest? Read(string directory) =>
        ManifestWriter.Read<SweepManifest>(Path.Combine(directory, Name),
            "nothing was changed: give another --out folder, or move that file elsewhere if the folder's sweep is to start again.");

    /// <summary>Returns the manifest of a shard given to <c>regsim merge</c>, or null when there is none.</summary>
    /// <exception cref="InvalidDataException">The manifest cannot be read; the message names it and says how to get the
    /// shard back (the merge writes nothing into an input shard, so an --out folder is no remedy).</exception>
    public static SweepManifest? ReadShard(string directory) =>
        ManifestWriter.Read<SweepManifest>(Path.Combine(directory, Name),
            "nothing was merged: restore the file from a copy of the shard's folder, or run that shard again into a new folder and merge that folder in its place.");
}
