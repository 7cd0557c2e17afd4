namespace Simulation.Application.Comparison;

/// <summary>A comparison of two scenarios run in pairs on the same random streams.</summary>
/// <param name="ScenarioA">First scenario file.</param>
/// <param name="ScenarioB">Second scenario file.</param>
/// <param name="Replications">Replication pairs, or null for the larger of the scenarios' own numbers.</param>
/// <param name="Seed">Seed, or null for scenario A's.</param>
/// <param name="Threads">Worker threads.</param>
/// <param name="OutputDirectory">Output folder, or null for <c>output/compare-&lt;A&gt;-vs-&lt;B&gt;/</c>.</param>
/// <param name="Format">The comparison and parameter tables as CSV, Parquet or both.</param>
public sealed record CompareRequest(string ScenarioA, string ScenarioB, int? Replications, ulong? Seed, int Threads, string? OutputDirectory,
    Output.OutputFormat Format = Output.OutputFormat.Csv);
