namespace Simulation.Experiments.Replay;

/// <summary>One bid of a replayed competition, as a class reads it.</summary>
/// <param name="Regions">Ids of the member regions (two or more for a joint bid).</param>
/// <param name="EffortBillionWon">Effort put into the bid, ₩ billion.</param>
/// <param name="Merit">The bid's score on the project's criteria under the regime's tilt (higher is better).</param>
/// <param name="Chance">Its chance of winning given every bid's merit and effort, before the selection's luck (see
/// <see cref="WinChances"/>).</param>
/// <param name="Won">Whether it won.</param>
/// <param name="Played">Whether a person, not the model, took its decisions.</param>
public sealed record BidRecord(IReadOnlyList<string> Regions, double EffortBillionWon, double Merit, double Chance, bool Won, bool Played);
