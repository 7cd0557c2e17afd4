namespace Simulation.Application.Games;

/// <summary>What a server's games may take: a bound on unfinished games, so that a server left running over a term does not
/// grow without the teacher knowing, and the model's games each finished game is compared with.</summary>
/// <param name="MaxUnfinishedGames">Unfinished games held at most; a new game beyond them is refused.</param>
/// <param name="ComparisonGames">Games the model plays by itself to compare a finished class game with.</param>
public sealed record GameLimits(int MaxUnfinishedGames, int ComparisonGames);
