using Simulation.Core;
using Simulation.Core.Regimes;
using Simulation.Experiments.Statistics;

namespace Simulation.Experiments.Validation;

/// <summary>
/// History (paper §4.1): under the scenario's timeline, are the historical winners among the model's most probable
/// winners, and how probable does the model make the whole historical outcome compared with chance?
/// <para>"Among the most probable" means a rank of at most k + 1 among the project's candidates, where k is the number
/// of winners (the Maglev line: top 2; Robot Land and the Medical Complex: top 3). A region's rank is 1 + the number of
/// candidates with a strictly higher win probability, so regions that win together in a joint bid share a rank.</para>
/// <para>The full historical outcome is the event that, in one replication, every competition's winners include all its
/// historical winners; its probability is the share of replications where that happens (a joint bid's win counts for
/// each member). The naive baseline draws each competition's k winners uniformly from its n candidate regions, independently:
/// Π C(n−h, k−h)/C(n, k) with h historical winners.</para>
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
        var naiveFull = 1.0;
        for (var c = 0; c < counter.Record.Count; c++)
        {
            var competition = counter.Record[c];
            var project = scenario.Projects[HistoricalOutcomeCounter.ProjectIndex(scenario, competition.Project)];
            var candidates = project.CandidatesAmong(scenario.Regions.Count).Select(i => scenario.Regions[i].Id).ToList();
            var n = candidates.Count;
            var k = project.Winners;
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
                var worst = 1 + wins.Values.Count(w => w.Region != region && w.CiHigh >= mine.CiLow);
                var highlighted = competition.Highlighted.Contains(region);
                checks.Add(new ValidationCheck("history", $"history.{project.Id}.{region}.rank",
                    $"{project.Name} ({era}): rank of historical winner {region} among {n} candidates by win probability",
                    top, rank, best, worst, highlighted ? ValidationCheck.Verdict(rank <= top) : CheckStatus.Info,
                    $"rank ≤ k + 1 = {top}{(highlighted ? string.Empty : " (not judged: the paper names only " + string.Join(", ", competition.Highlighted) + ")")}; interval: ranks consistent with the 95 % Clopper-Pearson intervals",
                    competition.Source));
                checks.Add(new ValidationCheck("history", $"history.{project.Id}.{region}.win_probability",
                    $"{project.Name} ({era}): probability that {region} is among the winners (naive: k/n = {k}/{n})",
                    (double)Math.Min(k, n) / n, mine.Probability, mine.CiLow, mine.CiHigh, CheckStatus.Info,
                    "reported against chance; interval: 95 % Clopper-Pearson", competition.Source));
            }

            var naive = NaiveBaseline.ContainsAll(n, k, competition.Winners.Count);
            naiveFull *= naive;
            var (low, high) = BinomialInterval.ClopperPearson(counter.Matches(c), counter.Replications);
            checks.Add(new ValidationCheck("history", $"history.{project.Id}.historical_winners",
                $"{project.Name} ({era}): probability that the winners include {string.Join(" and ", competition.Winners)} (naive: C(n−h,k−h)/C(n,k))",
                naive, Share(counter.Matches(c), counter.Replications), low, high, CheckStatus.Info,
                "reported against chance; interval: 95 % Clopper-Pearson", competition.Source));
        }

        var (fullLow, fullHigh) = BinomialInterval.ClopperPearson(counter.FullMatches, counter.Replications);
        var full = Share(counter.FullMatches, counter.Replications);
        var ratio = full / naiveFull;
        checks.Add(new ValidationCheck("history", "history.full_outcome",
            $"probability of the full historical outcome: in one replication, every competition's winners include its historical winners ({counter.FullMatches} of {counter.Replications} replications; {ratio:0.#} × the naive baseline)",
            naiveFull, full, fullLow, fullHigh, CheckStatus.Info,
            "reported against the naive baseline (every candidate equally likely, competitions independent), not judged: the event is rare, so its estimate rests on a handful of replications; interval: 95 % Clopper-Pearson",
            "paper §4.1; regions.md §7"));
        return checks;
    }

    private static double Share(long k, long n) => n > 0 ? (double)k / n : double.NaN;

    // The year of a selection and the regime the scenario's timeline has in force then (its name, never its id).
    private static string Era(Scenario scenario, int year) =>
        year >= scenario.Timeline.FirstYear && year <= scenario.Timeline.LastYear
            ? $"{year}, {scenario.Regimes[scenario.Timeline.RegimeAt(year)].Name}"
            : year.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
