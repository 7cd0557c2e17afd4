using Simulation.Application.Games;
using Simulation.Application.Games.Journal;

using Simulation.Tests.Shared;

namespace Simulation.Application.Tests.Games;

/// <summary>The note of the server alive, which gives an open round back the time the server was down, counts only for the
/// database it was written beside: an event appended writes it again with the count, and a note whose count is not the
/// database's (a regsim that writes no note used the folder since, or games.db was restored from a copy) is ignored. A game
/// played under later rules than this version's is refused rather than replayed under its own.</summary>
public sealed class AliveNoteTests : IDisposable
{
    private static readonly GameRecord Record = new("NOTE12", "teacher", "smoke", "{}", 7, 0, 20, TeamRules.Single, DateTimeOffset.UnixEpoch);
    private readonly GamesFolder _games = new("regsim-note-");

    public void Dispose() => _games.Dispose();

    [Fact]
    public void TheNote_FollowsTheEvents_AndIsReadBackWhenItsCountIsTheDatabases()
    {
        var noted = DateTimeOffset.UnixEpoch.AddDays(1);
        using (var journal = GameJournal.Open(_games.Path))
        {
            Assert.Null(journal.LastAlive); // a new folder
            journal.Create(Record);
            journal.NoteAlive(noted);
            journal.Append(Record.Code, 0, new GameEvent(GameEventKind.Advanced, noted.AddSeconds(5)));
        }

        using var reopened = GameJournal.Open(_games.Path);

        Assert.Equal(noted.AddSeconds(5), reopened.LastAlive);
    }

    [Theory]
    [InlineData(1)] // another regsim appended an event without noting it
    [InlineData(-1)] // games.db restored from an older copy
    public void ANoteWhoseCountIsNotTheDatabases_IsIgnored(int events)
    {
        using (var journal = GameJournal.Open(_games.Path))
        {
            journal.Create(Record);
            journal.Append(Record.Code, 0, new GameEvent(GameEventKind.Advanced, DateTimeOffset.UnixEpoch));
            journal.NoteAlive(DateTimeOffset.UnixEpoch.AddDays(1));
        }
        File.WriteAllText(Path.Combine(_games.Path, GameJournal.LockFileName), $"{DateTimeOffset.UnixEpoch.AddDays(2):O} {1 + events}");

        using var reopened = GameJournal.Open(_games.Path);

        Assert.Null(reopened.LastAlive);
    }

    [Fact]
    public void AGameOfLaterRules_IsRefused_NamingTheRules()
    {
        using (var journal = GameJournal.Open(_games.Path))
        {
            journal.Create(Record with { Rules = GameRecord.CurrentRules + 1 });
        }

        using var reopened = GameJournal.Open(_games.Path);
        var e = Assert.Throws<GameDatabaseRefusedException>(() => reopened.Load());

        Assert.Contains($"game NOTE12 was played under rules {GameRecord.CurrentRules + 1}, which a newer regsim wrote", e.Message);
    }
}
