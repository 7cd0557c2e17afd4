using System.Globalization;
using System.Text.Json.Nodes;
using Simulation.Experiments.Scenarios;
using Simulation.Experiments.Sweeps;

namespace Simulation.Experiments.Validation;

/// <summary>Whether an entry of the record or its patterns counts as validation in a scenario, read from its
/// <c>inSample</c>: a plain reason holds it in sample always; a reason with the parameters sized from its outcome holds it in
/// sample until every one of them has moved from the value it was sized as in the file that declared it
/// (<see cref="InSampleDeclaration"/>) by more than <see cref="MovedFraction"/> of that value (by more than
/// <see cref="MovedFromZero"/> when it was sized as 0), or names no number any more. A parameter still near its sized value
/// still carries the outcome, so one such parameter keeps the entry in sample; a what-if that moves them all is judged on it.</summary>
/// <param name="Reason">Why the entry cannot count as validation here; null when it can.</param>
/// <param name="CountedAsValidation">Why an entry declared in sample counts as validation here, in words (the parameters
/// that moved, their values here and as sized, the declaring file and its reason); null when it does not.</param>
public sealed record InSampleStatus(string? Reason, string? CountedAsValidation)
{
    /// <summary>How far, as a fraction of its sized value, a parameter must move before it no longer carries the outcome it
    /// was sized from (1 %).</summary>
    public const double MovedFraction = 0.01;

    /// <summary>How far, in the parameter's own unit, a parameter sized as 0 must move before it no longer carries the outcome.</summary>
    public const double MovedFromZero = 1e-6;

    /// <summary>Returns the note a check's rule opens with when the entries named in <paramref name="why"/> count as validation
    /// although declared in sample (empty when <paramref name="why"/> is null).</summary>
    public static string CountedNote(string? why) => why is null ? string.Empty : $"counted as validation here: {why}; ";

    /// <summary>Names an entry and why it counts as validation here, as the report and the rules list them.</summary>
    public static string Since(string entry, string why) => $"{entry}, since {why}";

    /// <summary>Returns the status of the entry <paramref name="entry"/> (<see cref="InSampleDeclarations.RecordEntry"/>,
    /// <see cref="InSampleDeclarations.PatternEntry"/>) of <paramref name="scenario"/>, whose <c>inSample</c> is
    /// <paramref name="claim"/> (null when it has none). An entry whose parameters all moved counts as validation, saying how
    /// each moved; one of whose parameters changed but some did not move far enough stays in sample, its reason saying which
    /// still carry the outcome.</summary>
    public static InSampleStatus Of(LoadedScenario scenario, string entry, JsonNode? claim)
    {
        switch (claim)
        {
            case JsonValue reason:
                return new InSampleStatus(reason.GetValue<string>(), null);
            case JsonObject named:
                var why = (string)named["reason"]!;
                if (!scenario.DeclaredInSample.TryGetValue(entry, out var declared) || declared.Parameters.Count == 0)
                {
                    return new InSampleStatus(why, null); // a document changed after loading: declared in itself
                }
                var readings = declared.Parameters.Select(p => Reading.Of(p, scenario.Document, declared.File)).ToList();
                if (readings.All(r => r.Moved))
                {
                    return new InSampleStatus(null, $"{string.Join("; ", readings.Select(r => r.Words))} (in sample there: {why})");
                }
                return readings.All(r => r.Same)
                    ? new InSampleStatus(why, null)
                    : new InSampleStatus($"{why} (still in sample here: {string.Join("; ", readings.Where(r => !r.Moved).Select(r => r.Words))})", null);
            default:
                return new InSampleStatus(null, null);
        }
    }

    // What became of a parameter since the file that declared the entry in sample: whether it holds its sized value exactly,
    // whether it moved far enough to no longer carry the outcome, and that in words.
    private sealed record Reading(bool Same, bool Moved, string Words)
    {
        public static Reading Of(SizedParameter parameter, JsonObject document, string file)
        {
            var sized = Number(parameter.Value);
            double now;
            try
            {
                now = ParameterPath.Parse(parameter.Path).Read(document);
            }
            catch (Exception e) when (e is FormatException or KeyNotFoundException or InvalidOperationException)
            {
                return new Reading(false, true, $"{parameter.Path} no longer names a number ({e.Message}); it was sized as {sized} in {file}");
            }
            if (now.Equals(parameter.Value))
            {
                return new Reading(true, false, $"{parameter.Path} keeps the {sized} it was sized as in {file}");
            }
            var distance = Math.Abs(now - parameter.Value);
            var moved = parameter.Value == 0 ? distance > MovedFromZero : distance > MovedFraction * Math.Abs(parameter.Value);
            return moved
                ? new Reading(false, true, $"{parameter.Path} is {Number(now)}, not the {sized} it was sized as in {file}")
                : new Reading(false, false, $"{parameter.Path} is {Number(now)}, within {(parameter.Value == 0 ? "10⁻⁶" : "1 %")} of the {sized} it was sized as in {file}");
        }
    }

    private static string Number(double value) => value.ToString(CultureInfo.InvariantCulture);
}
