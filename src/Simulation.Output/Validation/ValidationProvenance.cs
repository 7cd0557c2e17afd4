using Simulation.Experiments.Scenarios;

namespace Simulation.Output.Validation;

/// <summary>What produced a validation report, printed above its tables so the numbers can be reproduced and traced to the
/// exact files behind them.</summary>
/// <param name="Command">The command line, as a user would type it (without options that do not change the results).</param>
/// <param name="ToolVersion">Version of regsim.</param>
/// <param name="ScenarioFiles">The scenario validated, as given, then the files it extends, nearest first, each with its SHA-256.</param>
/// <param name="LeaveOneOutFiles">The scenario whose priors the out-of-sample checks calibrate, as given, then the files it
/// extends, each with its SHA-256; null when there are no out-of-sample checks.</param>
public sealed record ValidationProvenance(string Command, string ToolVersion, IReadOnlyList<ScenarioFile> ScenarioFiles,
    IReadOnlyList<ScenarioFile>? LeaveOneOutFiles = null);
