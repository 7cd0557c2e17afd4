using System.Globalization;
using Simulation.Core;
using Simulation.Experiments.Outcomes;

namespace Simulation.Experiments.Narration;

/// <summary>
/// Turns a run's finished summaries into one or two plain sentences per finding, so a reader who has never seen the
/// paper can follow a report: who most likely wins each project under each regime, which region's chance moves most
/// between the two compared regimes (<see cref="ModeCatalogue.RegimePair"/>), and how unequal the outcome is. The one source
/// of sentences about a run: <c>report.html</c> and the classroom page both take theirs from here (<see cref="About"/>). Pure
/// functions of the scenario and result; modes are named by <see cref="RunResult.Catalogue"/>.
/// </summary>
/// <remarks>
/// The regime modes are run on common random numbers, so their win counts are not independent and the usual
/// interval for a difference of two proportions would be wrong. The change sentence therefore states the change and
/// the 95 % interval of each proportion, and claims no interval for the difference itself.
/// </remarks>
public static class ResultNarrative
{
    /// <summary>Returns every sentence: per project (in scenario order) the likely winner under each mode and the largest
    /// change between the compared regimes, then inequality (Gini, Capital Region share), resources per person (<see cref="ResourceNarrative"/>)
    /// and rent dissipation. A finding whose mode or
    /// metric is missing from <paramref name="result"/> is left out rather than guessed.</summary>
    /// <param name="scenario">The scenario run, for project and region names.</param>
    /// <param name="result">The run's finished summaries.</param>
    /// <param name="record">The scenario's record, whose winners are set beside the model's (<see cref="RecordNarrative"/>);
    /// none when omitted.</param>
    public static IReadOnlyList<NarrativeSentence> Describe(Scenario scenario, RunResult result, IReadOnlyList<Validation.HistoricalCompetition>? record = null)
    {
        var sentences = new List<NarrativeSentence>();
        foreach (var project in scenario.Projects)
        {
            sentences.AddRange(LikelyWinners(scenario, result, project.Id));
            if (RecordNarrative.Describe(scenario, result, record ?? [], project.Id) is { } happened)
            {
                sentences.Add(happened);
            }
            if (LargestChange(scenario, result, project.Id) is { } change)
            {
                sentences.Add(change);
            }
        }
        sentences.AddRange(Inequality(scenario, result));
        sentences.AddRange(ResourceNarrative.Describe(scenario, result, result.Catalogue.Compared));
        sentences.AddRange(RentDissipation(result));
        return sentences;
    }

    /// <summary>Returns, for each mode with rows for <paramref name="projectId"/>, the region that wins it most often, with
    /// its probability and 95 % Clopper-Pearson interval.</summary>
    /// <param name="scenario">The scenario run, for names.</param>
    /// <param name="result">The run's finished summaries.</param>
    /// <param name="projectId">Project id.</param>
    public static IReadOnlyList<NarrativeSentence> LikelyWinners(Scenario scenario, RunResult result, string projectId)
    {
        var projectName = ProjectName(scenario, projectId);
        var sentences = new List<NarrativeSentence>();
        // The chart beside these sentences draws the compared regimes: they come first, and a mode it does not draw (the
        // historical timeline) is said not to be drawn, so a reader does not look for its number on a bar.
        var compared = result.Catalogue.Compared;
        foreach (var mode in result.Modes.OrderBy(m => compared.Contains(m) ? 0 : 1))
        {
            var rows = result.WinProbabilities.Where(w => w.Project == projectId && w.Regime == mode).ToList();
            if (rows.Count == 0)
            {
                continue;
            }
            var best = rows.MaxBy(w => w.Probability)!;
            var under = compared.Count == 0 || compared.Contains(mode) ? result.Catalogue.Phrase(mode) : $"{result.Catalogue.Phrase(mode)} (not drawn in the chart)";
            var text = best.Probability > 0
                ? $"Under {under}, {RegionName(scenario, best.Region)} wins the {projectName} competition most often: in {Percent(best.Probability)} % of replications (95 % interval {Percent(best.CiLow)}–{Percent(best.CiHigh)} %)."
                : $"Under {under}, no region wins the {projectName} in any of the {best.Replications:N0} replications.";
            sentences.Add(new NarrativeSentence(projectId, text));
        }
        return sentences;
    }

