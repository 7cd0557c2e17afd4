namespace Simulation.Cli;

/// <summary>Shows what loading a scenario noticed that may not be meant but is allowed (an extending file that leaves out
/// elements of an array it replaces whole), so that a what-if does not silently do more than its author wrote.</summary>
internal static class ScenarioNotes
{
    /// <summary>Returns <paramref name="scenario"/>'s notes, each starting with the file it is about (those about an extending
    /// file's arrays name it already), for a command that loads two scenarios.</summary>
    public static IEnumerable<string> Of(Simulation.Experiments.Scenarios.LoadedScenario scenario) =>
        scenario.Notes.Select(n => n.StartsWith(scenario.File.Path + ":", StringComparison.Ordinal) ? n : $"{scenario.File.Path}: {n}");

    /// <summary>Writes one line per note to <paramref name="error"/> (standard error, beside the results' summary).</summary>
    public static void Write(TextWriter error, IEnumerable<string> notes)
    {
        foreach (var note in notes)
        {
            error.WriteLine($"Note: {note}");
        }
    }
}
