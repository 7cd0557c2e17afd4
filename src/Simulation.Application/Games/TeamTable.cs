using Simulation.Application.Games.Journal;
using Simulation.Core.Bidding;

namespace Simulation.Application.Games;

/// <summary>
/// Who plays which region: the teams (one or more students per region), their captains, what each member proposed in the open
/// round and every proposal since the game began. Not thread-safe; <see cref="ClassroomGame"/> holds its lock.
/// </summary>
internal sealed class TeamTable(TeamRules rules)
{
    private readonly Dictionary<string, Seat> _seats = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PlayerChoice> _open = new(StringComparer.Ordinal);
    private readonly List<Proposal> _history = [];
    private readonly Dictionary<int, string> _decidedBy = [];
    private int _joined;

    /// <summary>How many a team takes and whether captains decide: as the game started, until the teacher resizes the teams.</summary>
    public TeamRules Rules { get; set; } = rules;

    /// <summary>The largest team now.</summary>
    public int LargestTeam => _seats.Count == 0 ? 0 : _seats.Values.GroupBy(s => s.Region).Max(g => g.Count());

    /// <summary>Students seated now.</summary>
    public int Count => _seats.Count;

    /// <summary>Every seat now, by region then joining order.</summary>
    public IReadOnlyList<Seat> All => [.. _seats.Values.OrderBy(s => s.Region).ThenBy(s => s.Joined)];

    /// <summary>Every proposal submitted, in order, including those of students who left.</summary>
    public IReadOnlyList<Proposal> History => _history;

    /// <summary>Every seat ever taken, by token, for the export's names.</summary>
    public Dictionary<string, Seat> Ever { get; } = new(StringComparer.Ordinal);

    /// <summary>The seat a token holds, if any.</summary>
    public Seat? Find(string? token) => token is not null && _seats.TryGetValue(token, out var seat) ? seat : null;

    /// <summary>A region's team in joining order.</summary>
    public IReadOnlyList<Seat> Members(int region) => [.. _seats.Values.Where(s => s.Region == region).OrderBy(s => s.Joined)];

    /// <summary>Whether a region's team takes no one else.</summary>
    public bool IsFull(int region) => Rules.TeamSize is { } size && Members(region).Count >= size;

    /// <summary>Seats a student; the first member of a team with captains is its captain. <paramref name="afterLastRound"/>:
    /// every round was judged when they sat down.</summary>
    public Seat Add(string token, int region, string name, bool afterLastRound)
    {
        var seat = new Seat(token, region, name, _joined++, Rules.Captains && Members(region).Count == 0, afterLastRound);
        _seats[token] = seat;
        Ever[token] = seat;
        return seat;
    }

    /// <summary>Frees a region: its members' tokens stop working; returns how many were seated.</summary>
    public int Release(int region)
    {
        var members = Members(region);
        foreach (var seat in members)
        {
            _seats.Remove(seat.Token);
            _open.Remove(seat.Token);
        }
        _decidedBy.Remove(region);
        return members.Count;
    }

    /// <summary>Frees one member: their token stops working; a captain who leaves hands over to the next member to have
    /// joined. Returns how many are left in the team.</summary>
    public int ReleaseMember(Seat seat)
    {
        _seats.Remove(seat.Token);
        _open.Remove(seat.Token);
        var left = Members(seat.Region);
        if (seat.Captain && left.Count > 0)
        {
            MakeCaptain(left[0]);
        }
        return left.Count;
    }

    /// <summary>Makes <paramref name="seat"/> its team's captain (and nobody else).</summary>
    public void MakeCaptain(Seat seat)
    {
        foreach (var member in Members(seat.Region))
        {
            _seats[member.Token] = member with { Captain = member.Token == seat.Token };
        }
    }

    /// <summary>Records a member's proposal for the open round.</summary>
    public void Propose(int round, Seat seat, PlayerChoice choice, DateTimeOffset at)
    {
        _open[seat.Token] = choice;
        _history.Add(new Proposal(round, seat.Token, choice, at));
    }

    /// <summary>A member's proposal in the open round, if any.</summary>
    public PlayerChoice? Proposal(string token) => _open.TryGetValue(token, out var choice) ? choice : null;

    /// <summary>The proposal that decides for <paramref name="region"/> in the open round <paramref name="round"/> from its
    /// members now: the last one of a member whose proposal decides (<see cref="Decides"/>), or null when none has proposed.</summary>
    public Proposal? Deciding(int region, int round)
    {
        var deciders = Members(region).Where(Decides).Select(s => s.Token).ToHashSet(StringComparer.Ordinal);
        for (var i = _history.Count - 1; i >= 0 && _history[i].Round == round; i--)
        {
            if (deciders.Contains(_history[i].Token))
            {
                return _history[i];
            }
        }
        return null;
    }

    /// <summary>Notes whose proposal is <paramref name="region"/>'s decision in the open round, so that only their leaving
    /// the team changes it.</summary>
    public void NoteDecider(int region, string? token)
    {
        if (token is null)
        {
            _decidedBy.Remove(region);
        }
        else
        {
            _decidedBy[region] = token;
        }
    }

    /// <summary>Whose proposal is <paramref name="region"/>'s decision in the open round, if anyone's.</summary>
    public string? DecidedBy(int region) => _decidedBy.GetValueOrDefault(region);

    /// <summary>Forgets the open round's proposals (the round was judged).</summary>
    public void CloseRound()
    {
        _open.Clear();
        _decidedBy.Clear();
    }

    /// <summary>Whether a member's proposal decides for the region: the captain's where teams have captains, anyone's otherwise.</summary>
    public bool Decides(Seat seat) => !Rules.Captains || seat.Captain;
}
