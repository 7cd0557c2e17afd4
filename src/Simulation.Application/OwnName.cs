using Simulation.Experiments;
using Simulation.Experiments.Scenarios;

namespace Simulation.Application;

/// <summary>
/// A command's default folder is named after its scenario; a what-if that does not write a <c>"name"</c> keeps the one of
/// the file it extends, and its results would land in that scenario's folder (over the baseline's, say, or where the
/// baseline's own next run is then refused). Such a scenario needs a name of its own or an <c>--out</c> folder.
/// </summary>
public static class OwnName
{
    /// <summary>Returns the folder a command writes: <paramref name="given"/> with <c>--out</c>, else
    /// <paramref name="defaultFolder"/>, which is refused (<see cref="RefuseParentsFolder"/>) when the scenario has no name
    /// of its own.</summary>
    /// <exception cref="InputConflictException">No folder is given and the requested file keeps the name of the file it
    /// extends.</exception>
    public static string FolderFor(LoadedScenario loaded, string? given, string defaultFolder)
    {
        if (given is not null)
        {
            return given;
        }
        RefuseParentsFolder(loaded, defaultFolder);
        return defaultFolder;
    }

    /// <summary>Refuses, before any work, to write the results of <paramref name="loaded"/> to its default folder
    /// <paramref name="folder"/> when its file gives itself no name.</summary>
    /// <exception cref="InputConflictException">The requested file keeps the name of the file it extends.</exception>
    public static void RefuseParentsFolder(LoadedScenario loaded, string folder)
    {
        if (loaded.NamesItself)
        {
            return;
        }
        throw new InputConflictException($"{loaded.File.Path} gives itself no \"name\", so it keeps '{loaded.Model.Name}' from {loaded.ExtendsFiles[0].Path}, "
            + $"and its results would go to '{folder}', the folder of that scenario's; give it a \"name\" of its own (its results then go to a "
            + "folder named after it) or give --out");
    }
}
