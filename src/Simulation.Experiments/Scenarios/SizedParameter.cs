namespace Simulation.Experiments.Scenarios;

/// <summary>A parameter that an entry of the record or its patterns names as sized from its outcome, with the value it held
/// in the file that declared the entry in sample.</summary>
/// <param name="Path">The parameter's path, in the syntax of sweep factors (<c>regimes[lee].tilt[alignment].weight</c>).</param>
/// <param name="Value">Its value in the declaring file (merged with the files that file extends).</param>
public sealed record SizedParameter(string Path, double Value);
