using System.Globalization;
using Simulation.Core;

namespace Simulation.Experiments.Narration;

/// <summary>
/// The sentences under the maps of national resources per person: which region receives most per person under each regime
/// mode, and under which mode resources are spread most unevenly. Shared by <c>report.html</c> and the classroom page so the
/// two say the same thing about the same run.
/// </summary>
public static class ResourceNarrative
{
    /// <summary>Subject of the sentences (see <see cref="NarrativeSentence.Subject"/>).</summary>
    public const string Subject = "resources_per_capita";

    /// <summary>Unit of the values, as printed on maps and in sentences.</summary>
    public const string Unit = "₩ thousand per person";

    /// <summary>Returns the mean over replications of each region's resources per person (metric
    /// <c>resources_per_capita_&lt;region&gt;</c>) under <paramref name="mode"/>, in scenario order; NaN where the run has none.</summary>
    /// <param name="scenario">The scenario run.</param>
    /// <param name="result">The run's finished summaries.</param>
    /// <param name="mode">Mode label.</param>
    public static IReadOnlyList<double> Means(Scenario scenario, RunResult result, string mode)
    {
        var means = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var s in result.Summaries.Where(s => s.Regime == mode))
        {
            means.TryAdd(s.Metric, s.Mean);
        }
        return [.. scenario.Regions.Select(r => means.TryGetValue(Subject + "_" + r.Id, out var mean) ? mean : double.NaN)];
    }

    /// <summary>Returns up to two sentences: the region receiving most per person under each of <paramref name="modes"/>, and,
    /// with two modes or more, where the best-funded region stands furthest above the regional average. Modes without values
    /// are left out.</summary>
    /// <param name="scenario">The scenario run, for region names.</param>
    /// <param name="result">The run's finished summaries.</param>
    /// <param name="modes">Mode labels, in the order to name them.</param>
    public static IReadOnlyList<NarrativeSentence> Describe(Scenario scenario, RunResult result, IReadOnlyList<string> modes)
    {
        var shown = new List<(string Mode, string Top, double Most, double Ratio)>();
        foreach (var mode in modes)
        {
            var means = Means(scenario, result, mode);
            var known = Enumerable.Range(0, means.Count).Where(r => double.IsFinite(means[r])).ToList();
            if (known.Count == 0)
            {
                continue;
            }
            var top = known.MaxBy(r => means[r]);
            var average = known.Average(r => means[r]);
            shown.Add((mode, scenario.Regions[top].Name, means[top], average > 0 ? means[top] / average : double.NaN));
        }
        if (shown.Count == 0)
        {
            return [];
        }
        var most = shown.Select(s => $"{s.Top} under {result.Catalogue.Phrase(s.Mode)} (₩{ResultNarrative.Number(s.Most)} thousand on average)").ToList();
        var sentences = new List<NarrativeSentence>
        {
            new(Subject, $"The region receiving the most national resources per person is {Join(most)}."),
        };
        var compared = shown.Where(s => double.IsFinite(s.Ratio)).OrderByDescending(s => s.Ratio).ToList();
        if (compared.Count >= 2)
        {
            var others = compared.Skip(1).Select(s => $"{Times(s.Ratio)} under {result.Catalogue.Phrase(s.Mode)}").ToList();
            // Read from the means over replications (the maps), which smooth out winners that change from one replication to the
            // next; the Gini is a mean over single replications, so the two may rank the regimes differently, and the sentence
            // says which it reads.
            sentences.Add(new(Subject, $"On the maps, the means over replications, resources per person are spread most unevenly under {result.Catalogue.Phrase(compared[0].Mode)}: "
                + $"the best-funded region receives {Times(compared[0].Ratio)} the average region's, against {Join(others)}. "
                + "Within one replication the spread can rank the regimes otherwise (the Gini), since who wins changes from one replication to the next."));
        }
        return sentences;
    }

    private static string Times(double ratio) => ratio.ToString("0.0", CultureInfo.InvariantCulture) + " times";

    private static string Join(IReadOnlyList<string> parts) =>
        parts.Count == 1 ? parts[0] : $"{string.Join(", ", parts.Take(parts.Count - 1))} and {parts[^1]}";
}
