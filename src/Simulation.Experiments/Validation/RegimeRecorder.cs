using Simulation.Core;
using Simulation.Core.Regimes;

namespace Simulation.Experiments.Validation;

/// <summary>
/// Records, replication by replication, what the regime-effect checks pair across modes and scenarios: the Capital
/// Region's share of resources under each of two regimes, and whether each project's poorest candidate (lowest GRDP per
/// head) won under the equity regime. Values are kept per replication so pairs can be formed on common random numbers.
/// </summary>
public sealed class RegimeRecorder : IReplicationObserver
{
    private readonly string _equityRegime;
    private readonly string _otherRegime;
    private readonly int[] _projects;
    private readonly ulong[] _poorest;

    /// <summary>Prepares to record <paramref name="equityRegime"/> against <paramref name="otherRegime"/> in <paramref name="scenario"/>.</summary>
    public RegimeRecorder(Scenario scenario, string equityRegime, string otherRegime)
    {
        _equityRegime = equityRegime;
        _otherRegime = otherRegime;
        var grdp = scenario.GrdpPerCapitaAttribute;
        _projects = Enumerable.Range(0, scenario.Projects.Count).ToArray();
        _poorest = new ulong[_projects.Length];
        var poorestIds = new string[_projects.Length];
        PoorestCandidates = poorestIds;
        Projects = scenario.Projects.Select(x => x.Id).ToList();
        for (var p = 0; p < _projects.Length; p++)
        {
            var candidates = scenario.Projects[p].CandidatesAmong(scenario.Regions.Count);
            var poorest = candidates.OrderBy(r => scenario.Regions[r].Values[grdp]).ThenBy(r => r).First();
            _poorest[p] = 1UL << poorest;
            poorestIds[p] = scenario.Regions[poorest].Id;
        }
        PoorestWins = _projects.Select(_ => new List<bool>()).ToArray();
    }

    /// <summary>Project ids, in scenario order.</summary>
    public IReadOnlyList<string> Projects { get; }

    /// <summary>Region id of each project's poorest candidate, in project order.</summary>
    public IReadOnlyList<string> PoorestCandidates { get; }

    /// <summary>Capital Region share per replication under the equity regime.</summary>
    public List<double> EquityShare { get; } = [];

    /// <summary>Capital Region share per replication under the other regime.</summary>
    public List<double> OtherShare { get; } = [];

    /// <summary>Per project, per replication: whether the poorest candidate won under the equity regime.</summary>
    public IReadOnlyList<List<bool>> PoorestWins { get; }

    /// <inheritdoc />
    public void Observe(long replication, RegimeMode mode, ReplicationOutcome outcome)
    {
        if (mode.Label == _otherRegime)
        {
            OtherShare.Add(outcome.CapitalRegionShare);
        }
        if (mode.Label != _equityRegime)
        {
            return;
        }
        EquityShare.Add(outcome.CapitalRegionShare);
        for (var p = 0; p < _projects.Length; p++)
        {
            var won = false;
            foreach (var bid in outcome.Winners(_projects[p]))
            {
                won |= (bid & _poorest[p]) != 0;
            }
            PoorestWins[p].Add(won);
        }
    }
}
