using Simulation.Core.Bidding;

namespace Simulation.Application.Games;

/// <summary>A proposal a team member submitted, kept for the export: in which round, by whom, what, and when.</summary>
/// <param name="Round">Round index (0 first).</param>
/// <param name="Token">The member's seat token.</param>
/// <param name="Choice">What they proposed.</param>
/// <param name="At">When the server acknowledged it.</param>
public sealed record Proposal(int Round, string Token, PlayerChoice Choice, DateTimeOffset At);
