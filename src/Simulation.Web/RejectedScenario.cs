namespace Simulation.Web;

/// <summary>A scenario file the page does not offer because it does not load, and why.</summary>
/// <param name="File">The file's name in the scenarios folder.</param>
/// <param name="Problem">The first problem found in it.</param>
public sealed record RejectedScenario(string File, string Problem);
