using Simulation.Experiments.Comparison;

namespace Simulation.Experiments.Validation;

/// <summary>
/// Regime effects (paper Table 1: the first regime's primary value is equity, the second's efficiency; which regimes these
/// are is <see cref="RegimeContrast"/>), on common random numbers, which takes most of the sampling noise out of the differences (their intervals are paired). Two directions
/// the model must get right:
/// <list type="bullet">
/// <item>the equity-minded regime's fund, designations and projects leave the Capital Region a smaller share of national
/// resources than the efficiency-minded regime's (paired difference of <c>capital_region_share</c>, equity − efficiency regime, &lt; 0);</item>
/// <item>the equity regime's tilt favours each project's poorest candidate (lowest GRDP per head, a raw attribute, so the
/// check does not lean on the equity index it tests): the number of projects won by their poorest candidate under the
/// equity-minded regime as it is, against the same regime with its equity tilt set to 0 (paired difference &gt; 0; each project's own
/// difference is reported beside it).</item>
/// </list>
/// A wrong sign in the equity index turns the second check round.
/// </summary>
public static class RegimeEffectChecks
{
    private const string TiltRule = "the equity-minded regime (the first counterfactual) must favour each project's poorest candidate more than without its equity tilt";

    /// <summary>Returns the checks from the recorder of the scenario's run and that of its run without the equity tilt
    /// (same seed and replications). A check whose regimes the scenario lacks (no counterfactual; for the Capital Region's
    /// share, no second one) is not applicable, with the reason, and so is the equity-tilt check of an equity-minded regime
    /// whose tilt gives equity no weight (nothing to test); one whose tilt could not be taken away otherwise fails it, naming why.</summary>
    /// <param name="contrast">The equity- and efficiency-minded regimes both recorders followed.</param>
    /// <param name="scenario">Recorder of the scenario's run.</param>
    /// <param name="withoutEquityTilt">Recorder of the run without the equity tilt, or null when it could not be run.</param>
    /// <param name="missing">Why there is no run without the equity tilt.</param>
    /// <param name="equityTilt">The weight of the equity-minded regime's equity tilt (<see cref="RegimeContrast.EquityTiltWeight"/>);
    /// 0 makes the equity-tilt check not applicable.</param>
    public static IReadOnlyList<ValidationCheck> Evaluate(RegimeContrast contrast, RegimeRecorder scenario, RegimeRecorder? withoutEquityTilt, string? missing = null,
        double? equityTilt = null)
    {
        var equity = contrast.EquityMinded?.Name ?? "the equity-minded regime";
        var efficiency = contrast.EfficiencyMinded?.Name ?? "the efficiency-minded regime";
        var checks = new List<ValidationCheck>();
        var share = new PairedStatistics();
        for (var k = 0; k < Math.Min(scenario.EquityShare.Count, scenario.OtherShare.Count); k++)
        {
            share.Add(scenario.OtherShare[k], scenario.EquityShare[k]);
        }
        var s = share.Summarise(DifferenceKind.Metric, "capital_region_share", contrast.EquityMode);
        const string ShareRule = "below 0: the whole 95 % interval of the paired difference (common random numbers)";
        // Without two counterfactuals there is no pair of regimes held over the horizon: the comparison never happens.
        var unpaired = contrast.EquityMinded is null ? RegimeContrast.NoCounterfactual
            : contrast.EfficiencyMinded is null ? "not applicable: the scenario has one counterfactual regime, so no efficiency-minded regime (the second) to compare it with"
            : null;
        checks.Add(new ValidationCheck("regime", "regime.capital_region_share",
            $"Capital Region's share of national resources, {equity} minus {efficiency}, each held over the horizon ({(s.Pairs == 0 ? "n/a" : $"{ValidationCheck.Figure(s.MeanB, "0.000")} vs {ValidationCheck.Figure(s.MeanA, "0.000")}")})",
            0.0, s.Difference, s.CiLow, s.CiHigh, unpaired is null ? ValidationCheck.Verdict(s.Pairs > 1 && s.CiHigh < 0) : CheckStatus.NotApplicable,
            unpaired is null ? ShareRule : $"{unpaired}; otherwise {ShareRule}", "paper Table 1 (equity vs efficiency); paper §3.1",
            CheckKind.Input)); // the equity-minded fund's eligibility and the other's assumed zone shares set it

        if (contrast.EquityMinded is null)
        {
            checks.Add(new ValidationCheck("regime", "regime.equity_tilt", "the scenario has no counterfactual regime, so no equity-minded regime whose tilt to test",
                0.0, double.NaN, double.NaN, double.NaN, CheckStatus.NotApplicable,
                $"{RegimeContrast.NoCounterfactual}; otherwise {TiltRule}",
                "paper Table 1", CheckKind.Verification));
            return checks;
        }
        if (equityTilt == 0)
        {
            // Taking away a tilt of 0 changes nothing: the check cannot tell a right sign from a wrong one, so it does not apply.
            checks.Add(new ValidationCheck("regime", "regime.equity_tilt",
                $"{equity}'s tilt gives the equity index no weight ({contrast.EquityTilt} is 0 or absent), so there is no equity tilt to test",
                0.0, double.NaN, double.NaN, double.NaN, CheckStatus.NotApplicable,
                $"not applicable: no equity tilt to test; otherwise {TiltRule}", "paper Table 1", CheckKind.Verification));
            return checks;
        }
        if (withoutEquityTilt is null)
        {
            // The equity-minded regime is there but its tilt cannot be taken away (it has none): a broken regime, failed.
            checks.Add(new ValidationCheck("regime", "regime.equity_tilt", missing ?? "no run without the equity tilt", 0.0, double.NaN, double.NaN, double.NaN,
                CheckStatus.Fail, $"needs {contrast.EquityTilt ?? "a counterfactual regime with an equity tilt"} in the scenario", "paper Table 1",
                CheckKind.Verification));
            return checks;
        }
        // Judged on the number of projects won by their poorest candidate, which pools the three competitions' evidence;
        // each competition's own difference is reported beside it.
        var total = new PairedStatistics();
        var replications = Math.Min(scenario.PoorestWins.Count == 0 ? 0 : scenario.PoorestWins.Min(w => w.Count),
            withoutEquityTilt.PoorestWins.Count == 0 ? 0 : withoutEquityTilt.PoorestWins.Min(w => w.Count));
        for (var k = 0; k < replications; k++)
        {
            total.Add(withoutEquityTilt.PoorestWins.Count(w => w[k]), scenario.PoorestWins.Count(w => w[k]));
        }
        var t = total.Summarise(DifferenceKind.Metric, "poorest candidates", contrast.EquityMode);
        checks.Add(new ValidationCheck("regime", "regime.equity_tilt",
            $"projects won by their poorest candidate ({string.Join(", ", scenario.Projects.Select((p, i) => $"{p}: {scenario.PoorestCandidates[i]}"))}) under {equity}, minus the same without its equity tilt ({ValidationCheck.Figure(t.MeanB, "0.000")} vs {ValidationCheck.Figure(t.MeanA, "0.000")} of {scenario.Projects.Count})",
            0.0, t.Difference, t.CiLow, t.CiHigh, ValidationCheck.Verdict(t.Pairs > 1 && t.CiLow > 0),
            "above 0: the whole 95 % interval of the paired difference (common random numbers)", "paper Table 1 (equity as primary value)",
            CheckKind.Verification)); // that the tilt works in the direction it says: a test of the code, not of the model
        for (var p = 0; p < scenario.PoorestWins.Count; p++)
        {
            var wins = new PairedStatistics();
            var with = scenario.PoorestWins[p];
            var without = withoutEquityTilt.PoorestWins[p];
            for (var k = 0; k < Math.Min(with.Count, without.Count); k++)
            {
                wins.Add(without[k] ? 1 : 0, with[k] ? 1 : 0);
            }
            var d = wins.Summarise(DifferenceKind.Win, scenario.PoorestCandidates[p], contrast.EquityMode);
            checks.Add(new ValidationCheck("regime", $"regime.equity_tilt.{scenario.Projects[p]}.{scenario.PoorestCandidates[p]}",
                $"{scenario.Projects[p]}: win probability of the poorest candidate ({scenario.PoorestCandidates[p]}) under {equity}, minus the same without its equity tilt ({ValidationCheck.Figure(d.MeanB, "0.000")} vs {ValidationCheck.Figure(d.MeanA, "0.000")})",
                0.0, d.Difference, d.CiLow, d.CiHigh, CheckStatus.Info,
                "reported (the pooled check above is judged): the poorest by GRDP per head need not rank first on the indices the tilt weighs "
                + "(the equity index also counts own revenue and R&D), so one project's difference may fall below 0; interval: 95 % paired interval (common random numbers)", "paper Table 1 (equity as primary value)",
                CheckKind.Verification)); // the pooled check's parts: the tilt's direction, a test of the code as it is
        }
        return checks;
    }
}
