using Simulation.Experiments.Scenarios;

namespace Simulation.Web;

/// <summary>
/// The scenarios the page offers: the <c>*.json</c> files of one folder that load without problems. Names are matched
/// against the folder's listing, never joined into a path, so a request cannot reach other files.
/// </summary>
public sealed class ScenarioCatalog(string folder)
{
    /// <summary>Names (file names without <c>.json</c>) of the scenarios that load, sorted.</summary>
    public IReadOnlyList<string> Names()
    {
        if (!Directory.Exists(folder))
        {
            return [];
        }
        return [.. Directory.EnumerateFiles(folder, "*.json")
            .Where(f => !f.EndsWith(".schema.json", StringComparison.Ordinal))
            .Where(f => TryLoadFile(f) is not null)
            .Select(f => Path.GetFileNameWithoutExtension(f))
            .Order(StringComparer.Ordinal)];
    }

    /// <summary>The <c>*.json</c> files of the folder that do not load, each with the first reason: said when the server
    /// starts, so that a scenario with a typo is not simply missing from the page's list.</summary>
    public IReadOnlyList<RejectedScenario> Rejected()
    {
        if (!Directory.Exists(folder))
        {
            return [];
        }
        var rejected = new List<RejectedScenario>();
        foreach (var file in Directory.EnumerateFiles(folder, "*.json").Where(f => !f.EndsWith(".schema.json", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            try
            {
                ScenarioLoader.Load(file);
            }
            catch (ScenarioException e)
            {
                rejected.Add(new RejectedScenario(Path.GetFileName(file), e.Problems.FirstOrDefault()?.ToString() ?? e.Message));
            }
            catch (Exception e) when (e is IOException or System.Text.Json.JsonException or UnauthorizedAccessException)
            {
                rejected.Add(new RejectedScenario(Path.GetFileName(file), e.Message));
            }
        }
        return rejected;
    }

    /// <summary>Loads the named scenario, or returns null when there is no such loadable scenario.</summary>
    public LoadedScenario? TryLoad(string name)
    {
        if (!Directory.Exists(folder))
        {
            return null;
        }
        var file = Directory.EnumerateFiles(folder, "*.json")
            .FirstOrDefault(f => string.Equals(Path.GetFileNameWithoutExtension(f), name, StringComparison.Ordinal));
        return file is null ? null : TryLoadFile(file);
    }

    private static LoadedScenario? TryLoadFile(string file)
    {
        try
        {
            return ScenarioLoader.Load(file);
        }
        catch (Exception e) when (e is ScenarioException or IOException or System.Text.Json.JsonException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