    /// <summary>Returns the region whose chance of winning <paramref name="projectId"/> changes most between the
    /// compared regimes (<see cref="ModeCatalogue.RegimePair"/>, from the first to the second), with both probabilities and
    /// their intervals; null when the scenario compares no two regimes, either mode is missing or no region's chance changes.</summary>
    /// <param name="scenario">The scenario run, for names.</param>
    /// <param name="result">The run's finished summaries.</param>
    /// <param name="projectId">Project id.</param>
    public static NarrativeSentence? LargestChange(Scenario scenario, RunResult result, string projectId)
    {
        if (result.Catalogue.RegimePair is not { } pair)
        {
            return null;
        }
        var (fromMode, toMode) = pair;
        var from = Rows(result, projectId, fromMode);
        var to = Rows(result, projectId, toMode);
        if (from.Count == 0 || to.Count == 0)
        {
            return null;
        }
        var pairs = from.Keys.Intersect(to.Keys).Select(region => (Before: from[region], After: to[region])).ToList();
        if (pairs.Count == 0)
        {
            return null;
        }
        var (before, after) = pairs.MaxBy(p => Math.Abs(p.After.Probability - p.Before.Probability));
        var points = (after.Probability - before.Probability) * 100;
        if (Math.Abs(points) < 0.05)
        {
            return null;
        }
        var direction = points > 0 ? "rises" : "falls";
        var text = $"{RegionName(scenario, before.Region)}'s chance of winning the {ProjectName(scenario, projectId)} changes most between the regimes: it {direction} from "
            + $"{Percent(before.Probability)} % (95 % interval {Percent(before.CiLow)}–{Percent(before.CiHigh)} %) under {result.Catalogue.Phrase(fromMode)} to "
            + $"{Percent(after.Probability)} % (95 % interval {Percent(after.CiLow)}–{Percent(after.CiHigh)} %) under {result.Catalogue.Phrase(toMode)}, "
            + $"a change of {Signed(points)} percentage points.";
        return new NarrativeSentence(projectId, text);
    }

    /// <summary>Returns the mean Gini and the mean Capital Region share under each mode, each with the range of the
    /// middle 90 % of replications (p05–p95).</summary>
    /// <param name="scenario">The scenario run, for the names of the Capital Region's members.</param>
    /// <param name="result">The run's finished summaries.</param>
    public static IReadOnlyList<NarrativeSentence> Inequality(Scenario scenario, RunResult result)
    {
        var sentences = new List<NarrativeSentence>();
        var gini = ByMode(result, OutcomeMetrics.Gini, s => $"{Number(s.Mean)} under {result.Catalogue.Phrase(s.Regime)} ({Range(s.P05, s.P95)})");
        if (gini.Count > 0)
        {
            sentences.Add(new NarrativeSentence(OutcomeMetrics.Gini,
                $"The Gini of national resources per capita across regions (0 = every region the same per person; the nearer 1, the more of it goes to a few regions) averages {Join(gini)}; in brackets, the range of the middle 90 % of replications. "
                + "It measures how unevenly the handouts are spread, not the paper's equity: money aimed at the poorer regions raises it."));
        }
        var convergence = ByMode(result, OutcomeMetrics.CapacitySdChange, s => $"{SignedDecimal(s.Mean)} under {result.Catalogue.Phrase(s.Regime)} ({SignedDecimal(s.P05)} to {SignedDecimal(s.P95)})");
        if (convergence.Count > 0)
        {
            sentences.Add(new NarrativeSentence(OutcomeMetrics.CapacitySdChange,
                $"Equity, the balanced development the paper's first path aims at, is read from the regions' capacity: its spread across regions changes by {Join(convergence)} "
                + "standard deviations over the horizon (negative: the regions converge)."));
        }
        var wins = ByMode(result, OutcomeMetrics.CapitalRegionWinShare, s => $"{Percent(s.Mean)} % under {result.Catalogue.Phrase(s.Regime)}");
        var top = ByMode(result, OutcomeMetrics.NonCapitalTopThreeShare, s => $"{Percent(s.Mean)} % under {result.Catalogue.Phrase(s.Regime)}");
        if (wins.Count > 0 && top.Count > 0)
        {
            sentences.Add(new NarrativeSentence(OutcomeMetrics.CapitalRegionWinShare,
                $"Concentration, the efficiency the paper's second path values, is read from who wins and who receives: the Capital Region wins {Join(wins)} of the projects, "
                + $"and outside it the three regions receiving most get {Join(top)} of what the other regions receive."));
        }
        var capital = ByMode(result, OutcomeMetrics.CapitalRegionShare, s => $"{Percent(s.Mean)} % under {result.Catalogue.Phrase(s.Regime)} ({Percent(s.P05)}–{Percent(s.P95)} %)");
        if (capital.Count > 0)
        {
            var names = scenario.Regions.Where(r => r.CapitalRegion).Select(r => r.Name).ToList();
            var members = names.Count > 0 ? $" ({string.Join(", ", names)})" : string.Empty;
            sentences.Add(new NarrativeSentence(OutcomeMetrics.CapitalRegionShare,
                $"The Capital Region{members} receives on average {Join(capital)} of national resources; in brackets, the middle 90 % of replications."));
        }
        return sentences;
    }

