using Simulation.Core.Bidding;

namespace Simulation.Application.Games.Journal;

/// <summary>
/// One event of a game as the journal keeps it: enough to replay it exactly (the seat tokens handed out, the decisions, the
/// time it happened), nothing the model recomputes from the seed.
/// </summary>
/// <param name="Kind">What happened.</param>
/// <param name="At">When the server acknowledged it.</param>
/// <param name="Token">The seat token it concerns (taken, deciding, made captain), or null.</param>
/// <param name="Region">The region id it concerns (taken, released), or null.</param>
/// <param name="Name">The student's name (seat taken; turned away; region released: the one member who left, null for the whole
/// team), or null.</param>
/// <param name="Choice">The proposal (decided), or null.</param>
/// <param name="Regime">The regime id switched to, or null.</param>
/// <param name="Deadline">The open round's deadline (deadline set; null clears it).</param>
/// <param name="TeamSize">Students a region's team takes from now on (teams resized; 0 for open teams), or null.</param>
/// <param name="Code">The code a student let in again on another device types with their name (rejoin allowed), or null.</param>
public sealed record GameEvent(GameEventKind Kind, DateTimeOffset At, string? Token = null, string? Region = null, string? Name = null,
    PlayerChoice? Choice = null, string? Regime = null, DateTimeOffset? Deadline = null, int? TeamSize = null, string? Code = null);
