using Simulation.Core;
using Simulation.Experiments.Statistics;

namespace Simulation.Experiments.Validation;

/// <summary>
/// Judges the record's patterns (<see cref="RecordPatterns"/>): for each, the model's value over the timeline's replications
/// against the same measure when every selection is by lot (<see cref="ChanceScenario"/>; for the regions a programme
/// leaves out, computed exactly where it can be, <see cref="DesignationLottery"/>). A pattern passes when the model's whole
/// 95 % interval lies above chance's (above chance itself, where it is exact), so a check says whether the model explains the
/// pattern better than luck. The regions a programme leaves out are one observed event, so their probability is a
/// likelihood like the record's, and it must clear chance's by the same Bayes factor (<see cref="ScoreChecks.EvidenceThreshold"/>).
/// </summary>
public static class PatternChecks
{
    private const double Z95 = 1.959964;

    // The Bayes factor a likelihood must clear chance's by: e^(ln 3).
    private static readonly double EvidenceFactor = Math.Exp(ScoreChecks.EvidenceThreshold);

    /// <summary>Returns a check per pattern from the model's recorder and chance's.</summary>
    public static IReadOnlyList<ValidationCheck> Evaluate(Scenario scenario, PatternRecorder model, PatternRecorder chance)
    {
        var checks = new List<ValidationCheck>();
        var patterns = model.Patterns;
        for (var i = 0; i < patterns.NoDesignation.Count; i++)
        {
            var p = patterns.NoDesignation[i];
            var (m, ml, mh) = Share(model.LeftOut[i]);
            // Chance is computed where it can be (a lot among the regions below their cap); otherwise estimated by drawing.
            var exact = DesignationLottery.LeaveOutProbability(scenario, p.Programme, p.Regions);
            var (c, cl, ch) = exact is { } e ? (e, e, e) : Share(chance.LeftOut[i]);
            // The pattern tells nothing where the programme designates nothing here (it does not run in the scenario), or where the
            // inputs settle it, by lot as by the model: certain (no other region could be designated) or impossible (too few sites).
            var applies = (model.Designated[i].Contains(true) || chance.Designated[i].Contains(true))
                && !(c >= 1.0 && m >= 1.0) && !(c <= 0.0 && m <= 0.0);
            var against = exact is null
                ? $"chance's, {Interval(cl, ch)} (estimated from {chance.LeftOut[i].Count} draws by lot: too many ways to count exactly)"
                : $"chance, {ValidationCheck.Figure(c, "0.####")} (computed exactly, not drawn)";
            checks.Add(Apart(new ValidationCheck("pattern", $"pattern.{p.Id}",
                $"probability that {scenario.Programmes[p.Programme].Name} leave out {LeftOut(scenario, p)}, as in the record (chance: {ValidationCheck.Figure(c, "0.####")}{(exact is null ? ", estimated" : ", exactly")})",
                c, m, ml, mh, !applies || EvidenceFactor * ch > 1 ? CheckStatus.NotApplicable : ValidationCheck.Verdict(ml >= EvidenceFactor * ch),
                (applies ? EvidenceFactor * ch > 1 ? Unreachable : "" : NotApplicable) + $"the model's whole 95 % Clopper-Pearson interval at least {EvidenceFactor:0.#} times {against} (a Bayes factor of {EvidenceFactor:0.#}, as for the record's log score){(ml > ch && ml < EvidenceFactor * ch ? ": higher, but by less than that" : "")}; expected: chance (every designation by lot among the eligible regions)", p.Source), p.InSample, p.CountedAsValidation));
        }
        for (var i = 0; i < patterns.DesignationCounts.Count; i++)
        {
            var p = patterns.DesignationCounts[i];
            checks.Add(Apart(Correlation($"pattern.{p.Id}", $"{scenario.Programmes[p.Programme].Name}: Spearman's ρ between designations per region and the record's, over the {p.Counts.Count} regions it gives",
                model.CountCorrelations[i], chance.CountCorrelations[i], p.Source), p.InSample, p.CountedAsValidation));
        }
        for (var i = 0; i < patterns.Grades.Count; i++)
        {
            var p = patterns.Grades[i];
            checks.Add(Apart(Correlation($"pattern.{p.Id}", $"{scenario.Projects[p.Project].Name}: Kendall's τ-b between winning and the evaluators' grade, over the {p.Grades.Count} candidates",
                model.GradeCorrelations[i], chance.GradeCorrelations[i], p.Source), p.InSample, p.CountedAsValidation));
        }
        return checks;
    }

