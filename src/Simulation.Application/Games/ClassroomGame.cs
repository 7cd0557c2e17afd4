using Simulation.Application.Games.Journal;
using Simulation.Core;
using Simulation.Core.Bidding;
using Simulation.Experiments.Games;
using Simulation.Experiments.Scenarios;
using Simulation.Output.Charts;

namespace Simulation.Application.Games;

/// <summary>
/// One class's game on the server: the <see cref="ParticipatoryGame"/>, the teams that bind students to regions, the
/// teacher's token, the open round's deadline, and a version that every change bumps so that event streams wake up. Every
/// change is an event, appended to the journal before it is applied, so replaying the journal rebuilds the game exactly.
/// Every call takes the game's lock.
/// </summary>
public sealed partial class ClassroomGame
{
    private readonly object _gate = new();
    private readonly TeamTable _teams;
    private readonly List<RegionDecision> _decisions = [];
    private GameJournal? _journal;
    private long _events;
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private ClassroomGame(GameRecord record, Scenario scenario)
    {
        Record = record;
        Game = new ParticipatoryGame(scenario, record.Seed, record.Regime);
        _teams = new TeamTable(record.Teams);
        LastActivity = record.Created;
    }

    /// <summary>Starts a new game and records it in <paramref name="journal"/> (none: the game lives in memory only).</summary>
    public static ClassroomGame Start(GameRecord record, Scenario scenario, GameJournal? journal)
    {
        journal?.Create(record);
        return new ClassroomGame(record, scenario) { _journal = journal };
    }

    /// <summary>Rebuilds a game from its record and events, as it was when the last event was acknowledged.</summary>
    public static ClassroomGame Restore(GameRecord record, IReadOnlyList<GameEvent> events, GameJournal journal)
    {
        var game = new ClassroomGame(record, ScenarioLoader.Parse(record.ScenarioJson, record.ScenarioName).Model);
        foreach (var gameEvent in events)
        {
            game.Apply(gameEvent);
            game.LastActivity = gameEvent.At;
        }
        game._events = events.Count;
        game.Version = events.Count; // every event bumped it once
        game._journal = journal;
        return game;
    }

    /// <summary>How the game was started.</summary>
    public GameRecord Record { get; }

    /// <summary>The join code students type.</summary>
    public string Code => Record.Code;

    /// <summary>Name of the scenario played.</summary>
    public string ScenarioName => Record.ScenarioName;

    /// <summary>The secret that lets the teacher's page advance rounds, switch regimes and export.</summary>
    public string TeacherToken => Record.TeacherToken;

    /// <summary>The game itself; read it only inside <see cref="Read{T}"/>.</summary>
    public ParticipatoryGame Game { get; }

    /// <summary>The teams; read them only inside <see cref="Read{T}"/>.</summary>
    internal TeamTable Teams => _teams;

    /// <summary>Each seated region's decision in every judged round.</summary>
    internal IReadOnlyList<RegionDecision> Decisions => _decisions;

    /// <summary>The comparison, once the game is finished.</summary>
    internal GameComparison? Comparison { get; private set; }

    /// <summary>The comparison drawn as SVG (region and player per row), once the game is finished.</summary>
    internal string? ComparisonChart { get; private set; }

    /// <summary>The view every page shares at <see cref="GameView.Version"/>; rebuilt when the game has moved on. Read and
    /// written under the game's lock.</summary>
    internal GameView? SharedView { get; set; }

    /// <summary>The JSON of <see cref="SharedView"/> and its version, serialized once for every page (by the host, which splices in each page's own parts).</summary>
    public (string Json, long Version)? SharedJson { get; set; }

    /// <summary>When the open round closes by itself, if the teacher set a deadline.</summary>
    public DateTimeOffset? Deadline { get; private set; }

    /// <summary>Whether the teacher deleted the game; its event streams end.</summary>
    public bool Deleted { get; private set; }

    /// <summary>Bumped by every change.</summary>
    public long Version { get; private set; }

    /// <summary>When anyone last changed the game.</summary>
    public DateTimeOffset LastActivity { get; private set; }

    /// <summary>Completes at the next change.</summary>
    public Task Changed
    {
        get
        {
            lock (_gate)
            {
                return _changed.Task;
            }
        }
    }

    /// <summary>Reads the game under its lock.</summary>
    public T Read<T>(Func<ClassroomGame, T> read)
    {
        lock (_gate)
        {
            return read(this);
        }
    }

    /// <summary>What to say of a region id that is none of the game's scenario's regions: the id meant, when it was written
    /// otherwise (a region's name, or other capitals), else every id, so a request by hand can be put right.</summary>
    public string NoSuchRegion(string regionId) =>
        Game.Scenario.Regions.FirstOrDefault(r => string.Equals(r.Id, regionId, StringComparison.OrdinalIgnoreCase) || string.Equals(r.Name, regionId, StringComparison.OrdinalIgnoreCase)) is { } meant
            ? $"there is no region '{regionId}' in {ScenarioName}: ids are written as the scenario writes them, here '{meant.Id}'"
            : $"there is no region '{regionId}' in {ScenarioName}; its regions are {string.Join(", ", Game.Scenario.Regions.Select(r => r.Id))}";

