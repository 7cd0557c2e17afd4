using System.Text;
using System.Text.Json;

namespace Simulation.Output.Calibration;

/// <summary>Reads and writes <c>calibration.manifest.json</c>.</summary>
public static class CalibrationManifestFile
{
    /// <summary>The file name inside a calibration folder.</summary>
    public const string Name = "calibration.manifest.json";

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        NewLine = "\n",
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes the manifest into <paramref name="directory"/>.</summary>
    public static void Write(string directory, CalibrationManifest manifest) =>
        File.WriteAllText(Path.Combine(directory, Name), JsonSerializer.Serialize(manifest, Options) + "\n", new UTF8Encoding(false));

    /// <summary>Returns the manifest in <paramref name="directory"/>, or null when there is none.</summary>
    public static CalibrationManifest? Read(string directory)
    {
        var path = Path.Combine(directory, Name);
        return File.Exists(path) ? JsonSerializer.Deserialize<CalibrationManifest>(File.ReadAllText(path), Options) : null;
    }
}
