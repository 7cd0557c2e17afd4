using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Data.Sqlite;

namespace Simulation.Application.Games.Journal;

/// <summary>
/// Every game and every event of it, appended to a SQLite database in a transaction before the server acknowledges it, so a
/// restart (or a crash) replays each game to exactly where it was. Games stay until the teacher deletes them. Calls are
/// serialised; an event is durable when <see cref="Append"/> returns. One server at a time holds the folder (a lock file), and
/// closing the journal folds SQLite's write-ahead log back into the database, so the stopped server's file alone is the backup.
/// </summary>
public sealed class GameJournal : IDisposable
{
    /// <summary>The database's name in the data folder.</summary>
    public const string FileName = "games.db";

    /// <summary>The file a server holds locked while it uses the data folder, so that a second server on the same folder is
    /// refused rather than writing beside the first.</summary>
    public const string LockFileName = "games.lock";

    /// <summary>The layout this version writes; a database of a later layout is refused, never rewritten. Layout 2 has the
    /// tables of layout 1 and events of kinds layout 1 did not know (a captain chosen, teams resized, a student turned away),
    /// so a layout-1 database is marked 2 when opened: a regsim of layout 1 then says it is newer instead of calling it damaged
    /// at the first event it cannot read. Layout 3 adds, the same way, the event of a game's read-only key replaced, and
    /// layout 4 games of rules 3 (<see cref="GameRecord.CaptainsHandOverTheDecision"/>), which an earlier regsim would replay
    /// under the rules before; layout 5, the same way, the events of a student let in again on another device; layout 6 games
    /// of rules 4 (<see cref="GameRecord.NamedCaptainsDecideAlone"/>).</summary>
    public const long SchemaVersion = 6;

    // "RSGM" in the header's application id, so a stray SQLite file of another program is not taken for a games database.
    private const long ApplicationId = 0x5253474D;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private readonly SqliteConnection _connection;
    private readonly FileStream _lock;
    private readonly object _gate = new();
    private bool _closed;
    private long _events; // rows of the events table, which a note of the server alive counts
    private DateTimeOffset _notedAt = DateTimeOffset.MinValue; // the time of the last note (none yet: MinValue)

    private GameJournal(SqliteConnection connection, FileStream folderLock, string path)
    {
        _connection = connection;
        _lock = folderLock;
        Path = path;
        _events = Scalar(connection, "SELECT count(*) FROM events");
        LastAlive = ReadAliveNote(folderLock, _events);
    }

    /// <summary>The database file.</summary>
    public string Path { get; }

    /// <summary>When the server that used this folder before was last seen running (its last <see cref="NoteAlive"/>), so that
    /// an open round can be given back the time the server was down; null for a new folder, a lock file with no note, or a
    /// note that does not belong to the database as it is (another number of events: a regsim that writes no note used the
    /// folder since, or <c>games.db</c> was restored from a copy).</summary>
    public DateTimeOffset? LastAlive { get; }

    /// <summary>Notes in the lock file that the server is running at <paramref name="now"/>, with the number of events the
    /// database holds: a plain overwrite, which outlives the process however it ends (only an operating-system crash can lose
    /// the last notes). A note that cannot be written is skipped: it only shortens the time a restart gives back.</summary>
    public void NoteAlive(DateTimeOffset now)
    {
        lock (_gate)
        {
            if (!_closed)
            {
                WriteNote(now);
            }
        }
    }

