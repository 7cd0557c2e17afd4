using Simulation.Core;
using Simulation.Core.Randomness;
using Simulation.Core.Regimes;

namespace Simulation.Experiments.Validation;

/// <summary>
/// The balanced-development fund (paper §3.1): launched in 2004 with $5.5 billion, scheduled to grow 8.5 % a year. The
/// expected values are the paper's numbers, not the scenario's, converted at the scenario's exchange rate; the simulated
/// values are what the national government actually shared out, year by year, under the equity-minded regime that runs the
/// fund in the paper (<see cref="RegimeContrast.EquityMinded"/>: the scenario's first counterfactual).
/// </summary>
public static class FundChecks
{
    /// <summary>The fund at launch, $ billion (paper §3.1).</summary>
    public const double InitialBillionUsd = 5.5;

    /// <summary>Scheduled growth per year (paper §3.1).</summary>
    public const double GrowthRatePerYear = 0.085;

    /// <summary>Launch year (paper §3.1).</summary>
    public const int StartYear = 2004;

    /// <summary>Largest relative error that passes: the fund is deterministic, so only rounding is allowed.</summary>
    public const double Tolerance = 1e-6;

    private const string Source = "paper §3.1 Balanced-development special account";

    /// <summary>Returns the yearly amounts shared out (₩ billion) in one replication of <paramref name="mode"/>, first year first.</summary>
    public static double[] YearlySpending(Scenario scenario, RegimeMode mode, ulong seed)
    {
        var model = new SimulationModel(scenario);
        model.Reset(mode, RandomStream.ForReplication(seed, 0));
        var years = new List<double>();
        while (!model.IsFinished)
        {
            var before = model.Outcome.FundSpent;
            model.Step();
            years.Add(model.Outcome.FundSpent - before);
        }
        return [.. years];
    }

    /// <summary>Returns the fund checks; <paramref name="result"/> is the Monte Carlo run of <paramref name="scenario"/> whose
    /// <c>fund_spent_bn_krw</c> summary under the equity-minded regime's counterfactual (of <paramref name="contrast"/>) is checked.</summary>
    public static IReadOnlyList<ValidationCheck> Evaluate(Scenario scenario, RegimeContrast contrast, RunResult result, ulong seed)
    {
        if (contrast.EquityMinded is not { } fundRegime)
        {
            // Which regime runs the fund is read from the counterfactuals; without one there is no fund's path to follow.
            return [new ValidationCheck("fund", "fund.missing", "the scenario has no counterfactual regime, so no regime to follow the fund under",
                double.NaN, double.NaN, double.NaN, double.NaN, CheckStatus.NotApplicable,
                $"{RegimeContrast.NoCounterfactual}; otherwise the fund under the equity-minded regime (the first counterfactual) follows the paper's path", Source, CheckKind.Input)];
        }
        var regime = scenario.Regimes.ToList().IndexOf(fundRegime);
        var name = fundRegime.Name;
        var first = scenario.Timeline.FirstYear;
        var rate = scenario.WonPerUsd;
        double Paper(int year) => year < StartYear ? 0.0 : InitialBillionUsd * Math.Pow(1 + GrowthRatePerYear, year - StartYear);
        var checks = new List<ValidationCheck>();

        var timeline = YearlySpending(scenario, RegimeMode.Timeline, seed);
        for (var i = 0; i < timeline.Length; i++)
        {
            var year = first + i;
            if (year < StartYear || scenario.Timeline.RegimeAt(year) != regime)
            {
                continue;
            }
            var usd = timeline[i] / rate;
            checks.Add(Relative($"fund.{year}", $"fund shared out in {year} under {name} (timeline), $ billion", Paper(year), usd, usd, usd,
                "within 10⁻⁶ (relative) of 5.5 × 1.085^(year − 2004); deterministic, so the interval is the value"));
        }

        var held = YearlySpending(scenario, RegimeMode.Counterfactual(fundRegime.Id, regime), seed);
        var growth = new List<double>();
        for (var i = 1; i < held.Length; i++)
        {
            if (first + i - 1 >= StartYear && held[i - 1] > 0)
            {
                growth.Add((held[i] / held[i - 1]) - 1);
            }
        }
        var startIndex = Math.Max(0, StartYear - first);
        var span = held.Length - 1 - startIndex;
        var mean = span > 0 && held[startIndex] > 0 ? Math.Pow(held[^1] / held[startIndex], 1.0 / span) - 1 : double.NaN;
        checks.Add(new ValidationCheck("fund", "fund.growth_rate", $"yearly growth of the fund under {name} held {Math.Max(first, StartYear)}–{scenario.Timeline.LastYear}",
            GrowthRatePerYear, mean, growth.DefaultIfEmpty(double.NaN).Min(), growth.DefaultIfEmpty(double.NaN).Max(),
            ValidationCheck.Verdict(growth.Count > 0 && growth.All(g => Math.Abs(g - GrowthRatePerYear) <= Tolerance)),
            "every year-on-year growth within 10⁻⁶ of 8.5 %; simulated: geometric mean; interval: min–max of the yearly growth", Source));

        var total = Enumerable.Range(first, held.Length).Sum(Paper) * rate;
        var spent = result.Summaries.FirstOrDefault(s => s.Metric == "fund_spent_bn_krw" && s.Regime == fundRegime.Id);
        var check = $"fund.spent_{fundRegime.Id}";
        checks.Add(spent is null
            ? new ValidationCheck("fund", check, $"fund_spent_bn_krw under {name} held over the horizon", total, double.NaN, double.NaN, double.NaN,
                CheckStatus.Fail, $"the run has no counterfactual mode of {name}", Source)
            : Relative(check, $"fund_spent_bn_krw under {name} held {first}–{scenario.Timeline.LastYear}, mean over {spent.Count} replications (₩ billion, at ₩{rate:N0}/$)",
                total, spent.Mean, spent.P05, spent.P95, "within 10⁻⁶ (relative) of Σ 5.5 × 1.085^(year − 2004) × won per dollar; interval: 5th–95th percentile"));
        // The fund's path is an input of the scenario: these checks show the code carries it through, not that the model is right.
        return [.. checks.Select(c => c with { Kind = CheckKind.Input })];
    }

    private static ValidationCheck Relative(string name, string description, double expected, double simulated, double low, double high, string criterion)
    {
        bool Near(double x) => double.IsFinite(x) && Math.Abs(x - expected) <= Tolerance * Math.Abs(expected);
        return new ValidationCheck("fund", name, description, expected, simulated, low, high, ValidationCheck.Verdict(Near(simulated) && Near(low) && Near(high)), criterion, Source);
    }
}
