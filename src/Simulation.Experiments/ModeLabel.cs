namespace Simulation.Experiments;

/// <summary>How one regime mode is shown to a reader, so an output never prints a bare regime id.</summary>
/// <param name="Mode">Mode label as written to the CSV files: <c>timeline</c> or a counterfactual regime's id.</param>
/// <param name="Label">Display text: <see cref="ModeCatalogue.HistoricalTimeline"/> (or "NAME throughout" for a timeline that
/// holds one regime) or the regime's name from the scenario.</param>
public sealed record ModeLabel(string Mode, string Label);
