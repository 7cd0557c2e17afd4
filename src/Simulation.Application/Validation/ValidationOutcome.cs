using Simulation.Experiments.Validation;

namespace Simulation.Application.Validation;

/// <summary>What a written validation gives its host: the checks, and where they were written.</summary>
/// <param name="Report">Every check with its verdict.</param>
/// <param name="Folder">The folder holding <c>validation.csv</c> and <c>validation.md</c>.</param>
/// <param name="MarkdownPath">The Markdown file whose block was refreshed, or null.</param>
/// <param name="Elapsed">Wall time.</param>
/// <param name="Notes">What loading the scenario noticed (<see cref="Experiments.Scenarios.LoadedScenario.Notes"/>).</param>
/// <param name="Reach">For a scenario that extends another, which of its judged checks move from the other's; null otherwise.</param>
public sealed record ValidationOutcome(ValidationReport Report, string Folder, string? MarkdownPath, TimeSpan Elapsed, IReadOnlyList<string> Notes,
    JudgedReach? Reach = null);
