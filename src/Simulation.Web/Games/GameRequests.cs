using Simulation.Core.Bidding;

namespace Simulation.Web.Games;

/// <summary>A student's decision as the page sends it.</summary>
/// <param name="Bid">Whether to bid.</param>
/// <param name="Effort">Effort, ₩ billion.</param>
/// <param name="TeamUp">Whether to bid jointly with partners.</param>
public sealed record DecisionBody(bool? Bid, double? Effort, bool? TeamUp)
{
    /// <summary>The decision in the model's terms.</summary>
    public PlayerChoice ToChoice() => new(Bid ?? false, Effort ?? 0.0, TeamUp ?? false);
}

/// <summary>A teacher's request to start a game.</summary>
/// <param name="Scenario">Scenario name.</param>
/// <param name="Seed">Seed; the scenario's when absent.</param>
/// <param name="Regime">Regime to start under; the timeline's first when absent.</param>
public sealed record NewGameBody(string? Scenario, ulong? Seed, string? Regime);

/// <summary>A student's request for a region.</summary>
/// <param name="Name">Their name (1–40 characters).</param>
/// <param name="Region">The region wanted, or absent to be given one.</param>
public sealed record SeatBody(string? Name, string? Region);

/// <summary>The teacher's regime switch.</summary>
/// <param name="Regime">Regime id.</param>
public sealed record RegimeBody(string? Regime);