    /// <summary>What to say of a regime id that is none of <paramref name="scenario"/>'s regimes.</summary>
    public static string NoSuchRegime(Scenario scenario, string? regimeId) =>
        scenario.Regimes.FirstOrDefault(r => string.Equals(r.Id, regimeId, StringComparison.OrdinalIgnoreCase)) is { } meant
            ? $"must be one of {string.Join(", ", scenario.Regimes.Select(r => r.Id))}, written as the scenario writes them: '{meant.Id}', not '{regimeId}'"
            : $"must be one of {string.Join(", ", scenario.Regimes.Select(r => r.Id))}";

    // The position of the region called regionId in the game's scenario, or -1 when there is none.
    private int RegionIndex(string regionId) => Game.Scenario.Regions.ToList().FindIndex(r => r.Id == regionId);

    /// <summary>The seat a token holds, if any.</summary>
    public Seat? SeatOf(string? token)
    {
        lock (_gate)
        {
            return _teams.Find(token);
        }
    }

    /// <summary>Seats a student in a region's team: the one asked for, or the emptiest team of a region that may bid in a
    /// round still to decide (one that only watches, <see cref="Watches"/>, only when every other team is full), eligible in most
    /// of them. Returns the seat, or the reason it cannot.</summary>
    public (Seat? Seat, GameRefusal? Refusal) Take(string name, string? regionId, DateTimeOffset now, string? rejoinCode = null)
    {
        lock (_gate)
        {
            var scenario = Game.Scenario;
            var asked = regionId is null ? -1 : RegionIndex(regionId);
            if (regionId is not null && asked < 0)
            {
                return (null, GameRefusal.Invalid("region", NoSuchRegion(regionId))); // a mistyped request, whatever the game's state
            }
            if (Game.Phase == GamePhase.Finished)
            {
                return (null, GameRefusal.Conflict("phase", "the game is over"));
            }
            if (_teams.All.FirstOrDefault(s => StudentName.SameAs(s.Name, name)) is var namesake && (namesake is not null || !string.IsNullOrWhiteSpace(rejoinCode)))
            {
                return JoinAsNamesake(namesake, name, rejoinCode, now);
            }
            if (_teams.Count >= TeamRules.MaxStudents)
            {
                TurnAway(name, now);
                return (null, GameRefusal.Conflict(null, $"the game is full ({TeamRules.MaxStudents} students, the most a game takes); the teacher can free a seat"));
            }
            int region;
            if (regionId is null)
            {
                var open = Enumerable.Range(0, scenario.Regions.Count).Where(r => !_teams.IsFull(r)).ToList();
                if (open.Count == 0)
                {
                    var size = _teams.Rules.TeamSize ?? 1; // open teams are never full
                    TurnAway(name, now);
                    return (null, GameRefusal.Conflict("region", $"every region's team is full ({size} student{(size == 1 ? "" : "s")} each); "
                        + "ask the teacher to take more students per region, then try again"));
                }
                // A region that only watches gets a student only when every other team is full; the student is told so (the
                // view's Watches) and may move to a region that bids once one has room (Move).
                region = Emptiest(open);
            }
            else
            {
                region = asked;
                if (_teams.IsFull(region))
                {
                    return (null, FullTeam(region));
                }
            }
            var token = Secrets.Token();
            Commit(new GameEvent(GameEventKind.SeatTaken, now, Token: token, Region: scenario.Regions[region].Id, Name: name));
            return (_teams.Find(token), null);
        }
    }

    /// <summary>Frees a region (the teacher's button, when a team leaves or took the wrong one): its members' tokens stop
    /// working and the model plays it again until someone else takes it. With <paramref name="name"/>, only that member
    /// leaves, and the region goes back to the model when its team is empty.</summary>
    public GameRefusal? Release(string regionId, string? name, DateTimeOffset now)
    {
        lock (_gate)
        {
            if (Game.Phase == GamePhase.Finished)
            {
                return GameRefusal.Conflict("phase", "the game is over");
            }
            var region = RegionIndex(regionId);
            if (region < 0)
            {
                return GameRefusal.NotFound("region", NoSuchRegion(regionId));
            }
            if (_teams.Members(region).Count == 0)
            {
                return GameRefusal.NotFound("region", $"nobody plays {Game.Scenario.Regions[region].Name}: the model plays it already");
            }
            Seat? member = null;
            if (name is not null && (member = MemberCalled(name, region, out var problem)) is null)
            {
                return problem;
            }
            // The member's name as seated, whatever spelling the request used: the journal's event names them exactly.
            Commit(new GameEvent(GameEventKind.RegionReleased, now, Region: regionId, Name: member?.Name));
            return null;
        }
    }

