using System.Globalization;
using System.Text.Json.Nodes;
using Simulation.Experiments.Scenarios;
using Simulation.Experiments.Sweeps;

namespace Simulation.Experiments.Calibration;

/// <summary>
/// Finds the parameters a scenario marks as uncertain: every sourced number in the merged document that carries a
/// <c>prior</c>. Each gets a <see cref="ParameterPath"/> in the scenario's own vocabulary (list elements by their
/// <c>id</c> or <c>signal</c>, by position where they have neither), so the calibrator can write values with it.
/// </summary>
public static class ScenarioPriors
{
    /// <summary>Returns the priors of <paramref name="scenario"/> in document order, after checking each (support, and
    /// that the scenario accepts the parameter at both ends of it); throws <see cref="ScenarioException"/> naming the problem.</summary>
    public static IReadOnlyList<Prior> Find(LoadedScenario scenario)
    {
        var priors = new List<Prior>();
        Walk(scenario.Document, "", "$", priors, scenario.File.Path);
        if (priors.Select(p => p.Name).Distinct().Count() != priors.Count)
        {
            var name = priors.GroupBy(p => p.Name).First(g => g.Count() > 1).Key;
            throw new ScenarioException(scenario.File.Path, "$", $"two uncertain parameters share the name '{name}'");
        }
        // Every prior at its lower end at once, then at its upper end: two loads instead of two per prior (a scenario with
        // many uncertain region values would otherwise take minutes). Only when one of them fails are the priors tried one
        // by one, to name the one at fault.
        foreach (var upper in new[] { false, true })
        {
            if (SchemaRanges.ProblemWith(scenario, priors.Select(p => (p.Path, upper ? p.Max : p.Min))) is not null)
            {
                foreach (var prior in priors)
                {
                    CheckEnd(scenario, prior, upper);
                }
            }
        }
        CheckFractions(scenario, priors);
        return priors;
    }

    // A prior's draws are fractions, so its field must take them: every prior at a fraction inside its support at once, and
    // one by one only to name the field that takes whole numbers alone. With both ends admitted too, the schema (whose only
    // constraints on a number are bounds) admits every draw, which is why particles and screening points are read without it.
    private static void CheckFractions(LoadedScenario scenario, IReadOnlyList<Prior> priors)
    {
        if (SchemaRanges.ProblemWith(scenario, priors.Select(p => (p.Path, SchemaRanges.FractionWithin(p.Min, p.Max)))) is null)
        {
            return;
        }
        foreach (var prior in priors.Where(p => p.Max > p.Min))
        {
            var value = SchemaRanges.FractionWithin(prior.Min, prior.Max);
            if (SchemaRanges.ProblemWith(scenario, [(prior.Path, value)]) is { } problem)
            {
                throw new ScenarioException(scenario.File.Path, $"{prior.Path}.prior",
                    $"its draws are fractions, and {value.ToString(CultureInfo.InvariantCulture)} makes the scenario invalid: {problem.JsonPath}: {problem.Message} (a field of whole numbers cannot be uncertain in this way)");
            }
        }
    }

    // Checks the scenario with the prior at its upper end (its "max") or its lower one ("min"), naming that field if it fails.
    private static void CheckEnd(LoadedScenario scenario, Prior prior, bool upper)
    {
        var value = upper ? prior.Max : prior.Min;
        if (SchemaRanges.ProblemWith(scenario, [(prior.Path, value)]) is { } problem)
        {
            throw new ScenarioException(scenario.File.Path, $"{prior.Path}.prior.{(upper ? "max" : "min")}",
                $"{value.ToString(CultureInfo.InvariantCulture)} makes the scenario invalid: {problem.JsonPath}: {problem.Message}");
        }
    }

    /// <summary>Returns a column- and file-safe name for a parameter path: brackets and dots become underscores.</summary>
    public static string NameOf(string path) =>
        string.Concat(path.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '_')).Replace("__", "_", StringComparison.Ordinal).Trim('_');

    private static void Walk(JsonNode? node, string path, string jsonPath, List<Prior> priors, string file)
    {
        switch (node)
        {
            case JsonObject o when o["prior"] is JsonObject prior && o["value"] is JsonValue value:
                priors.Add(Read(path, jsonPath, prior, value.GetValue<double>(), file));
                break;
            case JsonObject o:
                foreach (var (key, child) in o)
                {
                    Walk(child, path.Length == 0 ? key : $"{path}.{key}", $"{jsonPath}.{key}", priors, file);
                }
                break;
            case JsonArray a:
                for (var i = 0; i < a.Count; i++)
                {
                    var selector = Scenarios.ElementKey.UniqueNameOf(a, i) ?? i.ToString(CultureInfo.InvariantCulture);
                    Walk(a[i], $"{path}[{selector}]", $"{jsonPath}[{i}]", priors, file);
                }
                break;
        }
    }

    private static Prior Read(string path, string jsonPath, JsonObject prior, double value, string file)
    {
        double Number(string field) => prior[field] is JsonValue v ? v.GetValue<double>() : double.NaN;
        var distribution = prior["distribution"]?.GetValue<string>() switch
        {
            "uniform" => PriorDistribution.Uniform,
            "normal" => PriorDistribution.Normal,
            var other => throw new ScenarioException(file, $"{jsonPath}.prior.distribution", $"'{other}' is not a prior distribution (uniform or normal)"),
        };
        var (min, max, mean, sd) = (Number("min"), Number("max"), Number("mean"), Number("sd"));
        if (!double.IsFinite(min) || !double.IsFinite(max) || max < min)
        {
            throw new ScenarioException(file, $"{jsonPath}.prior", "a prior needs finite 'min' ≤ 'max'");
        }
        if (distribution == PriorDistribution.Normal && (!double.IsFinite(mean) || !(sd > 0)))
        {
            throw new ScenarioException(file, $"{jsonPath}.prior", "a normal prior needs a finite 'mean' and an 'sd' above 0");
        }
        return new Prior(NameOf(path), ParameterPath.Parse(path), distribution, min, max,
            distribution == PriorDistribution.Normal ? mean : double.NaN, distribution == PriorDistribution.Normal ? sd : double.NaN, value);
    }
}
