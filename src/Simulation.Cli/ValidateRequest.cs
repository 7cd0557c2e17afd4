namespace Simulation.Cli;

/// <summary>The <c>validate</c> command's options, as parsed.</summary>
/// <param name="ScenarioPath">Scenario the historical checks run on.</param>
/// <param name="Replications">Replications per Monte Carlo check.</param>
/// <param name="Seed">Master seed, or null for the scenario's.</param>
/// <param name="Threads">Worker threads.</param>
/// <param name="OutputDirectory">Output folder.</param>
/// <param name="MarkdownPath">A Markdown file whose generated block is refreshed, or null.</param>
/// <param name="Quiet">No stage messages and no table.</param>
/// <param name="LeaveOneOutPath">Scenario whose priors the out-of-sample checks calibrate, or null to skip them.</param>
/// <param name="LeaveOneOutParticles">Particles of each out-of-sample refit.</param>
/// <param name="LeaveOneOutReplications">Replications per particle of each refit.</param>
public sealed record ValidateRequest(string ScenarioPath, int Replications, ulong? Seed, int Threads, string OutputDirectory, string? MarkdownPath, bool Quiet,
    string? LeaveOneOutPath = null, int LeaveOneOutParticles = 200, int LeaveOneOutReplications = 20);
