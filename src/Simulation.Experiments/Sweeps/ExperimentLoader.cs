using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using Simulation.Experiments.Scenarios;

namespace Simulation.Experiments.Sweeps;

/// <summary>
/// Loads an experiment file: checks it against <c>scenarios/experiment.schema.json</c>, loads the scenario it sweeps,
/// and checks every factor by building the scenario at the factor's minimum and maximum, so a sweep that would fail
/// half-way is rejected before it starts.
/// </summary>
public static class ExperimentLoader
{
    // As many points as the schema allows a latinHypercube or sobol design; a grid is held to the same.
    private const int MaxPoints = 1_000_000;

    /// <summary>The schema of experiment files, <c>scenarios/experiment.schema.json</c>.</summary>
    internal static readonly EmbeddedSchema Schema = new("experiment.schema.json");

    /// <summary>Returns the experiment, or throws <see cref="ScenarioException"/> naming the file, the JSON path and the
    /// problem: every problem of a stage at once (the schema's, then those of the factors and plots against the scenario).</summary>
    public static Experiment Load(string path)
    {
        if (!System.IO.File.Exists(path))
        {
            throw new ScenarioException(path, "$", "file not found", DocumentKind.Experiment);
        }
        var bytes = DocumentText.ReadBytes(path, path, DocumentKind.Experiment);
        var document = DocumentText.ParseObject(DocumentText.Decode(bytes, path, DocumentKind.Experiment), path, DocumentKind.Experiment);
        var schemaProblems = Schema.Check(document, path);
        if (schemaProblems.Count > 0)
        {
            // Another kind of file (a scenario, a schema, a result's manifest) is said to be one, not misspelt field by field.
            throw MistakenFile.Describe(document, path, DocumentKind.Experiment) is { } other
                ? new ScenarioException(path, "$", other, DocumentKind.Experiment)
                : new ScenarioException(schemaProblems, DocumentKind.Experiment);
        }

        var scenarioPath = Path.Combine(Path.GetDirectoryName(path) ?? ".", document["scenario"]!.GetValue<string>());
        if (!System.IO.File.Exists(scenarioPath))
        {
            throw new ScenarioException(path, "$.scenario", $"the scenario '{scenarioPath}' does not exist", DocumentKind.Experiment);
        }
        if (OtherKindOfFile(scenarioPath) is { } what)
        {
            // Another experiment or a manifest is the experiment's mistake, in its field, not a fault of the file it names.
            throw new ScenarioException(path, "$.scenario", $"names '{scenarioPath}', which {what}", DocumentKind.Experiment);
        }
        var scenario = ScenarioLoader.Load(scenarioPath);
        var design = document["design"]!["kind"]!.GetValue<string>() switch
        {
            "grid" => DesignKind.Grid,
            "latinHypercube" => DesignKind.LatinHypercube,
            _ => DesignKind.Sobol,
        };
        var problems = new List<ScenarioProblem>();
        var factors = ReadFactors(document, path, scenario, design, problems);
        var points = document["design"]!["points"] is { } pointsNode ? Int(pointsNode, path) : 0;
        if (design != DesignKind.Grid && points < 1)
        {
            problems.Add(new(path, "$.design.points", $"a {document["design"]!["kind"]} design needs 'points'"));
        }
        if (design != DesignKind.Grid && document["design"]!["levelsPerFactor"] is not null)
        {
            // Said rather than ignored: the author expects levels the design would never use.
            problems.Add(new(path, "$.design.levelsPerFactor", $"applies to a grid only: a {document["design"]!["kind"]} design draws each factor's values over its range (leave it out)"));
        }
        if (design == DesignKind.Grid && document["design"]!["points"] is not null)
        {
            // Likewise: a grid has as many points as its factors' levels make, whatever this says.
            problems.Add(new(path, "$.design.points", "applies to latinHypercube and sobol designs only: a grid's points are every combination of its factors' levels "
                + "(leave it out, and set design.levelsPerFactor or each factor's levels)"));
        }
        var gridPoints = factors.Aggregate(1.0, (n, f) => n * f.Levels.Count);
        // Counted only over factors that read: one left out would make the grid look smaller than it is.
        if (design == DesignKind.Grid && problems.Count == 0 && gridPoints > MaxPoints)
        {
            problems.Add(new(path, "$.design", string.Create(System.Globalization.CultureInfo.InvariantCulture, $"the grid has {gridPoints:N0} points; at most {MaxPoints:N0} are supported (use fewer levels, or a latinHypercube design)")));
        }
        var plots = document["plots"]?.AsArray().Select(p => p!.GetValue<string>()).ToList()
            ?? [Outcomes.OutcomeMetrics.Gini, Outcomes.OutcomeMetrics.RentDissipation];
        var metrics = Outcomes.OutcomeMetrics.For(scenario.Model).Select(m => m.Name).ToHashSet();
        for (var i = 0; i < plots.Count; i++)
        {
            if (!metrics.Contains(plots[i]))
            {
                // The names, each region's metrics written once with <region> in place of its id.
                var regions = scenario.Model.Regions.Select(r => "_" + r.Id).ToList();
                var names = metrics.Select(m => regions.FirstOrDefault(r => m.EndsWith(r, StringComparison.Ordinal)) is { } r ? m[..^r.Length] + "_<region>" : m)
                    .Distinct().Order(StringComparer.Ordinal);
                problems.Add(new(path, $"$.plots[{i}]", $"unknown outcome metric '{plots[i]}': a plot shows one of the outcome metrics "
                    + $"({string.Join(", ", names)}); win probabilities are in sweep.csv but not plotted"));
            }
        }
        if (problems.Count > 0)
        {
            throw new ScenarioException(problems, DocumentKind.Experiment);
        }
        return new Experiment(
            document["name"]!.GetValue<string>(), scenario, factors, design, points,
            Int(document["replicationsPerPoint"], path), (ulong)Whole(document["seed"], path, 0, long.MaxValue),
            document["commonRandomNumbers"]?.GetValue<bool>() ?? true, plots,
            new ScenarioFile(path, Convert.ToHexStringLower(SHA256.HashData(bytes))), document["description"]?.GetValue<string>());
    }

