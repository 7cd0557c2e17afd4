using Simulation.Core.Bidding;
using Simulation.Experiments.Games;
using Simulation.Output.Charts;

namespace Simulation.Web.Games;

/// <summary>
/// One class's game on the server: the <see cref="ParticipatoryGame"/>, the seats that bind students to regions, the
/// teacher's token, and a version that every change bumps so that event streams wake up. Every call takes the game's lock.
/// </summary>
public sealed class ClassroomGame
{
    private readonly object _gate = new();
    private readonly Dictionary<string, Seat> _seats = new(StringComparer.Ordinal);
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Creates a game of <paramref name="scenarioName"/>.</summary>
    public ClassroomGame(string code, string scenarioName, ParticipatoryGame game, int comparisonGames, DateTimeOffset now)
    {
        Code = code;
        ScenarioName = scenarioName;
        Game = game;
        ComparisonGames = comparisonGames;
        TeacherToken = Secrets.Token();
        LastActivity = now;
    }

    /// <summary>The join code students type.</summary>
    public string Code { get; }

    /// <summary>Name of the scenario played.</summary>
    public string ScenarioName { get; }

    /// <summary>The game itself; read it only inside <see cref="Read{T}"/>.</summary>
    internal ParticipatoryGame Game { get; }

    /// <summary>The secret that lets the teacher's page advance rounds and switch regimes.</summary>
    public string TeacherToken { get; }

    /// <summary>Games the model plays alone when the class finishes, for the comparison.</summary>
    public int ComparisonGames { get; }

    /// <summary>The comparison, once the game is finished.</summary>
    internal GameComparison? Comparison { get; private set; }

    /// <summary>The comparison drawn as SVG (region and player per row), once the game is finished.</summary>
    internal string? ComparisonChart { get; private set; }

    /// <summary>Bumped by every change.</summary>
    public long Version { get; private set; }

    /// <summary>When anyone last changed the game; idle games are forgotten.</summary>
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

    /// <summary>The seat a token holds, if any.</summary>
    public Seat? SeatOf(string? token)
    {
        lock (_gate)
        {
            return token is not null && _seats.TryGetValue(token, out var seat) ? seat : null;
        }
    }

    /// <summary>Every seat, in region order.</summary>
    internal IReadOnlyList<Seat> Seats => [.. _seats.Values.OrderBy(s => s.Region)];

    /// <summary>Gives a student a region: the one asked for, or the free region eligible in most rounds. Returns the seat, or
    /// the reason it cannot.</summary>
    public (Seat? Seat, RequestProblem? Problem) Take(string name, string? regionId, DateTimeOffset now)
    {
        lock (_gate)
        {
            var scenario = Game.Scenario;
            int region;
            if (regionId is null)
            {
                var free = Enumerable.Range(0, scenario.Regions.Count).Where(r => !Game.IsSeated(r)).ToList();
                if (free.Count == 0)
                {
                    return (null, RequestProblem.Conflict("region", "every region is taken"));
                }
                region = free.OrderByDescending(r => Game.Rounds.Count(round => scenario.Projects[round.Project].Admits(r))).ThenBy(r => r).First();
            }
            else
            {
                region = scenario.Regions.ToList().FindIndex(r => r.Id == regionId);
                if (region < 0)
                {
                    return (null, RequestProblem.Invalid("region", $"there is no region '{regionId}' in {ScenarioName}"));
                }
                if (Game.IsSeated(region))
                {
                    return (null, RequestProblem.Conflict("region", $"{scenario.Regions[region].Name} is already taken; pick another"));
                }
            }
            var seat = new Seat(Secrets.Token(), region, name);
            _seats[seat.Token] = seat;
            Game.Seat(region);
            Touch(now);
            return (seat, null);
        }
    }

    /// <summary>Frees a region (the teacher's button, when a student leaves or took the wrong one): its token stops working and
    /// the model plays it again until someone else takes it.</summary>
    public RequestProblem? Release(string regionId, DateTimeOffset now)
    {
        lock (_gate)
        {
            if (Game.Phase == GamePhase.Finished)
            {
                return RequestProblem.Conflict("phase", "the game is over");
            }
            var seat = _seats.Values.FirstOrDefault(s => Game.Scenario.Regions[s.Region].Id == regionId);
            if (seat is null)
            {
                return RequestProblem.Invalid("region", $"nobody plays '{regionId}'");
            }
            _seats.Remove(seat.Token);
            Game.Unseat(seat.Region);
            Touch(now);
            return null;
        }
    }

    /// <summary>Records a seated student's decision for the open round.</summary>
    public RequestProblem? Decide(Seat seat, PlayerChoice choice, DateTimeOffset now)
    {
        lock (_gate)
        {
            if (Game.Phase != GamePhase.Deciding)
            {
                return RequestProblem.Conflict("round", "no round is open; wait for the teacher to open the next one");
            }
            var brief = Game.Brief(seat.Region);
            if (choice.Bid && !brief.Eligible)
            {
                return RequestProblem.Invalid("bid", $"{Game.Scenario.Regions[seat.Region].Name} is not a candidate for {Game.OpenRound!.ProjectName}");
            }
            if (choice.Bid && (choice.EffortBillionWon < brief.EffortFloorBillionWon - 1e-9 || choice.EffortBillionWon > brief.EffortCapBillionWon + 1e-9))
            {
                return RequestProblem.Invalid("effort", $"must be between {brief.EffortFloorBillionWon:0.###} and {brief.EffortCapBillionWon:0.###} (₩ billion) this round");
            }
            if (choice.TeamUp && brief.Partners.Count == 0)
            {
                return RequestProblem.Invalid("teamUp", "this region has no partner to bid with in this round");
            }
            Game.Decide(seat.Region, choice);
            Touch(now);
            return null;
        }
    }

    /// <summary>Moves the game on one phase (the teacher's button); computes the comparison when the game ends.</summary>
    public RequestProblem? Advance(DateTimeOffset now)
    {
        lock (_gate)
        {
            if (Game.Phase == GamePhase.Finished)
            {
                return RequestProblem.Conflict("phase", "the game is over");
            }
            Game.Advance();
            if (Game.Phase == GamePhase.Finished)
            {
                Comparison = GameComparison.Of(Game, ComparisonGames);
                var players = Seats.ToDictionary(s => Game.Scenario.Regions[s.Region].Id, s => s.Name);
                ComparisonChart = ClassComparisonChart.Svg(Comparison.Players, [.. Comparison.Players.Select(p => $"{p.Name} ({players[p.Region]})")]);
            }
            Touch(now);
            return null;
        }
    }

    /// <summary>Switches the regime applied from now on (the teacher's switch).</summary>
    public RequestProblem? SwitchRegime(string regimeId, DateTimeOffset now)
    {
        lock (_gate)
        {
            var regime = Game.Scenario.Regimes.ToList().FindIndex(r => r.Id == regimeId);
            if (regime < 0)
            {
                return RequestProblem.Invalid("regime", $"must be one of {string.Join(", ", Game.Scenario.Regimes.Select(r => r.Id))}");
            }
            if (Game.Phase == GamePhase.Finished)
            {
                return RequestProblem.Conflict("phase", "the game is over");
            }
            Game.Regime = regime;
            Touch(now);
            return null;
        }
    }

    // Called under the lock: wakes every stream waiting for a change.
    private void Touch(DateTimeOffset now)
    {
        Version++;
        LastActivity = now;
        var changed = _changed;
        _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        changed.SetResult();
    }
}
