using MathNet.Numerics.Statistics;
using Simulation.Core;
using Simulation.Core.Randomness;
using Simulation.Core.Regimes;
using Simulation.Experiments.Scheduling;

namespace Simulation.Experiments.Validation;

/// <summary>
/// Special districts (paper Table 3): realised ÷ planned investment by category over 2004–2010, from replications of the
/// timeline stopped at the end of 2010. A check passes when the paper's percentage lies within the central 95 % of the
/// replications (the 2.5th to 97.5th percentile, R-7 definition). Realisation is a model output: designations stall with
/// a probability that falls with the host's capacity (ODD §7.3); no category has a rate of its own, so the model can meet
/// the total but has no mechanism for the spread between categories.
/// </summary>
public static class SpecialDistrictChecks
{
    /// <summary>Returns the special-district checks: one per category of <see cref="PaperTable3"/>, then the total.</summary>
    public static IReadOnlyList<ValidationCheck> Run(Scenario scenario, ValidationOptions options, CancellationToken cancellationToken = default)
    {
        var programme = -1;
        var offset = 0;
        for (var p = 0; p < scenario.Programmes.Count && programme < 0; p++)
        {
            if (scenario.Programmes[p].Id == PaperTable3.Programme)
            {
                programme = p;
            }
            else
            {
                offset += scenario.Programmes[p].Categories.Count;
            }
        }
        if (programme < 0)
        {
            return [Missing("specialDistricts.missing", $"the scenario has no programme '{PaperTable3.Programme}'")];
        }
        var categories = scenario.Programmes[programme].Categories.Select(c => c.Id).ToList();
        var readings = ReadAt(scenario, PaperTable3.LastYear, options, model =>
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
        foreach (var (category, planned, invested, realisation) in PaperTable3.Categories)
        {
            var c = categories.IndexOf(category);
            if (c < 0)
            {
                checks.Add(Missing($"specialDistricts.{category}", $"the programme '{PaperTable3.Programme}' has no category '{category}'"));
                continue;
            }
            checks.Add(Check($"specialDistricts.{category}", $"special districts, {category}: realised ÷ planned investment 2004–2010 (paper: ₩{invested:N0} bn of ₩{planned:N0} bn)",
                realisation, readings.Select(r => r[c]), judged: false));
        }
        var total = Check("specialDistricts.total", "special districts, all categories: realised ÷ planned investment 2004–2010 (paper: ₩5,661 bn of ₩6,317 bn)",
            PaperTable3.TotalRealisation, readings.Select(r => r[^1]), judged: true);
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
    private static ValidationCheck Check(string name, string description, double expected, IEnumerable<double> values, bool judged)
    {
        var finite = values.Where(double.IsFinite).ToArray();
        if (finite.Length == 0)
        {
            return new ValidationCheck("specialDistricts", name, description, expected, double.NaN, double.NaN, double.NaN, CheckStatus.NotApplicable,
                "not applicable: no replication planned any investment here by 2010, so there is no realisation to compare", "paper Table 3");
        }
        var low = finite.QuantileCustom(0.025, QuantileDefinition.R7);
        var high = finite.QuantileCustom(0.975, QuantileDefinition.R7);
        var inside = expected >= low && expected <= high;
        var criterion = $"paper value within the simulated interval; simulated: mean over {finite.Length} replications; interval: 2.5th–97.5th percentile of the replications";
        return new ValidationCheck("specialDistricts", name, description, expected, finite.Average(), low, high,
            judged ? ValidationCheck.Verdict(inside) : CheckStatus.Info,
            judged ? criterion : $"{criterion} (not judged: no category-specific mechanism; the paper's value is {(inside ? "inside" : "OUTSIDE")} the interval)",
            "paper Table 3");
    }

    // A part of Table 3 the scenario does not model: nothing to compare, so neither a pass nor a failure, and not counted.
    private static ValidationCheck Missing(string name, string why) =>
        new("specialDistricts", name, $"special districts: {why}", double.NaN, double.NaN, double.NaN, double.NaN, CheckStatus.NotApplicable,
            $"not applicable: {why}, so there is nothing to compare with the paper's Table 3", "paper Table 3");
}