    // Reads every factor, adding to problems each thing wrong with each (a factor with any is left out of the list): a file
    // with several mistakes is told them all at once, not one a run. Checks that need a factor's parameter and range to
    // read are made only once they do.
    private static List<Factor> ReadFactors(JsonObject document, string path, LoadedScenario scenario, DesignKind design, List<ScenarioProblem> problems)
    {
        var factors = new List<Factor>();
        var nodes = document["factors"]!.AsArray();
        var levelsPerFactor = document["design"]!["levelsPerFactor"] is { } levelsNode ? Int(levelsNode, path) : 3;
        var fixedColumns = SweepColumns.Fixed(scenario.Model);
        var names = new HashSet<string>(StringComparer.Ordinal);
        var setBy = new Dictionary<string, Factor>(StringComparer.Ordinal); // the JSON path of each number swept, and its factor
        for (var i = 0; i < nodes.Count; i++)
        {
            var node = nodes[i]!.AsObject();
            var at = $"$.factors[{i}]";
            var before = problems.Count;
            void Refuse(string where, string message) => problems.Add(new(path, where, message));
            var name = node["name"]!.GetValue<string>();
            if (!names.Add(name))
            {
                Refuse($"{at}.name", $"duplicate factor name '{name}'");
            }
            if (fixedColumns.Contains(name))
            {
                Refuse($"{at}.name", $"'{name}' is the name of one of sweep.csv's own columns; give the factor another name");
            }
            ParameterPath? parameter = null;
            try
            {
                parameter = ParameterPath.Parse(node["parameter"]!.GetValue<string>());
                parameter.Read(scenario.Document);
                if (parameter.Unread() is { } unread)
                {
                    throw new FormatException(unread);
                }
            }
            catch (Exception e) when (e is FormatException or KeyNotFoundException or InvalidOperationException)
            {
                Refuse($"{at}.parameter", e.Message);
                parameter = null;
            }
            var (min, minRead) = Number(node["min"], path, problems);
            var (max, maxRead) = Number(node["max"], path, problems);
            var ordered = minRead && maxRead && max >= min;
            if (minRead && maxRead && max < min)
            {
                Refuse($"{at}.max", $"{max} is below min {min}");
            }
            else if (minRead && maxRead && max == min && (node["levels"] is null || design != DesignKind.Grid))
            {
                // Every level would be the same value: a grid would run each point several times over, and other designs (which
                // draw over the range, never reading levels) a factor that moves nothing.
                Refuse($"{at}.max", $"{max} equals min: a factor must vary (to hold {min}, set it in the scenario, or a file that extends it, instead)");
            }
            var levels = new List<double>();
            if (design != DesignKind.Grid && node["levels"] is not null)
            {
                // Said rather than ignored, as design.levelsPerFactor is: the author expects values the design would never use.
                Refuse($"{at}.levels", $"apply to a grid only: a {design.AsWritten()} design draws the factor's values over [min, max] (leave them out)");
            }
            if (node["levels"] is JsonArray given)
            {
                for (var l = 0; l < given.Count; l++)
                {
                    var (level, read) = Number(given[l], path, problems);
                    levels.Add(level);
                    if (read && ordered && (level < min || level > max))
                    {
                        Refuse($"{at}.levels[{l}]", $"{level} is outside [{min}, {max}]");
                    }
                }
            }
            else if (ordered)
            {
                levels.AddRange(Designs.FullGrid.EvenLevels(min, max, levelsPerFactor));
            }
            if (parameter is null)
            {
                continue;
            }
            foreach (var (value, bound, read) in new[] { (min, "min", minRead), (max, "max", maxRead) })
            {
                if (read && SchemaRanges.ProblemWith(scenario, [(parameter, value)]) is { } problem)
                {
                    Refuse($"{at}.{bound}", $"{value} makes the scenario invalid: {problem.JsonPath}: {problem.Message}");
                }
            }
            var target = parameter.Target(scenario.Document);
            if (setBy.TryGetValue(target, out var same))
            {
                Refuse($"{at}.parameter", $"factor '{same.Name}' already sets {parameter} (as {same.Parameter}); two factors on one parameter cannot both have effects");
            }
            if (problems.Count > before)
            {
                continue;
            }
            var rangeChecked = AdmitsFractions(scenario, parameter, min, max);
            if (!rangeChecked && LevelProblem(path, at, scenario, parameter, min, max, levels, design, given: node["levels"] is not null) is { } levelProblem)
            {
                problems.Add(levelProblem);
                continue;
            }
            var factor = new Factor(name, parameter, min, max, levels, RangeChecked: rangeChecked, Source: node["source"]?.GetValue<string>());
            factors.Add(factor);
            setBy[target] = factor;
        }
        return factors;
    }

