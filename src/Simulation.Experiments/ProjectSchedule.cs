using System.Globalization;
using Simulation.Core;
using Simulation.Core.Projects;

namespace Simulation.Experiments;

/// <summary>
/// How headings name when a project's competition is held: a project held again every few years (<c>everyYears</c>) is held
/// several times within the horizon, and its win probability is that of winning at least once, so a heading that gave only
/// its first year would read as one competition whose chances add up to more than its prizes.
/// </summary>
public static class ProjectSchedule
{
    /// <summary>The years within the scenario's horizon in which <paramref name="project"/>'s competition is held.</summary>
    public static IReadOnlyList<int> YearsHeld(Scenario scenario, NationalProject project)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(project);
        return [.. Enumerable.Range(scenario.Timeline.FirstYear, scenario.Timeline.LastYear - scenario.Timeline.FirstYear + 1).Where(project.IsHeldIn)];
    }

    /// <summary>The heading's parenthesis: "2009, 1 winner", or for a repeated competition "held 3 times, 2013–2015, 1 winner
    /// each; a win is at least one" (without its last clause when <paramref name="withReading"/> is false, for a text that
    /// says how to read the chances itself).</summary>
    public static string Describe(Scenario scenario, NationalProject project, bool withReading = true)
    {
        var years = YearsHeld(scenario, project);
        var winners = string.Create(CultureInfo.InvariantCulture, $"{project.Winners} winner{(project.Winners == 1 ? "" : "s")}");
        return years.Count <= 1
            ? string.Create(CultureInfo.InvariantCulture, $"{project.Year}, {winners}")
            : string.Create(CultureInfo.InvariantCulture, $"held {years.Count} times, {years[0]}–{years[^1]}, {winners} each{(withReading ? "; a win is at least one" : "")}");
    }
}
