using Simulation.Experiments.Scenarios;

namespace Simulation.Output.Sensitivity;

/// <summary>What produced a screening of a scenario's priors, printed above its tables so anyone can reproduce the numbers
/// and trace them to the exact files behind them; it holds no clock and no thread count, which do not change them.</summary>
/// <param name="Command">The command line that reproduces the block, as a user would type it.</param>
/// <param name="ToolVersion">Version of regsim.</param>
/// <param name="ScenarioFiles">The scenario screened, as given, then the files it extends, nearest first, each with its SHA-256.</param>
public sealed record SensitivityProvenance(string Command, string ToolVersion, IReadOnlyList<ScenarioFile> ScenarioFiles);
