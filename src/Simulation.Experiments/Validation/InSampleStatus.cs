using System.Globalization;
using System.Text.Json.Nodes;
using Simulation.Experiments.Scenarios;
using Simulation.Experiments.Sweeps;

namespace Simulation.Experiments.Validation;

/// <summary>Whether an entry of the record or its patterns counts as validation in a scenario, read from its
/// <c>inSample</c>: a plain reason holds it in sample always; a reason with the parameters sized from its outcome holds it in
/// sample only while each still has the value of the file that declared it (<see cref="InSampleDeclaration"/>), so a what-if
/// that changes one of them is judged on it.</summary>
/// <param name="Reason">Why the entry cannot count as validation here; null when it can.</param>
/// <param name="CountedAsValidation">Why an entry declared in sample counts as validation here, in words (the parameters
/// that changed, their values here and as sized, the declaring file and its reason); null when none changed.</param>
public sealed record InSampleStatus(string? Reason, string? CountedAsValidation)
{
    /// <summary>Returns the note a check's rule opens with when the entries named in <paramref name="why"/> count as validation
    /// although declared in sample (empty when <paramref name="why"/> is null).</summary>
    public static string CountedNote(string? why) => why is null ? string.Empty : $"counted as validation here: {why}; ";

    /// <summary>Names an entry and why it counts as validation here, as the report and the rules list them.</summary>
    public static string Since(string entry, string why) => $"{entry}, since {why}";

    /// <summary>Returns the status of the entry <paramref name="entry"/> (<see cref="InSampleDeclarations.RecordEntry"/>,
    /// <see cref="InSampleDeclarations.PatternEntry"/>) of <paramref name="scenario"/>, whose <c>inSample</c> is
    /// <paramref name="claim"/> (null when it has none).</summary>
    public static InSampleStatus Of(LoadedScenario scenario, string entry, JsonNode? claim)
    {
        switch (claim)
        {
            case JsonValue reason:
                return new InSampleStatus(reason.GetValue<string>(), null);
            case JsonObject named:
                var why = (string)named["reason"]!;
                if (!scenario.DeclaredInSample.TryGetValue(entry, out var declared))
                {
                    return new InSampleStatus(why, null); // a document changed after loading: declared in itself
                }
                var changed = declared.Parameters.Select(p => Change(p, scenario.Document, declared.File)).OfType<string>().ToList();
                return changed.Count == 0
                    ? new InSampleStatus(why, null)
                    : new InSampleStatus(null, $"{string.Join("; ", changed)} (in sample there: {why})");
            default:
                return new InSampleStatus(null, null);
        }
    }

    // What became of a parameter since the file that declared the entry in sample, or null when it holds the same value.
    private static string? Change(SizedParameter parameter, JsonObject document, string file)
    {
        var sized = Number(parameter.Value);
        try
        {
            var now = ParameterPath.Parse(parameter.Path).Read(document);
            return now.Equals(parameter.Value) ? null : $"{parameter.Path} is {Number(now)}, not the {sized} it was sized as in {file}";
        }
        catch (Exception e) when (e is FormatException or KeyNotFoundException or InvalidOperationException)
        {
            return $"{parameter.Path} no longer names a number ({e.Message}); it was sized as {sized} in {file}";
        }
    }

    private static string Number(double value) => value.ToString(CultureInfo.InvariantCulture);
}