    /// <summary>Returns the mean rent dissipation (bid effort per unit of prize awarded) under each mode, with p05–p95.</summary>
    /// <param name="result">The run's finished summaries.</param>
    public static IReadOnlyList<NarrativeSentence> RentDissipation(RunResult result)
    {
        var parts = ByMode(result, OutcomeMetrics.RentDissipation, s => $"{Number(s.Mean)} under {result.Catalogue.Phrase(s.Regime)} ({Range(s.P05, s.P95)})");
        return parts.Count == 0
            ? []
            : [new NarrativeSentence(OutcomeMetrics.RentDissipation,
                $"For every won of prize awarded, regions spend on bidding for it, in won of effort, on average {Join(parts)}; in brackets, the middle 90 % of replications.")];
    }

    /// <summary>Returns, with two modes or more whose means differ, under which mode <paramref name="metric"/> averages highest and
    /// under which lowest, naming the metric by its own description (<see cref="OutcomeMetric.Description"/>) rather than by
    /// wording written here for it. The page shows it under a distribution; <c>report.html</c> states the means alone.</summary>
    /// <param name="scenario">The scenario run, whose metrics (<see cref="OutcomeMetrics.For"/>) describe themselves.</param>
    /// <param name="result">The run's finished summaries.</param>
    /// <param name="metric">Metric name.</param>
    public static IReadOnlyList<NarrativeSentence> Ranking(Scenario scenario, RunResult result, string metric)
    {
        var shown = result.Modes
            .Select(mode => result.Summaries.FirstOrDefault(s => s.Metric == metric && s.Regime == mode))
            .Where(s => s is not null && double.IsFinite(s.Mean))
            .Select(s => s!)
            .ToList();
        var description = OutcomeMetrics.For(scenario).FirstOrDefault(m => m.Name == metric)?.Description;
        if (shown.Count < 2 || description is null)
        {
            return [];
        }
        var high = shown.MaxBy(s => s.Mean)!;
        var low = shown.MinBy(s => s.Mean)!;
        if (Number(high.Mean) == Number(low.Mean))
        {
            return [];
        }
        return [new NarrativeSentence(metric,
            $"Under {result.Catalogue.Phrase(high.Regime)}, the {description} is highest; under {result.Catalogue.Phrase(low.Regime)}, it is lowest.")];
    }

    /// <summary>Returns the texts of the sentences about <paramref name="subject"/> (a project id, a metric name or
    /// <see cref="ResourceNarrative.Subject"/>), in order: what <c>report.html</c> and the page place beside that subject's chart.</summary>
    /// <param name="sentences">Sentences of <see cref="Describe"/>.</param>
    /// <param name="subject">The subject.</param>
    public static IReadOnlyList<string> About(IReadOnlyList<NarrativeSentence> sentences, string subject) =>
        [.. sentences.Where(s => s.Subject == subject).Select(s => s.Text)];

    /// <summary>Formats a probability as a percentage without the sign: whole numbers from 10 % to 99 %, one decimal
    /// below 10 % and above 99 % where rounding would hide the difference from 0 or 100.</summary>
    /// <param name="probability">A value in 0..1.</param>
    public static string Percent(double probability)
    {
        var value = probability * 100;
        if (value <= 0 || value >= 100)
        {
            return Math.Clamp(value, 0, 100).ToString("0", CultureInfo.InvariantCulture);
        }
        return (value < 9.95 || value > 99 ? value.ToString("0.0", CultureInfo.InvariantCulture) : value.ToString("0", CultureInfo.InvariantCulture));
    }

