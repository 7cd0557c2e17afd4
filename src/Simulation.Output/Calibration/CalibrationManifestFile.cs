namespace Simulation.Output.Calibration;

/// <summary>Reads and writes <c>calibration.manifest.json</c>.</summary>
public static class CalibrationManifestFile
{
    /// <summary>The file name inside a calibration folder.</summary>
    public const string Name = "calibration.manifest.json";

    /// <summary>Writes the manifest into <paramref name="directory"/>.</summary>
    public static void Write(string directory, CalibrationManifest manifest) => ManifestWriter.Write(Path.Combine(directory, Name), manifest);

    /// <summary>Returns the manifest in <paramref name="directory"/>, or null when there is none.</summary>
    /// <exception cref="InvalidDataException">The manifest cannot be read (edited by hand); the message names it, and says
    /// that the particles beside it are kept.</exception>
    public static CalibrationManifest? Read(string directory) =>
        ManifestWriter.Read<CalibrationManifest>(Path.Combine(directory, Name),
            "restore it, or use another --out folder (nothing in this one is deleted: its particles cannot be checked against this calibration without it).");
}
