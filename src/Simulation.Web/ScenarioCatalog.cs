using Simulation.Experiments.Scenarios;

namespace Simulation.Web;

/// <summary>
/// The scenarios the page offers: the <c>*.json</c> files of one folder that load without problems. Names are matched
/// against the folder's listing, never joined into a path, so a request cannot reach other files.
/// </summary>
public sealed class ScenarioCatalog(string folder)
{
    /// <summary>Names (file names without <c>.json</c>) of the scenarios that load, sorted.</summary>
    public IReadOnlyList<string> Names() => Survey().Names;

    /// <summary>The <c>*.json</c> files of the folder that do not load, each with the first reason: said when the server
    /// starts, so that a scenario with a typo is not simply missing from the page's list.</summary>
    public IReadOnlyList<RejectedScenario> Rejected() => Survey().Rejected;

    /// <summary><see cref="Names"/> and <see cref="Rejected"/> from one reading of the folder, for a caller that needs both.</summary>
    public (IReadOnlyList<string> Names, IReadOnlyList<RejectedScenario> Rejected) Survey()
    {
        var names = new List<string>();
        var rejected = new List<RejectedScenario>();
        foreach (var file in ScenarioFiles())
        {
            if (Load(file).Problem is { } problem)
            {
                rejected.Add(new RejectedScenario(Path.GetFileName(file), problem));
            }
            else
            {
                names.Add(Path.GetFileNameWithoutExtension(file));
            }
        }
        return (names, rejected);
    }

    /// <summary>Loads the named scenario, or returns null when there is no such loadable scenario.</summary>
    public LoadedScenario? TryLoad(string name) =>
        ScenarioFiles().FirstOrDefault(f => string.Equals(Path.GetFileNameWithoutExtension(f), name, StringComparison.Ordinal)) is { } file
            ? Load(file).Scenario
            : null;

    // The folder's scenario files (its *.json but the schemas), in name order; none when the folder is missing.
    private IEnumerable<string> ScenarioFiles() =>
        Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*.json").Where(f => !f.EndsWith(".schema.json", StringComparison.Ordinal)).Order(StringComparer.Ordinal)
            : [];

    // The file's scenario, or the first reason it does not load.
    private static (LoadedScenario? Scenario, string? Problem) Load(string file)
    {
        try
        {
            return (ScenarioLoader.Load(file), null);
        }
        catch (ScenarioException e)
        {
            return (null, e.Problems.FirstOrDefault()?.ToString() ?? e.Message);
        }
        catch (Exception e) when (e is IOException or System.Text.Json.JsonException or UnauthorizedAccessException)
        {
            return (null, e.Message);
        }
    }
}
