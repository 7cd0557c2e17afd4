namespace Simulation.Application.Bench;

/// <summary>A measurement of how fast and in how much memory a scenario's Monte Carlo runs.</summary>
/// <param name="ScenarioPath">Scenario to measure.</param>
/// <param name="Replications">Replications per speed measurement.</param>
/// <param name="SweepPoints">Design points in the design-point measurement, each of 200 replications.</param>
/// <param name="Particles">Calibration particles in the particle-rate measurement (skipped when the scenario has no priors).</param>
/// <param name="Runs">Runs each speed figure is the median of (the memory probes run once).</param>
/// <param name="Quick">Skip the 10^6-replication memory probe.</param>
/// <param name="OutputFile">CSV file to write the measurements to, or null for none.</param>
/// <param name="RunCommand">The program and leading arguments that start <c>regsim</c> (for example
/// <c>dotnet regsim.dll</c>), to measure a run's memory alone in a child process.</param>
/// <param name="AgainstFile">An earlier benchmark's CSV file to show the figures against, or null for none.</param>
public sealed record BenchRequest(string ScenarioPath, int Replications, int SweepPoints, int Particles, int Runs, bool Quick, string? OutputFile,
    IReadOnlyList<string> RunCommand, string? AgainstFile = null);
