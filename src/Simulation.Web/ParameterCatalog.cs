using System.Globalization;
using System.Text.Json.Nodes;
using Simulation.Core.Regimes;
using Simulation.Experiments.Scenarios;
using Simulation.Experiments.Sweeps;

namespace Simulation.Web;

/// <summary>
/// The parameters a class plays with, read from a scenario document: the weight of every signal each regime's tilt weighs
/// (only for the regimes a run puts in force), its selection noise and contest exponent, the fund's size and growth, and
/// joint bids on or off. Ranges are the schema's (<c>scenarios/scenario.schema.json</c>), narrowed where the schema is
/// open-ended so a slider has two ends, and widened to take in the scenario's own value; the same ranges check what the
/// page sends back.
/// </summary>
public static class ParameterCatalog
{
    /// <summary>Path of the switch that turns joint bids on or off for every project.</summary>
    public const string JointBids = "jointBids";

    /// <summary>Returns the parameters present in <paramref name="document"/>, with their current values.</summary>
    public static IReadOnlyList<ClassroomParameter> For(JsonObject document)
    {
        var list = new List<ClassroomParameter>();
        var run = RegimesRun(document);
        foreach (var regime in (document["regimes"] as JsonArray ?? []).OfType<JsonObject>())
        {
            var id = regime["id"]?.GetValue<string>() ?? "";
            if (!run.Contains(id))
            {
                continue; // a regime no mode of the scenario puts in force: its sliders would change nothing
            }
            var group = regime["name"]?.GetValue<string>() ?? id; // the regime's name from the scenario, as every label is
            foreach (var signal in TiltSignals(regime))
            {
                Add(list, document, $"regimes[{id}].tilt[{signal}].weight", SignalLabel.Of(document, signal), group, 0, 10, 0.05, ValueFormat.Plain(0.05));
            }
            // Only the field the regime's rule reads: a slider for the other would change nothing.
            if (SelectionRuleNames.Parse(regime["selection"]?["rule"]?.GetValue<string>()) == SelectionRuleKind.Tullock)
            {
                Add(list, document, $"regimes[{id}].selection.exponent", "Contest exponent (Tullock rule)", group, 0.1, 10, 0.1, ValueFormat.Plain(0.1));
            }
            else
            {
                Add(list, document, $"regimes[{id}].selection.discretion", "Selection noise", group, 0, 5, 0.05, ValueFormat.Plain(0.05));
            }
        }
        // The fund is kept in US$ billion, as the paper gives it, and converted to won by the model: the page shows it in the
        // scenario's money, ₩ billion, as every other amount; the value sent back stays in the scenario's unit.
        if (WonPerUsd(document) is { } rate)
        {
            Add(list, document, "nationalFund.initialBillionUsd", Text($"Fund at launch (at ₩{rate:N0} per US$)"), "Balanced-development fund", 0, 50, 0.5,
                ValueFormat.BillionWon(rate));
        }
        Add(list, document, "nationalFund.growthRatePerYear", "Fund growth per year", "Balanced-development fund", -0.5, 0.5, 0.005, ValueFormat.Percentage(0.005));
        var projects = (document["projects"] as JsonArray ?? []).OfType<JsonObject>().ToList();
        if (projects.Count > 0)
        {
            var on = projects.Any(p => p["jointBids"]?.GetValue<bool>() == true);
            list.Add(new ClassroomParameter(JointBids, "Joint bids allowed", "Projects", ParameterKind.Switch, on ? 1 : 0, 0, 1, 1,
                "scenario's projects (set for every project at once)", ValueFormat.Plain(1)));
        }
        return list;
    }

    // The signals a regime's tilt weighs, in the scenario's order: every one gets a slider, whatever the scenario calls it.
    private static IEnumerable<string> TiltSignals(JsonObject regime) =>
        (regime["tilt"] as JsonArray ?? []).OfType<JsonObject>().Select(t => t["signal"]?.GetValue<string>()).OfType<string>().Distinct(StringComparer.Ordinal);

