using System.Globalization;

namespace Simulation.Experiments.Validation;

/// <summary>
/// One row of a validation report: what theory or the historical record says (<paramref name="Expected"/>), what the
/// model gives (<paramref name="Simulated"/>, with an interval whose meaning <paramref name="Criterion"/> states), and the
/// verdict. Rows are self-describing so the CSV and the Markdown summary need no knowledge of the individual checks.
/// </summary>
/// <param name="Group">The family of checks: <c>contest</c>, <c>history</c>, <c>specialDistricts</c>, <c>fund</c>, <c>regime</c>.</param>
/// <param name="Name">Stable identifier, unique in a report, for example <c>contest.symmetric_n4_r1.effort</c>.</param>
/// <param name="Description">What is compared, in words, with the unit.</param>
/// <param name="Expected">The value theory or the record gives (for an inequality check, the bound).</param>
/// <param name="Simulated">The model's value.</param>
/// <param name="CiLow">Lower end of the simulated value's interval (see <paramref name="Criterion"/>).</param>
/// <param name="CiHigh">Upper end of the simulated value's interval.</param>
/// <param name="Status">Pass, fail, or info (reported, not judged).</param>
/// <param name="Criterion">The pass rule and what the interval is, for example "within 2 % of expected; interval: min-max over the bids".</param>
/// <param name="Source">Where the expected value comes from: a theorem, a paper section, a record.</param>
/// <param name="Kind">Validation (the default), verification of the code, or a restated input.</param>
/// <param name="Note">Why the check is, or is not, counted as validation here, ending in "; " (declared in sample, or counted
/// though declared in sample, since a what-if changed what was sized from it); empty for most checks. Kept apart from
/// <paramref name="Criterion"/> so that a failure's line can say what the check is before what passes it.</param>
public sealed record ValidationCheck(
    string Group,
    string Name,
    string Description,
    double Expected,
    double Simulated,
    double CiLow,
    double CiHigh,
    CheckStatus Status,
    string Criterion,
    string Source,
    CheckKind Kind = CheckKind.Validation,
    string Note = "")
{
    /// <summary>The note and the pass rule as the report's tables print them, in one field.</summary>
    public string NoteAndCriterion => Note + Criterion;

    /// <summary>Returns <see cref="CheckStatus.Pass"/> when <paramref name="condition"/> holds, else <see cref="CheckStatus.Fail"/>.</summary>
    public static CheckStatus Verdict(bool condition) => condition ? CheckStatus.Pass : CheckStatus.Fail;

    /// <summary>Returns <paramref name="value"/> in <paramref name="format"/> (invariant culture) for a description or rule, or
    /// <c>n/a</c> when it is undefined (no replication gave it), so a check that cannot apply says so in words, not as NaN.</summary>
    public static string Figure(double value, string format) =>
        double.IsNaN(value) ? "n/a" : value.ToString(format, CultureInfo.InvariantCulture);
}
