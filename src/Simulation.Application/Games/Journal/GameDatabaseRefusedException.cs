namespace Simulation.Application.Games.Journal;

/// <summary>The games database cannot be used (damaged, not a regsim database, or written by a newer version); it is left
/// exactly as it was, so nothing a class played is overwritten.</summary>
/// <param name="path">The database file.</param>
/// <param name="reason">What is wrong.</param>
/// <param name="advice">What to do [default: move the file away, or serve from another folder]; a database another
/// server holds needs that server stopped, not the file moved.</param>
public sealed class GameDatabaseRefusedException(string path, string reason, string advice = "move it away or serve with --data pointing elsewhere")
    : Exception($"Games database '{path}' refused: {reason}. It was not changed; {advice}.");
