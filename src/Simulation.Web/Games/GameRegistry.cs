using System.Collections.Concurrent;
using Simulation.Core;
using Simulation.Experiments.Games;

namespace Simulation.Web.Games;

/// <summary>
/// The games in progress on this server. Bounded in number, and a game nobody has touched for a few hours is forgotten, so a
/// server left running over a term does not grow.
/// </summary>
public sealed class GameRegistry(ClassroomOptions options, TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, ClassroomGame> _games = new(StringComparer.Ordinal);
    private readonly object _gate = new();

    /// <summary>Starts a game, or returns null when the server already holds as many games as it may.</summary>
    public ClassroomGame? TryStart(string scenarioName, Scenario scenario, ulong seed, int regime)
    {
        lock (_gate)
        {
            var now = clock.GetUtcNow();
            foreach (var idle in _games.Values.Where(g => now - g.LastActivity > options.GameIdleTimeout).ToList())
            {
                _games.TryRemove(idle.Code, out _);
            }
            if (_games.Count >= options.MaxGames)
            {
                return null;
            }
            string code;
            do
            {
                code = Secrets.JoinCode();
            }
            while (_games.ContainsKey(code));
            var game = new ClassroomGame(code, scenarioName, new ParticipatoryGame(scenario, seed, regime), options.ComparisonGames, now);
            _games[code] = game;
            return game;
        }
    }

    /// <summary>The game with this join code (case-insensitive, spaces ignored), if any.</summary>
    public ClassroomGame? Find(string? code)
    {
        var normalised = code?.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal).ToUpperInvariant();
        return normalised is not null && _games.TryGetValue(normalised, out var game) ? game : null;
    }

    /// <summary>The current time, for the games' activity clocks.</summary>
    public DateTimeOffset Now => clock.GetUtcNow();
}
