using Simulation.Core.Bidding;

namespace Simulation.Application.Games;

/// <summary>A student's decision as the page sends it.</summary>
/// <param name="Bid">Whether to bid.</param>
/// <param name="Effort">Effort, ₩ billion.</param>
/// <param name="TeamUp">Whether to bid jointly with partners.</param>
/// <param name="Round">The round the decision was made for (1 for the first), which the server checks is still the open one,
/// so that a page sending again what it could not send before never puts it into a later round; absent from views.</param>
public sealed record DecisionBody(bool? Bid, double? Effort, bool? TeamUp,
    [property: System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)] int? Round = null)
{
    /// <summary>The decision in the model's terms.</summary>
    public PlayerChoice ToChoice() => new(Bid ?? false, Effort ?? 0.0, TeamUp ?? false);
}
