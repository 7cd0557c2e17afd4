namespace Simulation.Experiments.Sensitivity;

/// <summary>What each method reports and how its indices are named and labelled, decided once for the CSV, the charts, the
/// Markdown and the terminal.</summary>
public static class SensitivityIndexes
{
    /// <summary>Returns the index's value in the <c>index</c> column of <c>sensitivity.csv</c>.</summary>
    public static string Name(SensitivityIndex index) => index switch
    {
        SensitivityIndex.Mu => "mu",
        SensitivityIndex.MuStar => "mu_star",
        SensitivityIndex.Sigma => "sigma",
        SensitivityIndex.First => "first",
        SensitivityIndex.Total => "total",
        _ => throw new ArgumentOutOfRangeException(nameof(index), index, "not an index"),
    };

    /// <summary>Returns the index's label in plots and tables.</summary>
    public static string Label(SensitivityIndex index) => index switch
    {
        SensitivityIndex.Mu => "μ (Morris)",
        SensitivityIndex.MuStar => "μ* (Morris)",
        SensitivityIndex.Sigma => "σ (Morris)",
        SensitivityIndex.First => "First-order S1",
        SensitivityIndex.Total => "Total ST",
        _ => throw new ArgumentOutOfRangeException(nameof(index), index, "not an index"),
    };

    /// <summary>Returns the method's value in the <c>method</c> column.</summary>
    public static string Name(SensitivityMethod method) => method switch
    {
        SensitivityMethod.Morris => "morris",
        SensitivityMethod.Sobol => "sobol",
        _ => throw new ArgumentOutOfRangeException(nameof(method), method, "not a method"),
    };

    /// <summary>Returns the outputs none of whose indices is defined (<see cref="SensitivityRow.IsDefined"/>: the Sobol indices
    /// of an output that did not vary), in the order of <paramref name="rows"/>: no plot is drawn of them, and the terminal
    /// names them instead of a table.</summary>
    public static IReadOnlyList<string> Undefined(IEnumerable<SensitivityRow> rows) =>
        [.. rows.GroupBy(r => r.Output).Where(o => !o.Any(r => r.IsDefined)).Select(o => o.Key)];

    /// <summary>Returns, for each output of a Morris study that changed along no trajectory in some regime mode (every μ* 0:
    /// a win probability a region cannot have), those modes: its μ* of 0 says the output never moved, not that no factor
    /// matters, which the terminal says as Sobol's undefined indices are said.</summary>
    public static IReadOnlyList<(string Output, IReadOnlyList<string> Regimes)> NeverMoved(IEnumerable<SensitivityRow> rows) =>
        [.. rows.Where(r => r.Method == SensitivityMethod.Morris && r.Index == SensitivityIndex.MuStar)
            .GroupBy(r => r.Output)
            .Select(o => (o.Key, (IReadOnlyList<string>)[.. o.GroupBy(r => r.Regime).Where(m => m.All(r => r.Value == 0)).Select(m => m.Key)]))
            .Where(o => o.Item2.Count > 0)];

    /// <summary>Returns the factors whose indices are undefined although their output's are not: a Sobol design too small to
    /// vary them (<see cref="SobolAnalysis.Varies"/>), to be told to the user rather than read as no effect.</summary>
    public static IReadOnlyList<string> UnvariedFactors(IEnumerable<SensitivityRow> rows)
    {
        var byOutput = rows.GroupBy(r => r.Output).Where(o => o.Any(r => r.IsDefined));
        return [.. byOutput.SelectMany(o => o.GroupBy(r => r.Factor).Where(f => !f.Any(r => r.IsDefined)).Select(f => f.Key)).Distinct()];
    }

    /// <summary>Returns the Sobol indices estimated beyond what a share of variance can be, below −0.05 or above 1.05, worst
    /// first: sampling noise, which a small design (few base samples, few replications) makes as large as the indices themselves;
    /// the terminal warns of them rather than let the top factor of a noisy study be read as a finding.</summary>
    public static IReadOnlyList<SensitivityRow> OutsideUnitRange(IEnumerable<SensitivityRow> rows) =>
        [.. rows.Where(r => r.Method == SensitivityMethod.Sobol && r.IsDefined && (r.Value < -0.05 || r.Value > 1.05))
            .OrderByDescending(r => Math.Max(r.Value - 1, -r.Value))];

    /// <summary>Returns each output of a Sobol study whose first-order indices sum above 1.05, with the sum, largest first:
    /// shares of one variance sum to at most 1, so a larger sum is sampling noise that single indices inside [0, 1] can hide.</summary>
    public static IReadOnlyList<(string Output, double Sum)> FirstOrderAboveOne(IEnumerable<SensitivityRow> rows) =>
        [.. rows.Where(r => r.Method == SensitivityMethod.Sobol && r.Index == SensitivityIndex.First && r.IsDefined)
            .GroupBy(r => r.Output, StringComparer.Ordinal)
            .Select(g => (Output: g.Key, Sum: g.Sum(r => r.Value)))
            .Where(o => o.Sum > 1.05)
            .OrderByDescending(o => o.Sum)];

    /// <summary>Trajectories below which a Morris screening's bootstrap intervals are not worth the name: each resamples
    /// whole trajectories, so with few of them it draws from a handful of distinct sets (three for two trajectories), and a
    /// factor whose few elementary effects agree gets an interval of zero width that looks like certainty.</summary>
    public const int FewestTrajectoriesForIntervals = 10;

    /// <summary>Returns the trajectories of a finished Morris screening of <paramref name="points"/> design points (each
    /// trajectory is one point more than the factors it moves), or null for a Sobol study or no rows.</summary>
    public static int? MorrisTrajectories(IReadOnlyList<SensitivityRow> rows, int points)
    {
        if (rows.Count == 0 || rows[0].Method != SensitivityMethod.Morris)
        {
            return null;
        }
        var factors = rows.Select(r => r.Factor).Distinct(StringComparer.Ordinal).Count();
        return points / (factors + 1);
    }

    /// <summary>Returns the indices a method's chart shows, the main one (factors are ranked by it) last.</summary>
    public static IReadOnlyList<SensitivityIndex> Charted(SensitivityMethod method) =>
        method == SensitivityMethod.Morris ? [SensitivityIndex.MuStar] : [SensitivityIndex.First, SensitivityIndex.Total];

    /// <summary>Returns the index factors are ranked by: μ* for Morris, the total index for Sobol.</summary>
    public static SensitivityIndex Main(SensitivityMethod method) => Charted(method)[^1];
}
