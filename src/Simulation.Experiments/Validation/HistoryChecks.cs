using Simulation.Core;
using Simulation.Core.Regimes;
using Simulation.Experiments.Statistics;

namespace Simulation.Experiments.Validation;

/// <summary>
/// History (paper §4.1), for context: under the scenario's timeline, each historical winner's rank and win probability,
/// and each competition's probability that its winners include the historical ones, beside chance among the real bids
/// (k/B for one bid, 1/C(B, k) for the set). None is judged: a rank of at most k + 1, the old criterion, is reached by
/// chance alone with probability (k + 1)/B among the B bids the record counts (fewer than the candidate regions where a
/// bid is joint or a bidder unnamed), so the record is judged by its log score instead (<see cref="ScoreChecks"/>).
/// <para>A region's rank is 1 + the number of candidates with a strictly higher win probability, so regions that win
/// together in a joint bid share a rank; its interval counts, at worst, every other candidate whose interval reaches its
/// own except those with exactly its probability (a joint bid's partners), which share the rank whatever the intervals;
/// for a winner that never won in the runs, every other candidate counts.</para>
/// <para>The rows of a competition the record declares in sample are of that kind (<see cref="CheckKind.InSample"/>).</para>
/// </summary>
public static class HistoryChecks
{
    /// <summary>Returns the history checks from a run's win probabilities and the counter observed during the same run.</summary>
    /// <param name="scenario">The scenario run.</param>
    /// <param name="result">Its Monte Carlo result (win probabilities by mode).</param>
    /// <param name="counter">The historical-outcome counter that observed the same run's timeline mode.</param>
    public static IReadOnlyList<ValidationCheck> Evaluate(Scenario scenario, RunResult result, HistoricalOutcomeCounter counter)
    {
        var checks = new List<ValidationCheck>();
        for (var c = 0; c < counter.Record.Count; c++)
        {
            var competition = counter.Record[c];
            var first = checks.Count;
            var project = scenario.Projects[HistoricalOutcomeCounter.ProjectIndex(scenario, competition.Project)];
            var candidates = project.CandidatesAmong(scenario.Regions.Count).Select(i => scenario.Regions[i].Id).ToList();
            var n = candidates.Count;
            var k = project.Winners;
            var bids = competition.Bids;
            var wins = result.WinProbabilities
                .Where(w => w.Regime == RegimeMode.TimelineLabel && w.Project == project.Id && candidates.Contains(w.Region))
                .ToDictionary(w => w.Region);
            var top = k + 1;
            var era = Era(scenario, competition.Year);
            foreach (var region in competition.Winners)
            {
                if (!wins.TryGetValue(region, out var mine))
                {
                    checks.Add(new ValidationCheck("history", $"history.{project.Id}.{region}.rank",
                        $"{project.Name}: historical winner {region} is not among the scenario's candidates", top, double.NaN, double.NaN, double.NaN,
                        CheckStatus.Fail, "the historical winners must be candidates", competition.Source));
                    continue;
                }
                var rank = 1 + wins.Values.Count(w => w.Probability > mine.Probability);
                var best = 1 + wins.Values.Count(w => w.CiLow > mine.CiHigh);
                // Partners of a joint bid win together and share a rank; regions that never won share none (any order of them
                // is as consistent with the runs), so a winner the model never picks may rank last.
                var worst = 1 + wins.Values.Count(w => w.Region != region && (w.Probability != mine.Probability || mine.Wins == 0) && w.CiHigh >= mine.CiLow);
                var named = competition.Named.Contains(region) ? "named by the record's source" : "not named by the record's source";
                checks.Add(new ValidationCheck("history", $"history.{project.Id}.{region}.rank",
                    $"{project.Name} ({era}): rank of historical winner {region} ({named}) among {n} candidates by win probability",
                    top, rank, best, worst, CheckStatus.Info,
                    $"not judged: chance among the record's {bids} real bids (not the {n} candidate regions), as a random order of them, reaches rank ≤ k + 1 = {top} with probability (k + 1)/B = {ValidationCheck.Figure(Math.Min(1.0, (double)top / bids), "0.##")}; interval: ranks consistent with the 95 % Clopper-Pearson intervals",
                    competition.Source));
                checks.Add(new ValidationCheck("history", $"history.{project.Id}.{region}.win_probability",
                    $"{project.Name} ({era}): probability that {region} is among the winners (chance among the {bids} real bids: k/B = {k}/{bids})",
                    Math.Min(1.0, (double)k / bids), mine.Probability, mine.CiLow, mine.CiHigh, CheckStatus.Info,
                    "reported against chance; interval: 95 % Clopper-Pearson", competition.Source));
            }

            var (low, high) = BinomialInterval.ClopperPearson(counter.Matches(c), counter.Replications);
            checks.Add(new ValidationCheck("history", $"history.{project.Id}.historical_winners",
                $"{project.Name} ({era}): probability that the winners include {string.Join(" and ", competition.Winners)} (chance among the {bids} real bids: 1/C(B, k))",
                1.0 / Scoring.ChanceModel.Sets(bids, k), Share(counter.Matches(c), counter.Replications), low, high, CheckStatus.Info,
                "reported against chance; interval: 95 % Clopper-Pearson", competition.Source));
            for (var i = first; i < checks.Count; i++)
            {
                checks[i] = Marked(checks[i], competition);
            }
        }
        return checks;
    }

    // A competition the record declares in sample gives rows of that kind, as its score does, so that no one reading the
    // validation rows alone takes its winners' chances for evidence; one counted as validation here says why.
    internal static ValidationCheck Marked(ValidationCheck check, HistoricalCompetition competition) => check with
    {
        Kind = competition.InSample is null ? check.Kind : CheckKind.InSample,
        Note = InSampleStatus.RowNote(competition.InSample, competition.CountedAsValidation),
    };

    private static double Share(long k, long n) => n > 0 ? (double)k / n : double.NaN;

    // The year of a selection and the regime the scenario's timeline has in force then (its name, never its id).
    private static string Era(Scenario scenario, int year) =>
        year >= scenario.Timeline.FirstYear && year <= scenario.Timeline.LastYear
            ? $"{year}, {scenario.Regimes[scenario.Timeline.RegimeAt(year)].Name}"
            : year.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
