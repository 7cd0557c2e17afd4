using Microsoft.Data.Sqlite;
using Simulation.Application.Games;
using Simulation.Application.Games.Journal;
using Simulation.Core.Bidding;

using Simulation.Tests.Shared;

namespace Simulation.Application.Tests.Games;

/// <summary>The games database keeps what it is given across a reopen, and refuses, without changing a byte, a file it
/// cannot trust: damaged, another program's, or a newer layout.</summary>
public sealed class GameJournalTests : IDisposable
{
    private readonly GamesFolder _games = new("regsim-journal-");

    public void Dispose() => _games.Dispose();

    [Fact]
    public void TheDatabaseFileAlone_HoldsEveryCommittedEvent_WhileTheServerRuns_SoACopyAfterACrashKeepsThem()
    {
        var record = new GameRecord("GHJKLM", "teacher", "smoke", "{}", 7, 1, 20, new TeamRules(3, true), DateTimeOffset.UnixEpoch);
        var copy = Directory.CreateDirectory(Path.Combine(_games.Path, "backup")).FullName;
        using (var journal = GameJournal.Open(_games.Path))
        {
            journal.Create(record);
            for (var i = 0; i < 40; i++)
            {
                journal.Append(record.Code, i, new GameEvent(GameEventKind.SeatTaken, DateTimeOffset.UnixEpoch.AddSeconds(i), Token: $"t{i}", Region: "daegu", Name: $"S{i}"));
            }
            // As a teacher would after the server died: games.db copied, without the log (games.db-wal) beside it.
            File.Copy(Path.Combine(_games.Path, GameJournal.FileName), Path.Combine(copy, GameJournal.FileName));
        }

        using var restored = GameJournal.Open(copy);
        var (game, kept) = Assert.Single(restored.Load());
        Assert.Equal(record.Code, game.Code);
        Assert.Equal(40, kept.Count);
    }

    [Fact]
    public void EventsAppended_AreThereAfterReopening_InOrder()
    {
        var record = new GameRecord("ABCDEF", "teacher", "smoke", "{}", 7, 1, 20, new TeamRules(3, true), DateTimeOffset.UnixEpoch);
        var events = new[]
        {
            new GameEvent(GameEventKind.SeatTaken, DateTimeOffset.UnixEpoch.AddSeconds(1), Token: "t1", Region: "daegu", Name: "Ana"),
            new GameEvent(GameEventKind.Advanced, DateTimeOffset.UnixEpoch.AddSeconds(2)),
            new GameEvent(GameEventKind.Decided, DateTimeOffset.UnixEpoch.AddSeconds(3), Token: "t1", Choice: new PlayerChoice(true, 12.5, false)),
            new GameEvent(GameEventKind.DeadlineSet, DateTimeOffset.UnixEpoch.AddSeconds(4), Deadline: DateTimeOffset.UnixEpoch.AddSeconds(94)),
        };
        using (var journal = GameJournal.Open(_games.Path))
        {
            journal.Create(record);
            for (var i = 0; i < events.Length; i++)
            {
                journal.Append(record.Code, i, events[i]);
            }
        }

        using var reopened = GameJournal.Open(_games.Path);
        var (game, kept) = Assert.Single(reopened.Load());

        Assert.Equal(record, game);
        Assert.Equal(events, kept);
    }

    [Fact]
    public void EventsAppendedTogether_AreKeptAllOrNone()
    {
        var record = new GameRecord("MOVE12", "teacher", "smoke", "{}", 7, 0, 20, TeamRules.Single, DateTimeOffset.UnixEpoch);
        var at = DateTimeOffset.UnixEpoch;
        var seat = new GameEvent(GameEventKind.SeatTaken, at, Token: "t1", Region: "jeju", Name: "Ana");
        var move = new[]
        {
            new GameEvent(GameEventKind.RegionReleased, at.AddSeconds(1), Region: "jeju", Name: "Ana"),
            new GameEvent(GameEventKind.SeatTaken, at.AddSeconds(1), Token: "t2", Region: "daegu", Name: "Ana"),
        };
        var advanced = new GameEvent(GameEventKind.Advanced, at.AddSeconds(2));
        using (var journal = GameJournal.Open(_games.Path))
        {
            journal.Create(record);
            journal.Append(record.Code, 0, seat);
            journal.Append(record.Code, 2, advanced);

            // The move's second event clashes with one already kept: its first is not kept either.
            Assert.Throws<SqliteException>(() => journal.AppendAll(record.Code, 1, move));
            Assert.Equal([seat, advanced], Assert.Single(journal.Load()).Events);

            journal.AppendAll(record.Code, 3, move);
        }

        using var reopened = GameJournal.Open(_games.Path);
        var (_, kept) = Assert.Single(reopened.Load());

        Assert.Equal([seat, advanced, .. move], kept);
    }

