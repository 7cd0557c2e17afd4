using Simulation.Core;
using Simulation.Core.Bidding;
using Simulation.Core.Randomness;
using Simulation.Core.Regimes;
using Simulation.Experiments.Replay;

namespace Simulation.Experiments.Games;

/// <summary>
/// A class plays one replication together: people take some regions' decisions, the model's agents play the rest, and the
/// teacher advances round by round (one round per competition) and may switch the regime at any time. Not thread-safe: a
/// host serialises calls. The game draws from the stream of (seed, 0), so the same seed and the same decisions give the same
/// game.
/// </summary>
public sealed class ParticipatoryGame
{
    private readonly SimulationModel _model;
    private readonly PlayedRegions _players;
    private readonly CompetitionRecorder _recorder;
    private readonly Dictionary<int, PlayerChoice> _choices = [];
    private readonly HashSet<int> _seated = [];
    private readonly List<YearPlan> _plans = [];
    private readonly List<string> _autoPlayed = [];
    private readonly HashSet<int> _decided = []; // seated regions whose players decided in at least one judged round
    private readonly List<ConsortiumStayedOut> _stayedOut = [];
    private List<(int Project, int Regime)> _held = [];
    private bool _yearOpen;

    /// <summary>Sets up a game of <paramref name="scenario"/>, starting under regime <paramref name="regime"/> (an index).</summary>
    public ParticipatoryGame(Scenario scenario, ulong seed, int regime)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(regime);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(regime, scenario.Regimes.Count);
        Scenario = scenario;
        Seed = seed;
        Regime = regime;
        _players = new PlayedRegions(scenario.Regions.Count);
        _recorder = new CompetitionRecorder(scenario) { Players = _players };
        _model = new SimulationModel(scenario) { Players = _players, Observer = _recorder };
        _model.Reset(RegimeMode.Timeline, RandomStream.ForReplication(seed, 0));
        Rounds = Schedule(scenario);
    }

    /// <summary>The scenario played.</summary>
    public Scenario Scenario { get; }

    /// <summary>The game's seed.</summary>
    public ulong Seed { get; }

    /// <summary>Every round of the game, one per competition, in the order they are held.</summary>
    public IReadOnlyList<GameRound> Rounds { get; }

    /// <summary>Position of the current round in <see cref="Rounds"/>; −1 before the first.</summary>
    public int Round { get; private set; } = -1;

    /// <summary>Where the game stands.</summary>
    public GamePhase Phase { get; private set; } = GamePhase.Lobby;

    /// <summary>Index of the regime applied from now on: to the competition of the open round and to every year still to open.</summary>
    public int Regime { get; set; }

    /// <summary>The competitions judged so far, with their bids and reasons.</summary>
    public IReadOnlyList<CompetitionRecord> Results => _recorder.Records;

    /// <summary>The regimes applied year by year so far.</summary>
    public IReadOnlyList<YearPlan> Plans => _plans;

    /// <summary>Ids of the seated regions whose player did not decide in the last judged round, so their agent did.</summary>
    public IReadOnlyList<string> AutoPlayed => _autoPlayed;

    /// <summary>The consortia whose joint bid did not enter a judged round although the players of a member chose to bid,
    /// round by round.</summary>
    public IReadOnlyList<ConsortiumStayedOut> StayedOut => _stayedOut;

    /// <summary>The replication's outcome, once <see cref="Phase"/> is <see cref="GamePhase.Finished"/>.</summary>
    public ReplicationOutcome? Outcome => Phase == GamePhase.Finished ? _model.Outcome : null;

    /// <summary>The open round, if any.</summary>
    public GameRound? OpenRound => Phase == GamePhase.Deciding ? Rounds[Round] : null;

    /// <summary>Gives <paramref name="region"/> to a player; their decisions count from the next competition judged.</summary>
    public void Seat(int region) => _seated.Add(region);

    /// <summary>Hands <paramref name="region"/> back to its agent.</summary>
    public void Unseat(int region)
    {
        _seated.Remove(region);
        _choices.Remove(region);
    }

    /// <summary>The regions players hold, in scenario order.</summary>
    public IReadOnlyList<int> Seated => [.. _seated.Order()];

    /// <summary>Whether the players of <paramref name="region"/> sent a decision in any judged round (otherwise its agent
    /// played every round).</summary>
    public bool HasDecided(int region) => _decided.Contains(region);

    /// <summary>The decision a player made in the open round, if any.</summary>
    public PlayerChoice? Decision(int region) => _choices.TryGetValue(region, out var c) ? c : null;

    /// <summary>Records a seated region's decision for the open round (a later one replaces it).</summary>
    /// <exception cref="InvalidOperationException">No round is open, or the region is not seated.</exception>
    public void Decide(int region, PlayerChoice choice)
    {
        if (Phase != GamePhase.Deciding)
        {
            throw new InvalidOperationException("no round is open for decisions");
        }
        if (!_seated.Contains(region))
        {
            throw new InvalidOperationException($"region {Scenario.Regions[region].Id} is not played by anyone");
        }
        _choices[region] = choice;
    }

    /// <summary>Takes back <paramref name="region"/>'s decision in the open round (the member who made it left the team and
    /// nobody left has proposed): its agent plays unless someone decides again.</summary>
    public void Withdraw(int region) => _choices.Remove(region);

    /// <summary>Moves the game on one phase: opens the first round, judges an open round, opens the next one, or (after the
    /// last) simulates the horizon to its end.</summary>
    /// <exception cref="InvalidOperationException">The game is finished.</exception>
    public void Advance()
    {
        switch (Phase)
        {
            case GamePhase.Lobby:
            case GamePhase.Judged when Round + 1 < Rounds.Count:
                Open(Round + 1);
                break;
            case GamePhase.Deciding:
                Judge();
                break;
            case GamePhase.Judged:
                Finish();
                break;
            default:
                throw new InvalidOperationException("the game is over");
        }
    }

    /// <summary>What <paramref name="region"/>'s player needs to decide in the open round.</summary>
    /// <exception cref="InvalidOperationException">No round is open.</exception>
    public RoundBrief Brief(int region)
    {
        if (OpenRound is not { } round)
        {
            throw new InvalidOperationException("no round is open");
        }
        var project = Scenario.Projects[round.Project];
        var behaviour = Scenario.Behaviour;
        var government = _model.Governments[region];
        var (candidates, most) = RoundCandidates.Of(project, Scenario.Regions.Count, _seated);
        var plan = _model.National.ProjectPlan(round.Project, Regime);
        var terms = BidTerms.Single(government, project, plan, behaviour);
        var rank = 1 + candidates.Count(c => c != region && plan.Merit(c, _model.Governments[c].Capacity) > terms.Merit);
        // As JointBids weighs them: a consortium of the project bids as one for certain, another partnership by choice.
        List<string> Others(Func<int, bool> include) => project.JointBids
            ? [.. Scenario.Partnerships.Where((p, i) => p.Members.Contains(region) && include(i) && (project.Consortia.Contains(i) || p.FromYear <= round.Year))
                .SelectMany(p => p.Members).Where(m => m != region && project.Admits(m)).Distinct().Select(m => Scenario.Regions[m].Id)]
            : [];
        return new RoundBrief(Scenario.Regions[region].Id, project.Admits(region), terms.Valuation, terms.Floor, terms.Cap,
            terms.StartingEffort, rank, most, project.Winners, Others(i => !project.Consortia.Contains(i)), Others(project.Consortia.Contains));
    }

    /// <summary>Every region's standing so far, best first (projects won, then net gain).</summary>
    public IReadOnlyList<RegionStanding> Standings() => GameStandings.Of(_model.Governments, _recorder, _seated);

    private static List<GameRound> Schedule(Scenario scenario)
    {
        var rounds = new List<GameRound>();
        for (var year = scenario.Timeline.FirstYear; year <= scenario.Timeline.LastYear; year++)
        {
            for (var p = 0; p < scenario.Projects.Count; p++)
            {
                if (scenario.Projects[p].IsHeldIn(year))
                {
                    rounds.Add(new GameRound(rounds.Count + 1, p, scenario.Projects[p].Id, scenario.Projects[p].Name, year));
                }
            }
        }
        return rounds;
    }

    private void Open(int round)
    {
        var year = Rounds[round].Year;
        if (_yearOpen && _model.Year != year)
        {
            CloseYear();
        }
        while (_model.Year < year)
        {
            OpenYear();
            CloseYear();
        }
        if (!_yearOpen)
        {
            OpenYear();
        }
        Round = round;
        _choices.Clear();
        Phase = GamePhase.Deciding;
    }

    private void Judge()
    {
        _autoPlayed.Clear();
        var project = Rounds[Round].Project;
        foreach (var region in _seated)
        {
            if (_choices.TryGetValue(region, out var choice))
            {
                _players.Set(region, choice);
                _decided.Add(region);
            }
            else
            {
                _players.Release(region);
                if (Scenario.Projects[project].Admits(region))
                {
                    _autoPlayed.Add(Scenario.Regions[region].Id); // a region the round does not admit had nothing to decide
                }
            }
        }
        _model.HoldCompetition(project, Regime);
        _held.Add((project, Regime));
        var played = _choices.Where(c => _seated.Contains(c.Key)).ToDictionary();
        _stayedOut.AddRange(ConsortiumStayedOut.Of(Scenario, Round + 1, Scenario.Projects[project], played, Results[^1]));
        foreach (var region in _seated)
        {
            _players.Release(region);
        }
        Phase = GamePhase.Judged;
    }

    private void Finish()
    {
        if (_yearOpen)
        {
            CloseYear();
        }
        while (!_model.IsFinished)
        {
            OpenYear();
            CloseYear();
        }
        _model.Finish();
        Phase = GamePhase.Finished;
    }

    private void OpenYear()
    {
        _held = []; // filled as the year's competitions are judged
        _plans.Add(new YearPlan(_model.Year, Regime, _held));
        _model.OpenYear(Regime);
        _yearOpen = true;
    }

    private void CloseYear()
    {
        _model.CloseYear();
        _yearOpen = false;
    }
}
