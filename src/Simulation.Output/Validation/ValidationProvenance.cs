namespace Simulation.Output.Validation;

/// <summary>What produced a validation report, printed above its tables so the numbers can be reproduced.</summary>
/// <param name="Command">The command line, as a user would type it (without options that do not change the results).</param>
/// <param name="ToolVersion">Version of regsim.</param>
/// <param name="ScenarioFile">The scenario validated, as given.</param>
/// <param name="ScenarioSha256">Its SHA-256.</param>
public sealed record ValidationProvenance(string Command, string ToolVersion, string ScenarioFile, string ScenarioSha256);