    /// <summary>Makes the member of <paramref name="regionId"/>'s team called <paramref name="name"/> its captain (teams with
    /// captains only).</summary>
    public GameRefusal? ChooseCaptain(string regionId, string name, DateTimeOffset now)
    {
        lock (_gate)
        {
            if (!_teams.Rules.Captains)
            {
                return GameRefusal.Conflict("captains", "this game was started without captains: the last proposal decides");
            }
            var region = RegionIndex(regionId);
            if (region < 0)
            {
                return GameRefusal.Invalid("region", NoSuchRegion(regionId));
            }
            if (MemberCalled(name, region, out var problem) is not { } seat)
            {
                return problem! with { Kind = GameRefusalKind.Invalid }; // a name in the request's body, not in its address
            }
            Commit(new GameEvent(GameEventKind.CaptainChosen, now, Token: seat.Token));
            return null;
        }
    }

    /// <summary>Moves the game on one phase (the teacher's button); a round it opens closes by itself after
    /// <paramref name="roundTime"/> when one is given. With <paramref name="seen"/>, only from that phase and round: a second
    /// press of the button, made before the page showed the first one's result, changes nothing.</summary>
    public GameRefusal? Advance(DateTimeOffset now, TimeSpan? roundTime = null, PhaseSeen? seen = null)
    {
        lock (_gate)
        {
            if (Game.Phase == GamePhase.Finished)
            {
                return GameRefusal.Conflict("phase", "the game is over");
            }
            if (seen is { } was && (was.Phase != Game.Phase || was.Round != Game.Round + 1))
            {
                return GameRefusal.Conflict("phase", "the game has already moved on since this page last showed it (the round's time ran out, the button was pressed twice, or another teacher's device moved it); nothing was changed. If the page does not show the new phase in a few seconds, reload it");
            }
            Commit(new GameEvent(GameEventKind.Advanced, now));
            if (roundTime is { } time && Game.Phase == GamePhase.Deciding)
            {
                Commit(new GameEvent(GameEventKind.DeadlineSet, now, Deadline: now + time));
            }
            return null;
        }
    }

    /// <summary>Sets (or, with null, clears) when the open round closes by itself.</summary>
    public GameRefusal? SetDeadline(TimeSpan? after, DateTimeOffset now)
    {
        lock (_gate)
        {
            if (Game.Phase != GamePhase.Deciding)
            {
                return GameRefusal.Conflict("phase", "no round is open; a deadline is set for an open round");
            }
            Commit(new GameEvent(GameEventKind.DeadlineSet, now, Deadline: after is { } a ? now + a : null));
            return null;
        }
    }

    /// <summary>Closes the open round if its deadline has passed: the model plays for every region without a decision.</summary>
    public bool CloseIfDue(DateTimeOffset now)
    {
        lock (_gate)
        {
            if (Game.Phase != GamePhase.Deciding || Deadline is not { } deadline || deadline > now)
            {
                return false;
            }
            Commit(new GameEvent(GameEventKind.Advanced, now));
            return true;
        }
    }

    /// <summary>Switches the regime applied from now on (the teacher's switch).</summary>
    public GameRefusal? SwitchRegime(string regimeId, DateTimeOffset now)
    {
        lock (_gate)
        {
            if (!Game.Scenario.Regimes.Any(r => r.Id == regimeId))
            {
                return GameRefusal.Invalid("regime", NoSuchRegime(Game.Scenario, regimeId));
            }
            if (Game.Phase == GamePhase.Finished)
            {
                return GameRefusal.Conflict("phase", "the game is over");
            }
            Commit(new GameEvent(GameEventKind.RegimeSwitched, now, Regime: regimeId));
            return null;
        }
    }

    /// <summary>Marks the game deleted and wakes its event streams, so every page learns at once that it is gone.</summary>
    public void MarkDeleted()
    {
        lock (_gate)
        {
            Deleted = true;
            _changed.TrySetResult();
        }
    }

    // Under the lock: journal first (events that cannot be kept are not applied; several are kept together or not at all),
    // then apply each, then wake the streams.
    private void Commit(params GameEvent[] gameEvents)
    {
        // Requests read the clock before the lock: an event is never recorded earlier than the one before it (an export's order).
        gameEvents = [.. gameEvents.Select(e => e.At < LastActivity ? e with { At = LastActivity } : e)];
        _journal?.AppendAll(Code, _events, gameEvents);
        foreach (var gameEvent in gameEvents)
        {
            _events++;
            Apply(gameEvent);
            LastActivity = gameEvent.At;
            Touch();
        }
    }

    // Under the lock: a new version of the view, and every stream woken to send it.
    private void Touch()
    {
        Version++;
        var changed = _changed;
        _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        changed.TrySetResult();
    }
}
