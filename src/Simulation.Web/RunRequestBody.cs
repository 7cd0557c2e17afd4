namespace Simulation.Web;

/// <summary>The JSON body of <c>POST /api/runs</c>.</summary>
/// <param name="Scenario">Scenario name (a file in the scenarios folder without <c>.json</c>).</param>
/// <param name="Replications">Replications, 1 to the server's limit; the scenario's (capped) when absent. Read as a long, so
/// that a count past an int's range is refused as out of the server's range, not as no whole number.</param>
/// <param name="Seed">Master seed; the scenario's when absent.</param>
/// <param name="Parameters">Overrides by parameter path, as listed by <c>GET /api/scenarios/{name}/parameters</c>.</param>
/// <param name="Previous">Id of the page's last finished run of the same scenario, to say what changed since (optional).</param>
public sealed record RunRequestBody(string? Scenario, long? Replications, ulong? Seed, Dictionary<string, double>? Parameters, string? Previous = null);
