using MathNet.Numerics.Statistics;
using Simulation.Core;
using Simulation.Core.Randomness;
using Simulation.Core.Regimes;
using Simulation.Experiments.Scheduling;

namespace Simulation.Experiments.Validation;

/// <summary>
/// Realised ÷ planned investment in a programme's designations by category over a period (the scenario's
/// <c>patterns.realisation</c>; the baseline's is paper Table 3, the special districts over 2004–2010), from replications of
/// the timeline stopped at the period's end. A check passes when the record's share lies within the central 95 % of the
/// replications (the 2.5th to 97.5th percentile, R-7 definition). Realisation is a model output: designations stall with a
/// probability that falls with the host's capacity (ODD §7.3); no category has a rate of its own, so the model can meet the
/// total but has no mechanism for the spread between categories.
/// </summary>
public static class SpecialDistrictChecks
{
    /// <summary>The family of these checks in a validation report.</summary>
    public const string Group = "specialDistricts";

    /// <summary>Returns the checks of each pattern: one per category it gives, then its total.</summary>
    public static IReadOnlyList<ValidationCheck> Run(Scenario scenario, IReadOnlyList<RealisationPattern> patterns, ValidationOptions options,
        CancellationToken cancellationToken = default)
    {
        var checks = new List<ValidationCheck>();
        foreach (var pattern in patterns)
        {
            checks.AddRange(Run(scenario, pattern, options, cancellationToken));
        }
        return checks;
    }

    private static List<ValidationCheck> Run(Scenario scenario, RealisationPattern pattern, ValidationOptions options, CancellationToken cancellationToken)
    {
        var programme = scenario.Programmes[pattern.Programme];
        var offset = scenario.Programmes.Take(pattern.Programme).Sum(p => p.Categories.Count);
        var what = char.ToLowerInvariant(programme.Name[0]) + programme.Name[1..];
        var period = $"{pattern.FromYear}–{pattern.ToYear}";
        var categories = programme.Categories.Select(c => c.Id).ToList();
        var readings = ReadAt(scenario, pattern.ToYear, options, model =>
        {
            var o = model.Outcome;
            var ratios = new double[categories.Count + 1];
            double planned = 0, realised = 0;
            for (var c = 0; c < categories.Count; c++)
            {
                var p = o.PlannedByCategory[offset + c];
                ratios[c] = p > 0 ? o.RealisedByCategory[offset + c] / p : double.NaN;
                planned += p;
                realised += o.RealisedByCategory[offset + c];
            }
            ratios[^1] = planned > 0 ? realised / planned : double.NaN;
            return ratios;
        }, cancellationToken);

        var checks = new List<ValidationCheck>();
        foreach (var (category, figures) in pattern.Categories)
        {
            var c = categories.IndexOf(category);
            var name = $"{programme.Id}.{category}";
            if (c < 0)
            {
                checks.Add(Missing(name, $"the programme '{programme.Id}' has no category '{category}'", pattern.Source));
                continue;
            }
            checks.Add(Check(name, $"{what}, {category}: realised ÷ planned investment {period} (record: ₩{figures.Invested:N0} bn of ₩{figures.Planned:N0} bn)",
                figures.Realisation, readings.Select(r => r[c]), judged: false, pattern.Source));
        }
        var total = Check($"{programme.Id}.total",
            $"{what}, all categories: realised ÷ planned investment {period} (record: ₩{pattern.Total.Invested:N0} bn of ₩{pattern.Total.Planned:N0} bn)",
            pattern.Total.Realisation, readings.Select(r => r[^1]), judged: true, pattern.Source);
        checks.Add(total with { Kind = CheckKind.Input }); // mostly the assumed odds of a stall, so not counted as validation
        return checks;
    }

    // One reading per replication of the timeline, of the model after it simulated every year up to and including
    // lastYear; replication k draws from the stream of (seed, k), as in MonteCarlo, and its reading lands in slot k.
    private static T[] ReadAt<T>(Scenario scenario, int lastYear, ValidationOptions options, Func<SimulationModel, T> read,
        CancellationToken cancellationToken)
    {
        options.Validate();
        var readings = new T[options.Replications];
        OrderedParallel.Run(options.Replications, options.Threads, MonteCarlo.MaxBlock, () => new SimulationModel(scenario),
            (model, jobs) =>
            {
                for (var k = jobs.First; k < jobs.End; k++)
                {
                    model.Reset(RegimeMode.Timeline, RandomStream.ForReplication(options.Seed, k));
                    while (!model.IsFinished && model.Year <= lastYear)
                    {
                        model.Step();
                    }
                    readings[k] = read(model);
                }
            },
            cancellationToken: cancellationToken);
        return readings;
    }

    // Category checks are shown, not judged: the model has no mechanism that differs between categories (ODD §7.3), so the
    // row says whether the paper's value falls inside the interval without counting it as a test of the model.
    private static ValidationCheck Check(string name, string description, double expected, IEnumerable<double> values, bool judged, string source)
    {
        var finite = values.Where(double.IsFinite).ToArray();
        if (finite.Length == 0)
        {
            return new ValidationCheck(Group, name, description, expected, double.NaN, double.NaN, double.NaN, CheckStatus.NotApplicable,
                "not applicable: no replication planned any investment here by the period's end, so there is no realisation to compare", source);
        }
        var low = finite.QuantileCustom(0.025, QuantileDefinition.R7);
        var high = finite.QuantileCustom(0.975, QuantileDefinition.R7);
        var inside = expected >= low && expected <= high;
        var criterion = $"record's value within the simulated interval; simulated: mean over {finite.Length} replications; interval: 2.5th–97.5th percentile of the replications";
        return new ValidationCheck(Group, name, description, expected, finite.Average(), low, high,
            judged ? ValidationCheck.Verdict(inside) : CheckStatus.Info,
            judged ? criterion : $"{criterion} (not judged: no category-specific mechanism; the record's value is {(inside ? "inside" : "OUTSIDE")} the interval)",
            source);
    }

    // A part of the record the scenario does not model: nothing to compare, so neither a pass nor a failure, and not counted.
    private static ValidationCheck Missing(string name, string why, string source) =>
        new(Group, name, why, double.NaN, double.NaN, double.NaN, double.NaN, CheckStatus.NotApplicable,
            $"not applicable: {why}, so there is nothing to compare with the record", source);
}
