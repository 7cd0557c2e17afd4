using Simulation.Core;
using Simulation.Core.Regimes;
using Simulation.Experiments.Statistics;

namespace Simulation.Experiments.Validation;

/// <summary>
/// Measures the record's patterns in every replication of the timeline: whether a programme left out the regions the record
/// says it left out, and only them of the regions it could designate; the rank correlation (Spearman) of designations per region with the record's counts; and the rank
/// correlation (Kendall's τ-b) of winning with the evaluators' grades. Values are kept per replication, in order.
/// </summary>
public sealed class PatternRecorder(Scenario scenario, RecordPatterns patterns) : IReplicationObserver
{
    private readonly int _regions = scenario.Regions.Count;

    // Per no-designation pattern, the other regions its programme could designate: each must have got one.
    private readonly int[][] _others = [.. patterns.NoDesignation.Select(p => Enumerable.Range(0, scenario.Regions.Count)
        .Where(r => !p.Regions.Contains(r) && scenario.Programmes[p.Programme].CapOf(r) > 0).ToArray())];

    /// <summary>The patterns measured.</summary>
    public RecordPatterns Patterns => patterns;

    /// <summary>Per no-designation pattern, one flag per replication: every listed region got none, and every other region the
    /// programme could designate got at least one.</summary>
    public IReadOnlyList<List<bool>> LeftOut { get; } = [.. patterns.NoDesignation.Select(_ => new List<bool>())];

    /// <summary>Per no-designation pattern, one flag per replication: the programme designated any region at all.</summary>
    public IReadOnlyList<List<bool>> Designated { get; } = [.. patterns.NoDesignation.Select(_ => new List<bool>())];

    /// <summary>Per designation-count pattern, Spearman's ρ per replication (NaN when the replication's counts are all equal).</summary>
    public IReadOnlyList<List<double>> CountCorrelations { get; } = [.. patterns.DesignationCounts.Select(_ => new List<double>())];

    /// <summary>Per grade pattern, Kendall's τ-b per replication between won (1) or not (0) and the grade.</summary>
    public IReadOnlyList<List<double>> GradeCorrelations { get; } = [.. patterns.Grades.Select(_ => new List<double>())];

    /// <inheritdoc />
    public void Observe(long replication, RegimeMode mode, ReplicationOutcome outcome)
    {
        if (mode.Label != RegimeMode.TimelineLabel)
        {
            return;
        }
        for (var i = 0; i < patterns.NoDesignation.Count; i++)
        {
            var p = patterns.NoDesignation[i];
            var designations = outcome.Designations.AsSpan(p.Programme * _regions, _regions);
            var exactly = true;
            foreach (var r in p.Regions)
            {
                exactly &= designations[r] == 0;
            }
            foreach (var r in _others[i])
            {
                exactly &= designations[r] > 0;
            }
            LeftOut[i].Add(exactly);
            Designated[i].Add(designations.ContainsAnyExcept(0));
        }
        for (var i = 0; i < patterns.DesignationCounts.Count; i++)
        {
            var p = patterns.DesignationCounts[i];
            var simulated = p.Counts.Select(c => (double)outcome.Designations[(p.Programme * _regions) + c.Region]).ToArray();
            CountCorrelations[i].Add(RankCorrelation.Spearman(simulated, [.. p.Counts.Select(c => (double)c.Count)]));
        }
        for (var i = 0; i < patterns.Grades.Count; i++)
        {
            var p = patterns.Grades[i];
            var won = 0UL;
            foreach (var bid in outcome.Winners(p.Project))
            {
                won |= bid;
            }
            var regions = p.Grades.Keys.Order().ToArray();
            GradeCorrelations[i].Add(RankCorrelation.KendallTauB(
                [.. regions.Select(r => (won & (1UL << r)) != 0 ? 1.0 : 0.0)], [.. regions.Select(r => (double)p.Grades[r])]));
        }
    }
}
