using Simulation.Core;
using Simulation.Experiments.Validation;

namespace Simulation.Experiments.Scoring;

/// <summary>
/// The first null model: every competition's winners drawn by lot among the bids really made, so each of the C(B, k) sets
/// of k winners among B bids is equally likely. A model that cannot beat it explains nothing about who won.
/// </summary>
public static class ChanceModel
{
    /// <summary>The report's name for this null.</summary>
    public const string Name = "chance among the real bids";

    /// <summary>The null's key in reports.</summary>
    public const string Key = "chance";

    /// <summary>Returns C(B, k): how many sets of <paramref name="winners"/> winners chance chooses among <paramref name="bids"/> bids.</summary>
    public static long Sets(int bids, int winners) => WinnerSets.Count(bids, Math.Min(winners, bids));

    /// <summary>Returns the exact scores of the chance model on <paramref name="record"/>.</summary>
    public static RecordScore Score(Scenario scenario, IReadOnlyList<HistoricalCompetition> record)
    {
        var competitions = record.Select(c =>
        {
            var winners = scenario.Projects.First(p => p.Id == c.Project).Winners;
            var sets = Sets(c.Bids, winners);
            var log = -Math.Log(sets);
            return new CompetitionScore(c.Project, 1.0 / sets, log, log, log, 1.0 - (1.0 / sets));
        }).ToList();
        var total = competitions.Sum(c => c.LogScore);
        // Chance draws each competition on its own, so the others' record changes nothing: the out-of-sample score is a sum.
        var outside = competitions.Where((_, c) => record[c].InSample is null).ToList();
        var part = outside.Sum(c => c.LogScore);
        var outOfSample = outside.Count == competitions.Count || outside.Count == 0 ? null
            : new OutOfSampleScore([.. outside.Select(c => c.Project)], part, part, part);
        return new RecordScore(Key, Name, competitions, total, total, total, double.NaN, true, outOfSample);
    }
}
