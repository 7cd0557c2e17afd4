namespace Simulation.Application.Runs;

/// <summary>A run of a scenario's Monte Carlo replications whose results are written to a folder.</summary>
/// <param name="ScenarioPath">Scenario file.</param>
/// <param name="Replications">Replications, or null for the scenario's own number.</param>
/// <param name="Seed">Seed, or null for the scenario's own seed.</param>
/// <param name="Threads">Worker threads.</param>
/// <param name="OutputDirectory">Output folder, or null for <c>output/&lt;scenario-name&gt;/</c>.</param>
/// <param name="NoOutcomes">Skip <c>outcomes.csv</c> (one row per replication and mode), for very long runs.</param>
/// <param name="Format">The outcomes, summary and win-probability tables as CSV, Parquet or both.</param>
public sealed record RunRequest(string ScenarioPath, int? Replications, ulong? Seed, int Threads, string? OutputDirectory, bool NoOutcomes = false,
    Output.OutputFormat Format = Output.OutputFormat.Csv);
