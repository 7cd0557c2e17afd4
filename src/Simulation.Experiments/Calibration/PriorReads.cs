using Simulation.Core.Regimes;
using Simulation.Experiments.Scenarios;

namespace Simulation.Experiments.Calibration;

/// <summary>
/// A scenario's uncertain parameters and whether the model reads each when it runs in one regime mode
/// (<see cref="ModelReads"/>). One it never reads (a region's value of an attribute that only an index nothing weighs is
/// built from, say) is a placebo: no record can inform it and no output moves with it. Placebos stay in every result, as
/// honest measures of what a method makes of a parameter that matters not at all, but flagged, so that they are not read
/// as findings.
/// </summary>
/// <param name="Priors">The uncertain parameters, in document order.</param>
/// <param name="Unread">Per parameter, why the model never reads it, or null when it does.</param>
/// <param name="Mode">How the regime mode reads after "under" ("the historical timeline").</param>
public sealed record PriorReads(IReadOnlyList<Prior> Priors, IReadOnlyList<string?> Unread, string Mode)
{
    // Placebos named in a sentence; the rest are counted.
    private const int Named = 12;

    /// <summary>Returns which of <paramref name="priors"/> (of <paramref name="scenario"/>) the model reads in <paramref name="mode"/>.</summary>
    public static PriorReads Of(LoadedScenario scenario, IReadOnlyList<Prior> priors, RegimeMode mode)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(priors);
        var reads = ModelReads.Of(scenario, [mode]);
        return new PriorReads(priors, [.. priors.Select(p => reads.Unread(p.Path))], ModeCatalogue.From(scenario.Model).Phrase(mode.Label));
    }

    /// <summary>Returns whether the model reads parameter <paramref name="parameter"/> (in prior order).</summary>
    public bool IsRead(int parameter) => Unread[parameter] is null;

    /// <summary>How many of the parameters the model reads.</summary>
    public int ReadCount => Unread.Count(u => u is null);

    /// <summary>Returns, in one sentence, how many parameters the model reads and which it does not, grouped by why, each
    /// parameter's path written by <paramref name="name"/> (in backticks for Markdown, say): "117 uncertain parameters, of
    /// which 108 the model reads under the historical timeline; 9 are not read (placebos): … (why)."</summary>
    public string Sentence(Func<string, string> name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var total = Priors.Count == 1 ? "1 uncertain parameter" : $"{Priors.Count} uncertain parameters";
        var unread = Priors.Count - ReadCount;
        if (unread == 0)
        {
            return $"{total}, {(Priors.Count == 1 ? "read" : "all read")} by the model under {Mode}.";
        }
        var named = 0;
        var groups = new List<string>();
        foreach (var group in Priors.Select((p, j) => (Prior: p, Why: Unread[j])).Where(x => x.Why is not null).GroupBy(x => x.Why))
        {
            var shown = group.Take(Math.Max(0, Named - named)).Select(x => name(x.Prior.Path.Text)).ToList();
            named += shown.Count;
            var more = group.Count() - shown.Count;
            var list = string.Join(", ", shown) + (more > 0 ? $"{(shown.Count > 0 ? " and " : "")}{more} more" : "");
            groups.Add($"{list} ({group.Key})");
        }
        return $"{total}, of which {ReadCount} the model reads under {Mode}; {unread} {(unread == 1 ? "is" : "are")} not read (placebos): {string.Join("; ", groups)}.";
    }
}