    // A field that does not take every value between min and max (one of whole numbers) can only be swept over levels,
    // each checked here, so that no point fails after the sweep has started. Returns the first level the scenario refuses.
    private static ScenarioProblem? LevelProblem(string path, string at, LoadedScenario scenario, ParameterPath parameter, double min, double max,
        IReadOnlyList<double> levels, DesignKind design, bool given)
    {
        if (design != DesignKind.Grid)
        {
            var inside = SchemaRanges.FractionWithin(min, max);
            var problem = SchemaRanges.ProblemWith(scenario, [(parameter, inside)]);
            return new(path, $"{at}.parameter",
                $"{parameter} does not take every value between min and max ({inside} makes the scenario invalid: {problem?.JsonPath}: "
                + $"{problem?.Message}), and a {design.AsWritten()} design draws any of them: use a grid design with levels it takes");
        }
        for (var l = 0; l < levels.Count; l++)
        {
            if (SchemaRanges.ProblemWith(scenario, [(parameter, levels[l])]) is { } problem)
            {
                // Levels the file does not list came from design.levelsPerFactor: said so, at the factor.
                return given
                    ? new(path, $"{at}.levels[{l}]", $"{levels[l]} makes the scenario invalid: {problem.JsonPath}: {problem.Message}")
                    : new(path, at, $"its grid level {levels[l]} (spaced by design.levelsPerFactor) makes the scenario invalid: "
                        + $"{problem.JsonPath}: {problem.Message}; give the factor 'levels' the field takes");
            }
        }
        return null;
    }

    // Whether the schema admits a fraction between min and max (both already admitted) for the parameter: then it admits
    // the whole interval, its only constraints on a number being bounds; a field of whole numbers does not, and its points
    // are checked one by one. An interval of one value holds no fraction and needs no more checking.
    private static bool AdmitsFractions(LoadedScenario scenario, ParameterPath parameter, double min, double max)
    {
        if (max == min)
        {
            return true;
        }
        var inside = SchemaRanges.FractionWithin(min, max);
        return inside != Math.Floor(inside) && SchemaRanges.ProblemWith(scenario, [(parameter, inside)]) is null;
    }

    // The schema admits numbers a CLR type cannot hold (an integer of 1e308, a number of 1e400): rejected here, by path.
    private static int Int(JsonNode? node, string file) => (int)Whole(node, file, int.MinValue, int.MaxValue);

    private static long Whole(JsonNode? node, string file, long min, long max) =>
        JsonNumber.TryRead(node, min, max, out var value) is { } problem ? throw new ScenarioException(file, node?.GetPath() ?? "$", problem, DocumentKind.Experiment) : value;

    // A number and whether it read; when it did not, the problem is added to problems.
    private static (double Value, bool Read) Number(JsonNode? node, string file, List<ScenarioProblem> problems)
    {
        if (JsonNumber.TryRead(node, out var value) is { } problem)
        {
            problems.Add(new(file, node?.GetPath() ?? "$", problem));
            return (double.NaN, false);
        }
        return (value, true);
    }

    // What the file an experiment's "scenario" names is instead of a scenario (an experiment, a manifest, a schema), or null
    // when it is not plainly another kind of file; a file that is not JSON is left to the scenario loader, which says so.
    private static string? OtherKindOfFile(string scenarioPath)
    {
        try
        {
            return JsonNode.Parse(System.IO.File.ReadAllText(scenarioPath)) is JsonObject other
                ? MistakenFile.Describe(other, scenarioPath, DocumentKind.Scenario)
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
