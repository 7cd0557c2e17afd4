namespace Simulation.Application.Validation;

/// <summary>A run of the validation checks against the historical record.</summary>
/// <param name="ScenarioPath">Scenario the historical checks run on.</param>
/// <param name="Replications">Replications per Monte Carlo check.</param>
/// <param name="Seed">Master seed, or null for the scenario's.</param>
/// <param name="Threads">Worker threads.</param>
/// <param name="OutputDirectory">Output folder, or null for <c>output/&lt;scenario-name&gt;-validation/</c>, so that validating a what-if does not replace the baseline's report.</param>
/// <param name="MarkdownPath">A Markdown file whose generated block is refreshed, or null.</param>
/// <param name="LeaveOneOutPath">Scenario whose priors the out-of-sample checks calibrate, or null to skip them.</param>
/// <param name="LeaveOneOutParticles">Particles of each out-of-sample refit.</param>
/// <param name="LeaveOneOutReplications">Replications per particle of each refit.</param>
public sealed record ValidateRequest(string ScenarioPath, int Replications, ulong? Seed, int Threads, string? OutputDirectory, string? MarkdownPath,
    string? LeaveOneOutPath = null, int LeaveOneOutParticles = 200, int LeaveOneOutReplications = 20)
{
    /// <summary>The scenario validated when none is named; the reproduction command leaves it out.</summary>
    public const string DefaultScenario = "scenarios/baseline.json";
}