    // The regions a pattern says were left out, those the programme could not designate said apart (the record names them,
    // but the scenario's rules, not its selection, leave them out).
    private static string LeftOut(Scenario scenario, NoDesignationPattern pattern)
    {
        var programme = scenario.Programmes[pattern.Programme];
        var names = pattern.Regions.ToLookup(r => programme.CapOf(r) > 0, r => scenario.Regions[r].Name);
        var outside = names[false].ToList();
        var chosen = names[true].Any() ? $"{string.Join(" and ", names[true])} and no other region they could designate" : "no region they could designate";
        // Off the eligible list, or on it with no application (a cap of 0).
        var why = pattern.Regions.Any(r => programme.CapOf(r) == 0 && (programme.Eligible.Count == 0 || programme.Eligible.Contains(r))) ? "could get none" : "not eligible";
        return outside.Count == 0 ? chosen : $"{chosen} ({string.Join(" and ", outside)}, also left out in the record, {(outside.Count == 1 ? "is" : "are")} {why})";
    }

    // A pattern the scenario declares in sample is judged the same way but reported apart, with the reason in its rule; one
    // whose declaration a what-if undid (a parameter sized from it changed) counts as validation, and its rule says why.
    private static ValidationCheck Apart(ValidationCheck check, string? inSample, string? counted) => (inSample, counted) switch
    {
        ({ } why, _) => check with { Kind = CheckKind.InSample, Note = $"in sample, not counted as validation: {why}; " },
        (null, { } why) => check with { Note = InSampleStatus.CountedNote(why) },
        _ => check,
    };

    private static ValidationCheck Correlation(string name, string description, List<double> model, List<double> chance, string source)
    {
        var (m, ml, mh) = Mean(model);
        var (c, cl, ch) = Mean(chance);
        var applies = !double.IsNaN(c) || !double.IsNaN(m); // undefined in both: nothing designated or won to correlate
        return new ValidationCheck("pattern", name, $"{description}: mean over the replications (chance: {ValidationCheck.Figure(c, "0.###")})", c, m, ml, mh,
            applies ? ValidationCheck.Verdict(ml > ch) : CheckStatus.NotApplicable,
            (applies ? "" : NotApplicable) + $"the model's whole 95 % interval of the mean above chance's, {Interval(cl, ch)}; expected: chance (every selection by lot)", source);
    }

    private const string Unreachable = "not applicable: by lot the record's pattern already has a probability above 1/3, so no model could give it the Bayes factor of 3 a pass needs; otherwise ";

    private const string NotApplicable = "not applicable: the scenario's inputs settle the pattern, by lot as by the model (the programme designates no region, the record's pattern is certain or impossible, or nothing is won to correlate); otherwise ";

    // Chance's own interval, which the model's lower bound must clear: the expected value alone would not show why a model
    // whose interval lies above it still fails.
    private static string Interval(double low, double high) =>
        double.IsNaN(low) && double.IsNaN(high) ? "n/a" : $"[{ValidationCheck.Figure(low, "0.####")}, {ValidationCheck.Figure(high, "0.####")}]";

    private static (double Value, double Low, double High) Share(List<bool> flags)
    {
        var k = flags.Count(f => f);
        var (low, high) = BinomialInterval.ClopperPearson(k, flags.Count);
        return (flags.Count == 0 ? double.NaN : (double)k / flags.Count, low, high);
    }

    private static (double Value, double Low, double High) Mean(List<double> values)
    {
        var defined = values.Where(v => !double.IsNaN(v)).ToList();
        if (defined.Count < 2)
        {
            return (double.NaN, double.NaN, double.NaN);
        }
        var mean = defined.Average();
        var se = Math.Sqrt(defined.Sum(v => (v - mean) * (v - mean)) / (defined.Count - 1) / defined.Count);
        return (mean, mean - (Z95 * se), mean + (Z95 * se));
    }
}
