using System.Globalization;

namespace Simulation.Experiments.Validation;

/// <summary>
/// Contest theory: the model's effort adjustment, run on synthetic contests (<see cref="ContestScenario"/>), against the
/// closed forms. Symmetric Tullock contest with n identical regions, prize V and r ≤ n/(n−1): Nash effort r(n−1)V/n² per
/// region and rent dissipation r(n−1)/n (Tullock 1980). Two regions valuing the prize at V1 and V2 with r = 1 (Baik 1994):
/// x1 = V1²V2/(V1+V2)², x2 = V1V2²/(V1+V2)², rent dissipation (x1+x2)/P.
/// </summary>
public static class ContestChecks
{
    /// <summary>Largest relative error that passes.</summary>
    public const double Tolerance = 0.02;

    /// <summary>Prize value of the synthetic contests, ₩ billion.</summary>
    public const double Prize = 100.0;

    /// <summary>The symmetric cases checked: (regions, exponent), each with r ≤ n/(n−1) so a pure-strategy equilibrium exists.</summary>
    public static IReadOnlyList<(int Regions, double Exponent)> SymmetricCases { get; } = [(2, 1.0), (4, 1.0), (4, 0.5), (3, 1.4), (6, 1.1), (10, 1.0)];

    /// <summary>The asymmetric case checked: valuation multipliers of the two regions (V_i = prize × multiplier).</summary>
    public static (double First, double Second) AsymmetricMultipliers { get; } = (1.0, 0.5);

    private const string TullockSource = "Tullock (1980): symmetric equilibrium";
    private const string BaikSource = "Baik (1994); Nti (1999): two bidders, r = 1";

    /// <summary>Returns the contest checks, in a fixed order.</summary>
    public static IReadOnlyList<ValidationCheck> Run()
    {
        var checks = new List<ValidationCheck>();
        foreach (var (n, r) in SymmetricCases)
        {
            var run = ContestRun.Of(ContestScenario.Symmetric(n, Prize, r));
            var id = $"contest.symmetric_n{n}_r{Format(r).Replace('.', '_')}";
            var nash = r * (n - 1) * Prize / (n * n);
            var mean = run.Efforts.Count == 0 ? double.NaN : run.Efforts.Average();
            var all = run.Efforts.Count == n;
            checks.Add(Relative($"{id}.effort", $"effort per region, {n} regions, r = {Format(r)}, V = {Prize:G} (₩ bn)", nash, mean,
                run.Efforts.DefaultIfEmpty(double.NaN).Min(), run.Efforts.DefaultIfEmpty(double.NaN).Max(), all,
                "every bid within 2 % of r(n−1)V/n²; interval: min–max over the bids", TullockSource));
            checks.Add(Relative($"{id}.rent_dissipation", $"rent dissipation (total effort ÷ prize), {n} regions, r = {Format(r)}", r * (n - 1) / n,
                run.RentDissipation, run.RentDissipation, run.RentDissipation, all, "within 2 % of r(n−1)/n", TullockSource));
        }

        var (m1, m2) = AsymmetricMultipliers;
        var v1 = Prize * m1;
        var v2 = Prize * m2;
        var asymmetric = ContestRun.Of(ContestScenario.Tullock(Prize, 1.0, m1, m2));
        var both = asymmetric.Efforts.Count == 2;
        var x1 = v1 * v1 * v2 / ((v1 + v2) * (v1 + v2));
        var x2 = v1 * v2 * v2 / ((v1 + v2) * (v1 + v2));
        var e1 = both ? asymmetric.Efforts[0] : double.NaN;
        var e2 = both ? asymmetric.Efforts[1] : double.NaN;
        var valuations = $"V1 = {v1:G}, V2 = {v2:G} (₩ bn)";
        checks.Add(Relative("contest.asymmetric.effort_high_valuation", $"effort of the region valuing the prize more, {valuations}", x1, e1, e1, e1, both,
            "within 2 % of V1²V2/(V1+V2)²", BaikSource));
        checks.Add(Relative("contest.asymmetric.effort_low_valuation", $"effort of the region valuing the prize less, {valuations}", x2, e2, e2, e2, both,
            "within 2 % of V1V2²/(V1+V2)²", BaikSource));
        checks.Add(Relative("contest.asymmetric.rent_dissipation", $"rent dissipation, {valuations}, prize {Prize:G}", (x1 + x2) / Prize,
            asymmetric.RentDissipation, asymmetric.RentDissipation, asymmetric.RentDissipation, both, "within 2 % of (x1+x2)/P", BaikSource));
        return checks;
    }

    /// <summary>The symmetric cases whose effort after a scenario's own rounds is reported: four bidders, as the Maglev line
    /// had, and ten, as Robot Land and the Medical Complex had.</summary>
    public static IReadOnlyList<int> ScenarioRoundCases { get; } = [4, 10];

    /// <summary>Returns, for context, how far a symmetric Tullock contest's effort is from the Nash effort after
    /// <paramref name="behaviour"/>'s own rounds, damping and starting effort, without its effort noise (so that the contest has
    /// one answer): the checks of <see cref="Run"/> verify the best-response code over 400 rounds, which a scenario's bids need
    /// not reach.</summary>
    public static IReadOnlyList<ValidationCheck> AtScenarioRounds(Core.Agents.Behaviour behaviour)
    {
        ArgumentNullException.ThrowIfNull(behaviour);
        const double r = 1.0;
        return [.. ScenarioRoundCases.Select(n =>
        {
            var run = ContestRun.Of(ContestScenario.Symmetric(n, Prize, r, behaviour.AdjustmentRounds, behaviour.Damping, behaviour.InitialEffortIntensity));
            var nash = r * (n - 1) * Prize / (n * n);
            var mean = run.Efforts.Count == 0 ? double.NaN : run.Efforts.Average();
            return new ValidationCheck("contest", $"contest.symmetric_n{n}_r1.effort_at_scenario_rounds",
                $"effort per region after the scenario's {behaviour.AdjustmentRounds} adjustment round(s) (damping {Format(behaviour.Damping)}, starting at {Format(behaviour.InitialEffortIntensity)} of the prize, without its effort noise of {Format(behaviour.EffortNoise)}), {n} regions, r = 1, V = {Prize:G} (₩ bn): "
                + $"{ValidationCheck.Figure(mean / nash, "0.000")} of the Nash effort",
                nash, mean, run.Efforts.DefaultIfEmpty(double.NaN).Min(), run.Efforts.DefaultIfEmpty(double.NaN).Max(), CheckStatus.Info,
                "reported, not judged: how far the scenario's own adjustment leaves a textbook contest from its equilibrium; interval: min–max over the bids",
                TullockSource, CheckKind.Verification);
        })];
    }

    // Passes when every value in [low, high] (and the point value) is within the tolerance of the expected value.
    private static ValidationCheck Relative(string name, string description, double expected, double simulated, double low, double high,
        bool complete, string criterion, string source)
    {
        bool Near(double x) => double.IsFinite(x) && Math.Abs(x - expected) <= Tolerance * Math.Abs(expected);
        var pass = complete && Near(simulated) && Near(low) && Near(high);
        return new ValidationCheck("contest", name, description, expected, simulated, low, high, ValidationCheck.Verdict(pass), criterion, source, CheckKind.Verification);
    }

    private static string Format(double r) => r.ToString("0.##", CultureInfo.InvariantCulture);
}
