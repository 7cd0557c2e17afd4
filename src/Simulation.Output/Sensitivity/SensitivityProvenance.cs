namespace Simulation.Output.Sensitivity;

/// <summary>What produced a screening of a scenario's priors, printed above its tables so anyone can reproduce the numbers;
/// it holds no clock and no thread count, which do not change them.</summary>
/// <param name="Command">The command line that reproduces the block, as a user would type it.</param>
/// <param name="ToolVersion">Version of regsim.</param>
/// <param name="ScenarioFile">The scenario screened, as given.</param>
/// <param name="ScenarioSha256">Its SHA-256.</param>
public sealed record SensitivityProvenance(string Command, string ToolVersion, string ScenarioFile, string ScenarioSha256);
