namespace Simulation.Cli;

/// <summary>The <c>validate</c> command's options, as parsed.</summary>
/// <param name="ScenarioPath">Scenario the historical checks run on.</param>
/// <param name="Replications">Replications per Monte Carlo check.</param>
/// <param name="Seed">Master seed, or null for the scenario's.</param>
/// <param name="Threads">Worker threads.</param>
/// <param name="OutputDirectory">Output folder.</param>
/// <param name="MarkdownPath">A Markdown file whose generated block is refreshed, or null.</param>
/// <param name="Quiet">No stage messages and no table.</param>
public sealed record ValidateRequest(string ScenarioPath, int Replications, ulong? Seed, int Threads, string OutputDirectory, string? MarkdownPath, bool Quiet);
