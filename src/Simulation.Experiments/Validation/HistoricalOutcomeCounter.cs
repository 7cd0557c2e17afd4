using Simulation.Core;
using Simulation.Core.Regimes;

namespace Simulation.Experiments.Validation;

/// <summary>
/// Counts, over the replications of one regime mode, how often each competition's winners include all its historical
/// winners, and how often that holds for every competition at once in the same replication (the full historical
/// outcome). A winning joint bid counts for every member, as in the win probabilities.
/// </summary>
public sealed class HistoricalOutcomeCounter : IReplicationObserver
{
    private readonly string _mode;
    private readonly int[] _projects;
    private readonly ulong[] _required;
    private readonly long[] _matches;

    /// <summary>Resolves <paramref name="record"/> against <paramref name="scenario"/>; throws <see cref="ArgumentException"/>
    /// naming a project or region the scenario lacks.</summary>
    /// <param name="scenario">The scenario run.</param>
    /// <param name="record">The competitions to compare with.</param>
    /// <param name="mode">Label of the regime mode counted (default: the timeline).</param>
    public HistoricalOutcomeCounter(Scenario scenario, IReadOnlyList<HistoricalCompetition> record, string mode = RegimeMode.TimelineLabel)
    {
        _mode = mode;
        Record = record;
        _projects = new int[record.Count];
        _required = new ulong[record.Count];
        for (var c = 0; c < record.Count; c++)
        {
            _projects[c] = ProjectIndex(scenario, record[c].Project);
            foreach (var region in record[c].Winners)
            {
                _required[c] |= 1UL << RegionIndex(scenario, region);
            }
        }
        _matches = new long[record.Count];
    }

    /// <summary>The competitions counted, in order.</summary>
    public IReadOnlyList<HistoricalCompetition> Record { get; }

    /// <summary>Replications of the mode seen.</summary>
    public long Replications { get; private set; }

    /// <summary>Replications in which every competition's winners included its historical winners.</summary>
    public long FullMatches { get; private set; }

    /// <summary>Replications in which competition <paramref name="competition"/>'s winners included its historical winners.</summary>
    public long Matches(int competition) => _matches[competition];

    /// <inheritdoc />
    public void Observe(long replication, RegimeMode mode, ReplicationOutcome outcome)
    {
        if (mode.Label != _mode)
        {
            return;
        }
        Replications++;
        var all = true;
        for (var c = 0; c < _projects.Length; c++)
        {
            var members = 0UL;
            foreach (var bid in outcome.Winners(_projects[c]))
            {
                members |= bid;
            }
            if ((members & _required[c]) == _required[c])
            {
                _matches[c]++;
            }
            else
            {
                all = false;
            }
        }
        if (all)
        {
            FullMatches++;
        }
    }

    /// <summary>Returns the position of project <paramref name="id"/> in <paramref name="scenario"/>; throws when it has none.</summary>
    public static int ProjectIndex(Scenario scenario, string id)
    {
        for (var p = 0; p < scenario.Projects.Count; p++)
        {
            if (scenario.Projects[p].Id == id)
            {
                return p;
            }
        }
        throw new ArgumentException($"the scenario '{scenario.Name}' has no project '{id}'", nameof(id));
    }

    /// <summary>Returns the position of region <paramref name="id"/> in <paramref name="scenario"/>; throws when it has none.</summary>
    public static int RegionIndex(Scenario scenario, string id)
    {
        for (var r = 0; r < scenario.Regions.Count; r++)
        {
            if (scenario.Regions[r].Id == id)
            {
                return r;
            }
        }
        throw new ArgumentException($"the scenario '{scenario.Name}' has no region '{id}'", nameof(id));
    }
}
