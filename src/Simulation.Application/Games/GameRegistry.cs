using System.Collections.Concurrent;
using Simulation.Application.Games.Journal;
using Simulation.Experiments.Games;
using Simulation.Experiments.Scenarios;

namespace Simulation.Application.Games;

/// <summary>
/// The games on this server. With a journal (<c>regsim serve --data</c>) every game is rebuilt from it when the server starts
/// and kept until the teacher deletes it; the number of unfinished games is bounded, so a server left running over a term
/// does not grow without the teacher knowing.
/// </summary>
public sealed class GameRegistry
{
    private readonly ConcurrentDictionary<string, ClassroomGame> _games = new(StringComparer.Ordinal);
    private readonly object _gate = new();
    private readonly GameLimits _limits;
    private readonly TimeProvider _clock;
    private readonly GameJournal? _journal;

    /// <summary>Holds the games of <paramref name="journal"/> (none: games live in memory only), within <paramref name="limits"/>.</summary>
    public GameRegistry(GameLimits limits, TimeProvider clock, GameJournal? journal = null)
    {
        _limits = limits;
        _clock = clock;
        _journal = journal;
        foreach (var (record, events) in journal?.Load() ?? [])
        {
            try
            {
                _games[record.Code] = ClassroomGame.Restore(record, events, journal!);
            }
            catch (Exception e) when (e is not GameDatabaseRefusedException)
            {
                // Rows that read but do not replay: refused with their game, never served half restored. Edited rows are the likely
                // cause, but not the only one, so the message names the others rather than blaming the file alone.
                throw new GameDatabaseRefusedException(journal!.Path,
                    $"game {record.Code} does not replay ({e.GetType().Name}: {e.Message}): its rows were edited, or were written by another "
                    + "version of regsim, or this version has a fault (please report it with this message)");
            }
        }
        if (journal is not null)
        {
            // A round whose timer ran while the server was down gets that time back; then the note starts at once, so that a
            // server that stops again before its first check neither gives the same time back twice nor leaves no note.
            var now = Now;
            if (journal.LastAlive is { } stopped)
            {
                foreach (var game in _games.Values)
                {
                    game.ResumeAfterDowntime(stopped, now);
                }
            }
            journal.NoteAlive(now);
        }
    }

    /// <summary>Notes that the server is running now (<see cref="GameJournal.NoteAlive"/>), as deadlines are checked.</summary>
    public void NoteAlive(DateTimeOffset now) => _journal?.NoteAlive(now);

    /// <summary>Every game held, oldest first.</summary>
    public IReadOnlyList<ClassroomGame> All => [.. _games.Values.OrderBy(g => g.Record.Created)];

    /// <summary>The current time, for the games' clocks.</summary>
    public DateTimeOffset Now => _clock.GetUtcNow();

    /// <summary>How many unfinished games the server holds at most, said when a new one is refused.</summary>
    public int MaxUnfinishedGames => _limits.MaxUnfinishedGames;

    /// <summary>Starts a game, or returns null when the server already holds as many unfinished games as it may.</summary>
    public ClassroomGame? TryStart(LoadedScenario scenario, string scenarioName, ulong seed, int regime, TeamRules teams)
    {
        lock (_gate)
        {
            if (_games.Values.Count(g => g.Read(x => x.Game.Phase != GamePhase.Finished)) >= _limits.MaxUnfinishedGames)
            {
                return null;
            }
            string code;
            do
            {
                code = Secrets.GameCode();
            }
            while (_games.ContainsKey(code));
            var record = new GameRecord(code, Secrets.Token(), scenarioName, scenario.Document.ToJsonString(), seed, regime, _limits.ComparisonGames, teams, Now, GameRecord.CurrentRules);
            var game = ClassroomGame.Start(record, scenario.Model, _journal);
            _games[code] = game;
            return game;
        }
    }

    /// <summary>Deletes a game from the server and its journal.</summary>
    public void Delete(ClassroomGame game)
    {
        lock (_gate)
        {
            _journal?.Delete(game.Code);
            _games.TryRemove(game.Code, out _);
            game.MarkDeleted();
        }
    }

    /// <summary>The game with this join code (case-insensitive, spaces and dashes ignored), if any.</summary>
    public ClassroomGame? Find(string? code)
    {
        var normalised = code?.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal).ToUpperInvariant();
        return normalised is not null && _games.TryGetValue(normalised, out var game) ? game : null;
    }
}
