using Simulation.Core.Bidding;

namespace Simulation.Application.Games;

/// <summary>What a seated region's team decided when a round was judged; null <see cref="Choice"/> means nobody decided and
/// the model played for it.</summary>
/// <param name="Round">Round index (0 first).</param>
/// <param name="Region">Region index.</param>
/// <param name="Choice">The decision that counted, or null.</param>
/// <param name="Members">Seat tokens of the team's members when the round was judged.</param>
/// <param name="Candidate">Whether the round's project admits the region; if not, it had nothing to decide and watched.</param>
/// <param name="Captain">Seat token of the team's captain when the round was judged (teams with captains), or null: the
/// teacher may name another captain later, and the export says who decided that round.</param>
public sealed record RegionDecision(int Round, int Region, PlayerChoice? Choice, IReadOnlyList<string> Members, bool Candidate, string? Captain);
