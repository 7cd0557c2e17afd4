namespace Simulation.Web.Games.Journal;

/// <summary>The games database cannot be used (damaged, not a regsim database, or written by a newer version); it is left
/// exactly as it was, so nothing a class played is overwritten.</summary>
/// <param name="path">The database file.</param>
/// <param name="reason">What is wrong and what to do.</param>
public sealed class GameDatabaseRefusedException(string path, string reason)
    : Exception($"Games database '{path}' refused: {reason}. It was not changed; move it away or serve with --data pointing elsewhere.");
