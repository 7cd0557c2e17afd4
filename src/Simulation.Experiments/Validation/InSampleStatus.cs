using System.Globalization;
using System.Text.Json.Nodes;
using Simulation.Experiments.Scenarios;
using Simulation.Experiments.Sweeps;

namespace Simulation.Experiments.Validation;

/// <summary>Whether an entry of the record or its patterns counts as validation in a scenario, read from its
/// <c>inSample</c>: a plain reason holds it in sample always; a reason with the parameters sized from its outcome holds it in
/// sample until every one of them is 0, names no number any more or is read by no run of the timeline (its regime never in
/// force, say). A sized input switched off carries nothing from the
/// outcome; at any other value, further from its sized value (<see cref="InSampleDeclaration"/>) or nearer, it may still carry
/// it, so one such parameter keeps the entry in sample (and so does one sized as 0, which the outcome itself switched off).
/// A what-if that switches them all off is judged on the entry.</summary>
/// <param name="Reason">Why the entry cannot count as validation here; null when it can.</param>
/// <param name="CountedAsValidation">Why an entry declared in sample counts as validation here, in words (the parameters
/// switched off or gone, their values as sized, the declaring file and its reason); null when it does not.</param>
public sealed record InSampleStatus(string? Reason, string? CountedAsValidation)
{
    /// <summary>Returns the note a check's rule opens with when the entries named in <paramref name="why"/> count as validation
    /// although declared in sample (empty when <paramref name="why"/> is null).</summary>
    public static string CountedNote(string? why) => why is null ? string.Empty : $"counted as validation here: {why}; ";

    /// <summary>Returns the note a row of one competition of the record opens with: why it is in sample
    /// (<paramref name="inSample"/>), else why it counts as validation though declared in sample (<paramref name="counted"/>),
    /// else nothing.</summary>
    public static string RowNote(string? inSample, string? counted) => inSample is { } why ? $"in sample ({why}); " : CountedNote(counted);

    /// <summary>Names an entry and why it counts as validation here, as the report and the rules list them.</summary>
    public static string Since(string entry, string why) => $"{entry}, since {why}";

    /// <summary>Returns the status of the entry <paramref name="entry"/> (<see cref="InSampleDeclarations.RecordEntry"/>,
    /// <see cref="InSampleDeclarations.PatternEntry"/>) of <paramref name="scenario"/>, whose <c>inSample</c> is
    /// <paramref name="claim"/> (null when it has none). An entry whose parameters are all 0 or gone counts as validation,
    /// saying what became of each; one with a parameter at another value stays in sample, its reason saying which parameters
    /// still carry the outcome when any of them changed.</summary>
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
                // The record is scored on the scenario's timeline: an input no run of it reads (the regime it tilts is never in
                // force, say) carries nothing from the outcome into the score, as one switched off does not.
                var reads = ModelReads.Of(scenario, [Core.Regimes.RegimeMode.Timeline]);
                var readings = declared.Parameters.Select(p => Reading.Of(p, scenario.Document, declared.File, reads)).ToList();
                if (readings.All(r => r.Off))
                {
                    return new InSampleStatus(null, $"{string.Join("; ", readings.Select(r => r.Words))} (in sample there: {why})");
                }
                return readings.All(r => r.Same)
                    ? new InSampleStatus(why, null)
                    : new InSampleStatus($"{why} (still in sample here: {string.Join("; ", readings.Where(r => !r.Off).Select(r => r.Words))})", null);
            default:
                return new InSampleStatus(null, null);
        }
    }

    // What became of a parameter since the file that declared the entry in sample: whether it holds its sized value exactly,
    // whether it is switched off (0) or gone, so that it carries nothing from the outcome, and that in words.
    private sealed record Reading(bool Same, bool Off, string Words)
    {
        public static Reading Of(SizedParameter parameter, JsonObject document, string file, ModelReads reads)
        {
            var sized = Number(parameter.Value);
            double now;
            string? unread;
            try
            {
                var path = ParameterPath.Parse(parameter.Path);
                now = path.Read(document);
                unread = reads.Unread(path);
            }
            catch (Exception e) when (e is FormatException or KeyNotFoundException or InvalidOperationException)
            {
                return new Reading(false, true, $"{parameter.Path} no longer names a number ({e.Message}); it was sized as {sized} in {file}");
            }
            if (unread is not null)
            {
                return new Reading(false, true, $"{parameter.Path} is read by no run of the timeline here ({unread}); it was sized as {sized} in {file}");
            }
            if (now.Equals(parameter.Value))
            {
                return new Reading(true, false, $"{parameter.Path} keeps the {sized} it was sized as in {file}");
            }
            if (parameter.Value == 0)
            {
                // Sized as 0, the input was switched off by the outcome itself: no value takes the outcome out of it.
                return new Reading(false, false, $"{parameter.Path} is {Number(now)}; sized as 0 in {file}, it carries the outcome at any value");
            }
            return now == 0
                ? new Reading(false, true, $"{parameter.Path} is 0, not the {sized} it was sized as in {file}")
                : new Reading(false, false, $"{parameter.Path} is {Number(now)}, not 0 (it was sized as {sized} in {file})");
        }
    }

    private static string Number(double value) => value.ToString(CultureInfo.InvariantCulture);
}
