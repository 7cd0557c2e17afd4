namespace Simulation.Cli;

/// <summary>The <c>bench</c> command's options, as parsed.</summary>
/// <param name="ScenarioPath">Scenario to measure (default <c>scenarios/baseline.json</c>).</param>
/// <param name="Replications">Replications per speed measurement (default 20,000).</param>
/// <param name="SweepPoints">Design points in the design-point measurement (default 20), each of 200 replications.</param>
/// <param name="Quick">Skip the 10^6-replication memory probe.</param>
/// <param name="OutputFile">CSV file to write the measurements to, or null for none.</param>
public sealed record BenchRequest(string ScenarioPath, int Replications, int SweepPoints, bool Quick, string? OutputFile);