    // Under the gate: the note of the server alive at now with the events counted now; an event appended or a game deleted
    // writes it again at once, so that the count in it is the database's whenever the server stops.
    private void WriteNote(DateTimeOffset now)
    {
        _notedAt = now > _notedAt ? now : _notedAt;
        var note = System.Text.Encoding.ASCII.GetBytes(string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"{_notedAt.ToUniversalTime():O} {_events}"));
        try
        {
            _lock.Position = 0;
            _lock.Write(note);
            _lock.SetLength(note.Length);
            _lock.Flush();
        }
        catch (IOException)
        {
            // A full or removed disk: the games themselves are written elsewhere, and their writes report their own failure.
        }
    }

    /// <summary>Opens (or creates) the database in <paramref name="folder"/>; throws <see cref="GameDatabaseRefusedException"/>
    /// when it cannot be used, without writing to it, and <see cref="InvalidDataException"/> when the folder is a file or a file system's root.</summary>
    public static GameJournal Open(string folder)
    {
        Output.ResultsFolder.RefuseFileOrRoot(folder);
        Directory.CreateDirectory(folder);
        var path = System.IO.Path.GetFullPath(System.IO.Path.Combine(folder, FileName));
        var folderLock = Lock(folder, path);
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false }.ToString());
        try
        {
            connection.Open();
            var tables = Scalar(connection, "SELECT count(*) FROM sqlite_master");
            var application = Scalar(connection, "PRAGMA application_id");
            var version = Scalar(connection, "PRAGMA user_version");
            if (tables == 0 && application == 0)
            {
                Execute(connection, $"""
                    PRAGMA journal_mode = WAL;
                    BEGIN;
                    CREATE TABLE games (code TEXT PRIMARY KEY, created TEXT NOT NULL, record TEXT NOT NULL);
                    CREATE TABLE events (game TEXT NOT NULL REFERENCES games(code), seq INTEGER NOT NULL, event TEXT NOT NULL, PRIMARY KEY (game, seq));
                    PRAGMA application_id = {ApplicationId};
                    PRAGMA user_version = {SchemaVersion};
                    COMMIT;
                    """);
            }
            else if (application != ApplicationId)
            {
                throw new GameDatabaseRefusedException(path, "it is not a regsim games database");
            }
            else if (version > SchemaVersion)
            {
                throw new GameDatabaseRefusedException(path, $"it was written by a newer regsim (layout {version}; this version reads up to {SchemaVersion})");
            }
            else if (QuickCheck(connection) is { } damage)
            {
                throw new GameDatabaseRefusedException(path, $"it is damaged ({damage})");
            }
            else if (version < SchemaVersion)
            {
                Execute(connection, $"PRAGMA user_version = {SchemaVersion};");
            }
            // WAL with synchronous NORMAL: a committed event survives the server being killed (it is in the log the moment the
            // insert returns); only a power cut or an operating-system crash can lose the last moments before it. The log is
            // checkpointed into games.db after every commit (a class makes a few events a second at most), so that games.db
            // alone holds every game even after a crash: a teacher who copies it then, without the log beside it, keeps them all.
            Execute(connection, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA wal_autocheckpoint = 1;");
            return new GameJournal(connection, folderLock, path);
        }
        catch (SqliteException e)
        {
            connection.Dispose();
            folderLock.Dispose();
            throw new GameDatabaseRefusedException(path, $"it is not a database or is damaged ({e.Message})");
        }
        catch
        {
            connection.Dispose();
            folderLock.Dispose();
            throw;
        }
    }

    // Takes the folder's lock file for this journal's lifetime; the operating system lets it go if the server dies.
    private static FileStream Lock(string folder, string path)
    {
        var lockPath = System.IO.Path.Combine(folder, LockFileName);
        try
        {
            return new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            throw new GameDatabaseRefusedException(path, "another regsim serve is using it (it holds games.lock beside it)",
                "stop that server, or give this one another --data folder");
        }
    }

    /// <summary>Records a new game.</summary>
    public void Create(GameRecord record)
    {
        lock (_gate)
        {
            using var command = _connection.CreateCommand();
            command.CommandText = "INSERT INTO games (code, created, record) VALUES ($code, $created, $record)";
            command.Parameters.AddWithValue("$code", record.Code);
            command.Parameters.AddWithValue("$created", record.Created.ToString("O"));
            command.Parameters.AddWithValue("$record", JsonSerializer.Serialize(record, Json));
            command.ExecuteNonQuery();
        }
    }

    /// <summary>Appends event number <paramref name="sequence"/> of game <paramref name="code"/>; durable when this returns.</summary>
    public void Append(string code, long sequence, GameEvent gameEvent) => AppendAll(code, sequence, [gameEvent]);

    /// <summary>Appends <paramref name="gameEvents"/> as events number <paramref name="first"/> on of game <paramref name="code"/>,
    /// in one transaction: all of them are kept or none (a student's move frees one seat and takes another); durable when this
    /// returns.</summary>
    public void AppendAll(string code, long first, IReadOnlyList<GameEvent> gameEvents)
    {
        lock (_gate)
        {
            using var transaction = _connection.BeginTransaction();
            for (var i = 0; i < gameEvents.Count; i++)
            {
                using var command = _connection.CreateCommand();
                command.Transaction = transaction;
                command.CommandText = "INSERT INTO events (game, seq, event) VALUES ($game, $seq, $event)";
                command.Parameters.AddWithValue("$game", code);
                command.Parameters.AddWithValue("$seq", first + i);
                command.Parameters.AddWithValue("$event", JsonSerializer.Serialize(gameEvents[i], Json));
                command.ExecuteNonQuery();
            }
            transaction.Commit();
            _events += gameEvents.Count;
            if (gameEvents.Count > 0 && _notedAt != DateTimeOffset.MinValue)
            {
                WriteNote(gameEvents[^1].At);
            }
        }
    }

    /// <summary>Deletes a game and its events.</summary>
    public void Delete(string code)
    {
        lock (_gate)
        {
            using var transaction = _connection.BeginTransaction();
            var deleted = new List<int>();
            foreach (var sql in new[] { "DELETE FROM events WHERE game = $code", "DELETE FROM games WHERE code = $code" })
            {
                using var command = _connection.CreateCommand();
                command.Transaction = transaction;
                command.CommandText = sql;
                command.Parameters.AddWithValue("$code", code);
                deleted.Add(command.ExecuteNonQuery());
            }
            transaction.Commit();
            _events -= deleted[0]; // the events' rows, not the game's one
            if (_notedAt != DateTimeOffset.MinValue)
            {
                WriteNote(_notedAt);
            }
        }
    }

    /// <summary>Every game kept, oldest first, with its events in order.</summary>
    public IReadOnlyList<(GameRecord Game, IReadOnlyList<GameEvent> Events)> Load()
    {
        lock (_gate)
        {
            var games = new List<GameRecord>();
            using (var command = _connection.CreateCommand())
            {
                command.CommandText = "SELECT code, record FROM games ORDER BY created, code";
                using var reader = command.ExecuteReader();
                while (reader.Read())
                {
                    var code = reader.GetString(0);
                    var record = Deserialize<GameRecord>(reader.GetString(1), $"the record of game {code}");
                    if (record.Code != code || record.TeacherToken is null || record.ScenarioName is null || record.ScenarioJson is null || record.Teams is null)
                    {
                        throw new GameDatabaseRefusedException(Path, $"it is damaged (the record of game {code} lacks a field or names another game)");
                    }
                    if (record.Rules > GameRecord.CurrentRules)
                    {
                        // Replayed under this version's rules, the game would not be the one its class played.
                        throw new GameDatabaseRefusedException(Path, $"game {code} was played under rules {record.Rules}, which a newer regsim wrote "
                            + $"(this version plays up to rules {GameRecord.CurrentRules})");
                    }
                    games.Add(record);
                }
            }
            var events = games.ToDictionary(g => g.Code, _ => new List<GameEvent>(), StringComparer.Ordinal);
            using (var command = _connection.CreateCommand())
            {
                command.CommandText = "SELECT game, seq, event FROM events ORDER BY game, seq";
                using var reader = command.ExecuteReader();
                while (reader.Read())
                {
                    var game = reader.GetString(0);
                    if (!events.TryGetValue(game, out var kept))
                    {
                        throw new GameDatabaseRefusedException(Path, $"it is damaged (event {reader.GetInt64(1)} belongs to game {game}, which has no record)");
                    }
                    kept.Add(Deserialize<GameEvent>(reader.GetString(2), $"event {reader.GetInt64(1)} of game {game}"));
                }
            }
            return [.. games.Select(g => (g, (IReadOnlyList<GameEvent>)events[g.Code]))];
        }
    }

    /// <summary>Folds the write-ahead log into the database file, closes it and lets the folder go. A call after the first does
    /// nothing.</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            if (_closed)
            {
                return;
            }
            _closed = true;
            try
            {
                Execute(_connection, "PRAGMA wal_checkpoint(TRUNCATE)");
            }
            finally
            {
                _connection.Dispose();
                _lock.Dispose();
            }
        }
    }

    // The note a server before left in the lock file, if it reads as a time and the number of events it counted is the
    // database's now.
    private static DateTimeOffset? ReadAliveNote(FileStream folderLock, long events)
    {
        var buffer = new byte[96];
        folderLock.Position = 0;
        var read = folderLock.Read(buffer);
        var parts = System.Text.Encoding.ASCII.GetString(buffer, 0, read).Split(' ');
        return parts.Length == 2
            && DateTimeOffset.TryParseExact(parts[0], "O", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var at)
            && long.TryParse(parts[1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var counted)
            && counted == events
            ? at : null;
    }

    // A row that does not read as what it should be (edited by hand, or damaged) refuses the database, naming the row.
    private T Deserialize<T>(string json, string row)
    {
        try
        {
            return JsonSerializer.Deserialize<T>(json, Json) ?? throw new JsonException("it is empty");
        }
        catch (JsonException e)
        {
            throw new GameDatabaseRefusedException(Path, $"it is damaged ({row} does not read: {e.Message})");
        }
    }

    private static long Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    // Null when SQLite finds the file sound, else its first complaint.
    private static string? QuickCheck(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA quick_check";
        var result = Convert.ToString(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        return result == "ok" ? null : result;
    }
}