    /// <summary>Formats two probabilities read side by side, as a change from one to the other: each as <see cref="Percent"/>
    /// would, then both to the larger number of decimals, so "40.0 % to 99.2 %" rather than "40 % to 99.2 %".</summary>
    /// <param name="first">The value before, in 0..1.</param>
    /// <param name="second">The value after, in 0..1.</param>
    public static (string First, string Second) Percents(double first, double second)
    {
        var decimals = Math.Max(Decimals(Percent(first)), Decimals(Percent(second)));
        return (Fixed(Math.Clamp(first * 100, 0, 100), decimals), Fixed(Math.Clamp(second * 100, 0, 100), decimals));

        static string Fixed(double value, int decimals) => value.ToString("N" + Digits(decimals), CultureInfo.InvariantCulture);
    }

    /// <summary>Formats two metric values read side by side, as a change from one to the other: each as <see cref="Number"/>
    /// would, then both to the larger number of decimals, so "0.253 to 0.270" rather than "0.253 to 0.27".</summary>
    /// <param name="first">The value before.</param>
    /// <param name="second">The value after.</param>
    public static (string First, string Second) Numbers(double first, double second)
    {
        if (!double.IsFinite(first) || !double.IsFinite(second))
        {
            return (Number(first), Number(second));
        }
        var decimals = Math.Max(Decimals(Number(first)), Decimals(Number(second)));
        return (Fixed(first, decimals), Fixed(second, decimals));

        // Rounded as Number rounds: below 1,000 first to the decimals (so that -0.0004 reads 0.000, not -0.000), from 1,000
        // up by the format alone.
        static string Fixed(double value, int decimals) =>
            (Math.Abs(value) >= 1000 ? value : Math.Round(value, decimals) + 0.0).ToString("N" + Digits(decimals), CultureInfo.InvariantCulture);
    }

    /// <summary>Formats a metric value for reading: three significant digits (0.213, 1.42, 42.5), whole numbers with
    /// thousands separators from 1,000 up, never exponent notation.</summary>
    /// <param name="value">The value.</param>
    public static string Number(double value)
    {
        if (value == 0 || !double.IsFinite(value))
        {
            return value.ToString(CultureInfo.InvariantCulture);
        }
        if (Math.Abs(value) >= 1000)
        {
            return value.ToString("N0", CultureInfo.InvariantCulture);
        }
        var decimals = Math.Clamp(2 - (int)Math.Floor(Math.Log10(Math.Abs(value))), 0, 6);
        return Math.Round(value, decimals).ToString("0." + new string('#', decimals), CultureInfo.InvariantCulture);
    }

    // A range of two values read together, both to the same decimals ("0.310–0.334", not "0.31–0.334").
    private static string Range(double low, double high)
    {
        var (first, second) = Numbers(low, high);
        return $"{first}–{second}";
    }

    // The decimals a formatted number shows.
    private static int Decimals(string formatted) =>
        formatted.IndexOf('.', StringComparison.Ordinal) is var point and >= 0 ? formatted.Length - point - 1 : 0;

    private static string Digits(int decimals) => decimals.ToString(CultureInfo.InvariantCulture);

    private static List<string> ByMode(RunResult result, string metric, Func<MetricSummary, string> describe) =>
        [.. result.Modes
            .Select(mode => result.Summaries.FirstOrDefault(s => s.Metric == metric && s.Regime == mode))
            .Where(s => s is not null && double.IsFinite(s.Mean))
            .Select(s => describe(s!))];

    private static Dictionary<string, WinProbability> Rows(RunResult result, string projectId, string mode)
    {
        var rows = new Dictionary<string, WinProbability>();
        foreach (var row in result.WinProbabilities.Where(w => w.Project == projectId && w.Regime == mode))
        {
            rows.TryAdd(row.Region, row);
        }
        return rows;
    }

    private static string Join(IReadOnlyList<string> parts) => parts.Count switch
    {
        1 => parts[0],
        2 => $"{parts[0]} and {parts[1]}",
        _ => $"{string.Join(", ", parts.Take(parts.Count - 1))} and {parts[^1]}",
    };

    private static string SignedDecimal(double value) =>
        (value >= 0 ? "+" : "−") + Math.Abs(value).ToString("0.00", CultureInfo.InvariantCulture);

    private static string Signed(double points) =>
        (points > 0 ? "+" : "−") + Math.Abs(points).ToString(Math.Abs(points) < 9.95 ? "0.0" : "0", CultureInfo.InvariantCulture);

    internal static string ProjectName(Scenario scenario, string projectId) =>
        scenario.Projects.FirstOrDefault(p => p.Id == projectId)?.Name ?? projectId;

    internal static string RegionName(Scenario scenario, string regionId) =>
        scenario.Regions.FirstOrDefault(r => r.Id == regionId)?.Name ?? regionId;
}