    [Fact]
    public void DeletedGame_IsGone()
    {
        using var journal = GameJournal.Open(_games.Path);
        journal.Create(new GameRecord("GONE12", "t", "smoke", "{}", 1, 0, 0, TeamRules.Single, DateTimeOffset.UnixEpoch));
        journal.Append("GONE12", 0, new GameEvent(GameEventKind.Advanced, DateTimeOffset.UnixEpoch));

        journal.Delete("GONE12");

        Assert.Empty(journal.Load());
    }

    [Fact]
    public void DamagedFile_IsRefused_AndLeftAsItWas()
    {
        var path = Path.Combine(_games.Path, GameJournal.FileName);
        var garbage = Enumerable.Range(0, 4096).Select(i => (byte)(i * 7)).ToArray();
        File.WriteAllBytes(path, garbage);

        var e = Assert.Throws<GameDatabaseRefusedException>(() => GameJournal.Open(_games.Path));

        Assert.Contains(path, e.Message);
        Assert.Equal(garbage, File.ReadAllBytes(path));
    }

    [Fact]
    public void DatabaseOfANewerVersion_IsRefused_AndLeftAsItWas()
    {
        using (GameJournal.Open(_games.Path))
        {
        }
        var path = Path.Combine(_games.Path, GameJournal.FileName);
        using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = $"PRAGMA user_version = {GameJournal.SchemaVersion + 1}";
            command.ExecuteNonQuery();
        }
        var before = File.ReadAllBytes(path);

        var e = Assert.Throws<GameDatabaseRefusedException>(() => GameJournal.Open(_games.Path));

        Assert.Contains("newer", e.Message);
        Assert.Equal(before, File.ReadAllBytes(path));
    }

    [Fact]
    public void DatabaseOfTheFirstLayout_IsRead_AndMarkedWithThisLayout()
    {
        var record = new GameRecord("ABCDEF", "teacher", "smoke", "{}", 7, 1, 20, new TeamRules(3, true), DateTimeOffset.UnixEpoch);
        using (var journal = GameJournal.Open(_games.Path))
        {
            journal.Create(record);
            journal.Append(record.Code, 0, new GameEvent(GameEventKind.Advanced, DateTimeOffset.UnixEpoch));
        }
        var path = Path.Combine(_games.Path, GameJournal.FileName);
        SetLayout(path, 1);

        using (var reopened = GameJournal.Open(_games.Path))
        {
            var (game, kept) = Assert.Single(reopened.Load());
            Assert.Equal(record.Code, game.Code);
            Assert.Single(kept);
        }

        Assert.Equal(GameJournal.SchemaVersion, Layout(path));
        Assert.True(GameJournal.SchemaVersion > 1);
    }

    private static void SetLayout(string path, long layout)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA user_version = {layout}";
        command.ExecuteNonQuery();
    }

    private static long Layout(string path)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA user_version";
        return (long)command.ExecuteScalar()!;
    }

    [Fact]
    public void AnotherProgramsDatabase_IsRefused()
    {
        var path = Path.Combine(_games.Path, GameJournal.FileName);
        using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "CREATE TABLE notes (text TEXT)";
            command.ExecuteNonQuery();
        }

        var e = Assert.Throws<GameDatabaseRefusedException>(() => GameJournal.Open(_games.Path));

        Assert.Contains("not a regsim games database", e.Message);
    }
}
