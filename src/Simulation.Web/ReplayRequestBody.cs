namespace Simulation.Web;

/// <summary>The JSON body of <c>POST /api/replays</c>: the scenario, overrides and seed of a run (as in
/// <see cref="RunRequestBody"/>), and which of its replications to tell year by year.</summary>
/// <param name="Scenario">Scenario name (a file in the scenarios folder without <c>.json</c>).</param>
/// <param name="Seed">Master seed; the scenario's when absent.</param>
/// <param name="Parameters">Overrides by parameter path, as listed by <c>GET /api/scenarios/{name}/parameters</c>.</param>
/// <param name="Mode">Regime mode: <c>timeline</c> (the default) or a counterfactual regime's id, for example <c>lee</c>.</param>
/// <param name="Replication">Replication number, 0-based, below the server's most replications; 0 when absent.</param>
public sealed record ReplayRequestBody(string? Scenario, ulong? Seed, Dictionary<string, double>? Parameters, string? Mode, long? Replication);
