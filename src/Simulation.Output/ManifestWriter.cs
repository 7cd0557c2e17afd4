using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Simulation.Output;

/// <summary>Writes a manifest (such as <see cref="RunManifest"/>) as indented camelCase JSON with "\n" line ends, so manifests diff cleanly.</summary>
public static partial class ManifestWriter
{
    /// <summary>The manifest's name in every result folder.</summary>
    public const string FileName = "manifest.json";

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        NewLine = "\n",
        // The manifest is read by people and never embedded in HTML, so '+' and non-ASCII stay as written.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        // A manifest missing a field every manifest has (a foreign file, one edited by hand) is refused as unreadable, naming
        // the field, rather than read with nulls where the type promises values.
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
    };

    /// <summary>Writes <paramref name="manifest"/> to <paramref name="path"/> (UTF-8 without BOM, ending with a newline) in one
    /// piece: into a temporary file renamed over it, so that a process stopped while writing leaves the manifest that was
    /// there (a resumable command rewrites its manifest at every start, beside results it must not lose).</summary>
    /// <typeparam name="TManifest">The manifest record (<see cref="RunManifest"/>, a comparison's, ...).</typeparam>
    /// <param name="path">File to create or overwrite.</param>
    /// <param name="manifest">The manifest.</param>
    public static void Write<TManifest>(string path, TManifest manifest) =>
        WholeFile.Replace(path, JsonSerializer.Serialize(manifest, Options) + "\n");

    /// <summary>Returns the manifest at <paramref name="path"/>, or null when there is none.</summary>
    /// <typeparam name="TManifest">The manifest record.</typeparam>
    /// <param name="path">The manifest's file.</param>
    /// <param name="whatToDo">What the user may do when it cannot be read, ending the error's message.</param>
    /// <exception cref="InvalidDataException">The file is not such a manifest (edited by hand, or cut short by an earlier
    /// version); the message names it.</exception>
    public static TManifest? Read<TManifest>(string path, string whatToDo)
        where TManifest : class
    {
        if (!File.Exists(path))
        {
            return null;
        }
        try
        {
            return JsonSerializer.Deserialize<TManifest>(File.ReadAllText(path), Options)
                ?? throw new InvalidDataException($"'{path}' holds null, not a manifest; {whatToDo}");
        }
        catch (JsonException e)
        {
            // The reader's words without the .NET type it was reading into, which means nothing to whoever holds the file.
            var reason = Converted().Replace(TypeName().Replace(e.Message, string.Empty), "does not have the type the manifest needs.");
            throw new InvalidDataException($"'{path}' cannot be read ({reason}): it is not a manifest regsim wrote, or was cut short or edited; {whatToDo}", e);
        }
    }

    /// <summary>Returns the manifest at <paramref name="path"/> as a JSON object, or null when there is none or it is not a JSON
    /// object: for telling which command wrote a folder without knowing its manifest's type.</summary>
    public static JsonObject? ReadObject(string path)
    {
        try
        {
            return File.Exists(path) ? JsonNode.Parse(File.ReadAllText(path)) as JsonObject : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Whether <paramref name="folder"/> holds another command's results: a <c>manifest.json</c> without
    /// <paramref name="mark"/>, the property only the asking command's own manifest has (any manifest, for a command that
    /// writes none there). Its files would be written over or mixed with the asking command's.</summary>
    public static bool HoldsOtherResults(string folder, string? mark = null)
    {
        var path = Path.Combine(folder, FileName);
        return File.Exists(path) && (mark is null || ReadObject(path)?[mark] is null);
    }

    /// <summary>Returns the files <paramref name="manifest"/> lists (its <c>files</c>, relative to its folder), or none when it
    /// lists none: what an earlier result in a folder consisted of.</summary>
    public static IReadOnlyList<string> ListedFiles(JsonObject? manifest) =>
        manifest?["files"] is JsonArray files
            ? [.. files.OfType<JsonValue>().Select(f => f.TryGetValue<string>(out var name) ? name : null).OfType<string>()]
            : [];

    [System.Text.RegularExpressions.GeneratedRegex(@" ?for type '[^']*'")]
    private static partial System.Text.RegularExpressions.Regex TypeName();

    [System.Text.RegularExpressions.GeneratedRegex(@"could not be converted to \S+\.(?=\s|$)")]
    private static partial System.Text.RegularExpressions.Regex Converted();
}