    // The regimes a run of the scenario puts in force: those of its timeline and those it also runs alone.
    private static HashSet<string> RegimesRun(JsonObject document)
    {
        var timeline = (document["timeline"] as JsonArray ?? []).OfType<JsonObject>().Select(t => t["regime"]?.GetValue<string>());
        var alone = (document["counterfactuals"] as JsonArray ?? []).Select(c => c?.GetValue<string>());
        return [.. timeline.Concat(alone).OfType<string>()];
    }

    /// <summary>
    /// Applies <paramref name="overrides"/> to <paramref name="document"/> (in place), or returns the problem (<see cref="RequestProblemKind.Invalid"/>)
    /// with the first override that is unknown or out of range.
    /// </summary>
    public static RequestProblem? Apply(JsonObject document, IReadOnlyDictionary<string, double> overrides)
    {
        var known = For(document).ToDictionary(p => p.Path, StringComparer.Ordinal);
        foreach (var (path, value) in overrides)
        {
            var field = $"parameters.{path}";
            if (!known.TryGetValue(path, out var parameter))
            {
                return RequestProblem.Invalid(field, "is not a parameter of this scenario; GET /api/scenarios/{name}/parameters lists them");
            }
            if (!double.IsFinite(value) || value < parameter.Min || value > parameter.Max)
            {
                return RequestProblem.Invalid(field, double.IsFinite(value)
                    ? $"{value} is out of range [{parameter.Min}, {parameter.Max}]"
                    : $"is a number too large to represent, out of range [{parameter.Min}, {parameter.Max}]");
            }
            if (parameter.Kind == ParameterKind.Switch && value != 0 && value != 1)
            {
                return RequestProblem.Invalid(field, $"is a switch: 0 (off) or 1 (on), not {value}");
            }
            if (path == JointBids)
            {
                foreach (var project in (document["projects"] as JsonArray ?? []).OfType<JsonObject>())
                {
                    project["jointBids"] = value == 1;
                    if (value == 0)
                    {
                        project.Remove("consortia"); // no joint bids: the record's consortia bid as their members
                    }
                }
                continue;
            }
            ParameterPath.Parse(path).Write(document, value);
        }
        return null;
    }

    private static double? WonPerUsd(JsonObject document)
    {
        try
        {
            return ParameterPath.Parse("money.wonPerUsd").Read(document);
        }
        catch (Exception e) when (e is KeyNotFoundException or InvalidOperationException or FormatException)
        {
            return null; // a scenario without a rate cannot show the fund in won, so it offers no slider for it
        }
    }

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static void Add(List<ClassroomParameter> list, JsonObject document, string path, string label, string group, double min, double max, double step,
        ValueFormat format)
    {
        var parsed = ParameterPath.Parse(path);
        double value;
        try
        {
            value = parsed.Read(document);
        }
        catch (Exception e) when (e is KeyNotFoundException or InvalidOperationException or FormatException)
        {
            return; // this scenario does not have it
        }
        list.Add(new ClassroomParameter(path, label, group, ParameterKind.Number, value, Math.Min(min, value), Math.Max(max, value), step, SourceOf(document, path), format));
    }

    private static string? SourceOf(JsonObject document, string path)
    {
        // The source sits beside the value in a sourced number; ParameterPath reads only numbers, so walk the same way by hand.
        JsonNode? node = document;
        foreach (var part in path.Split('.'))
        {
            var open = part.IndexOf('[');
            var name = open < 0 ? part : part[..open];
            node = node?[name];
            if (open >= 0 && node is JsonArray array)
            {
                var selector = part[(open + 1)..^1];
                node = Experiments.Scenarios.ElementKey.Find(array, selector);
            }
        }
        return (node as JsonObject)?["source"]?.GetValue<string>();
    }
}
