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

    private static readonly EmbeddedSchema Schema = new("experiment.schema.json");

    /// <summary>Returns the experiment, or throws <see cref="ScenarioException"/> naming the file, the JSON path and the problem.</summary>
    public static Experiment Load(string path)
    {
        if (!System.IO.File.Exists(path))
        {
            throw new ScenarioException(path, "$", "file not found", DocumentKind.Experiment);
        }
        var bytes = DocumentText.ReadBytes(path, path, DocumentKind.Experiment);
        if (JsonSyntax.IsBlank(DocumentText.Decode(bytes, path, DocumentKind.Experiment)))
        {
            throw new ScenarioException(path, "$", JsonSyntax.Empty, DocumentKind.Experiment);
        }
        JsonObject document;
        try
        {
            document = JsonNode.Parse(bytes, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowDuplicateProperties = false }) as JsonObject
                ?? throw new ScenarioException(path, "$", "an experiment must be a JSON object", DocumentKind.Experiment);
        }
        catch (JsonException e)
        {
            // A syntax error has a line; a repeated property has a path instead.
            var where = e.LineNumber is { } line ? $"line {line + 1}" : DuplicateProperty.PathIn(bytes) ?? "$";
            throw new ScenarioException(path, where, JsonSyntax.Reason(e), DocumentKind.Experiment);
        }
        var problems = Schema.Check(document, path);
        if (problems.Count > 0)
        {
            throw new ScenarioException(problems, DocumentKind.Experiment);
        }

        var scenarioPath = Path.Combine(Path.GetDirectoryName(path) ?? ".", document["scenario"]!.GetValue<string>());
        if (!System.IO.File.Exists(scenarioPath))
        {
            throw new ScenarioException(path, "$.scenario", $"the scenario '{scenarioPath}' does not exist", DocumentKind.Experiment);
        }
        var scenario = ScenarioLoader.Load(scenarioPath);
        var design = document["design"]!["kind"]!.GetValue<string>() switch
        {
            "grid" => DesignKind.Grid,
            "latinHypercube" => DesignKind.LatinHypercube,
            _ => DesignKind.Sobol,
        };
        var factors = ReadFactors(document, path, scenario, design);
        var points = document["design"]!["points"] is { } pointsNode ? Int(pointsNode, path) : 0;
        if (design != DesignKind.Grid && points < 1)
        {
            throw new ScenarioException(path, "$.design.points", $"a {document["design"]!["kind"]} design needs 'points'", DocumentKind.Experiment);
        }
        var gridPoints = factors.Aggregate(1.0, (n, f) => n * f.Levels.Count);
        if (design == DesignKind.Grid && gridPoints > MaxPoints)
        {
            throw new ScenarioException(path, "$.design", $"the grid has {gridPoints:G3} points; at most {MaxPoints} are supported (use fewer levels, or a latinHypercube design)", DocumentKind.Experiment);
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
                throw new ScenarioException(path, $"$.plots[{i}]", $"unknown outcome metric '{plots[i]}': a plot shows one of the outcome metrics "
                    + $"({string.Join(", ", names)}); win probabilities are in sweep.csv but not plotted", DocumentKind.Experiment);
            }
        }
        return new Experiment(
            document["name"]!.GetValue<string>(), scenario, factors, design, points,
            Int(document["replicationsPerPoint"], path), (ulong)Whole(document["seed"], path, 0, long.MaxValue),
            document["commonRandomNumbers"]?.GetValue<bool>() ?? true, plots,
            new ScenarioFile(path, Convert.ToHexStringLower(SHA256.HashData(bytes))));
    }

    private static List<Factor> ReadFactors(JsonObject document, string path, LoadedScenario scenario, DesignKind design)
    {
        var factors = new List<Factor>();
        var nodes = document["factors"]!.AsArray();
        var levelsPerFactor = document["design"]!["levelsPerFactor"] is { } levelsNode ? Int(levelsNode, path) : 3;
        var fixedColumns = SweepColumns.Fixed(scenario.Model);
        var setBy = new Dictionary<string, Factor>(StringComparer.Ordinal); // the JSON path of each number swept, and its factor
        for (var i = 0; i < nodes.Count; i++)
        {
            var node = nodes[i]!.AsObject();
            var at = $"$.factors[{i}]";
            var name = node["name"]!.GetValue<string>();
            if (factors.Any(f => f.Name == name))
            {
                throw new ScenarioException(path, $"{at}.name", $"duplicate factor name '{name}'", DocumentKind.Experiment);
            }
            if (fixedColumns.Contains(name))
            {
                throw new ScenarioException(path, $"{at}.name", $"'{name}' is the name of one of sweep.csv's own columns; give the factor another name", DocumentKind.Experiment);
            }
            ParameterPath parameter;
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
                throw new ScenarioException(path, $"{at}.parameter", e.Message, DocumentKind.Experiment);
            }
            var min = Number(node["min"], path);
            var max = Number(node["max"], path);
            if (max < min)
            {
                throw new ScenarioException(path, $"{at}.max", $"{max} is below min {min}", DocumentKind.Experiment);
            }
            var levels = node["levels"]?.AsArray().Select(l => Number(l, path)).ToList() ?? [.. Designs.FullGrid.EvenLevels(min, max, levelsPerFactor)];
            for (var l = 0; l < levels.Count; l++)
            {
                if (levels[l] < min || levels[l] > max)
                {
                    throw new ScenarioException(path, $"{at}.levels[{l}]", $"{levels[l]} is outside [{min}, {max}]", DocumentKind.Experiment);
                }
            }
            foreach (var (value, bound) in new[] { (min, "min"), (max, "max") })
            {
                if (SchemaRanges.ProblemWith(scenario, [(parameter, value)]) is { } problem)
                {
                    throw new ScenarioException(path, $"{at}.{bound}", $"{value} makes the scenario invalid: {problem.JsonPath}: {problem.Message}", DocumentKind.Experiment);
                }
            }
            var target = parameter.Target(scenario.Document);
            if (setBy.TryGetValue(target, out var same))
            {
                throw new ScenarioException(path, $"{at}.parameter", $"factor '{same.Name}' already sets {parameter} (as {same.Parameter}); two factors on one parameter cannot both have effects", DocumentKind.Experiment);
            }
            var rangeChecked = AdmitsFractions(scenario, parameter, min, max);
            if (!rangeChecked)
            {
                CheckLevels(path, at, scenario, parameter, min, max, levels, design, given: node["levels"] is not null);
            }
            var factor = new Factor(name, parameter, min, max, levels, RangeChecked: rangeChecked);
            factors.Add(factor);
            setBy[target] = factor;
        }
        return factors;
    }

    // A field that does not take every value between min and max (one of whole numbers) can only be swept over levels,
    // each checked here, so that no point fails after the sweep has started.
    private static void CheckLevels(string path, string at, LoadedScenario scenario, ParameterPath parameter, double min, double max,
        IReadOnlyList<double> levels, DesignKind design, bool given)
    {
        if (design != DesignKind.Grid)
        {
            var inside = SchemaRanges.FractionWithin(min, max);
            var problem = SchemaRanges.ProblemWith(scenario, [(parameter, inside)]);
            throw new ScenarioException(path, $"{at}.parameter",
                $"{parameter} does not take every value between min and max ({inside} makes the scenario invalid: {problem?.JsonPath}: "
                + $"{problem?.Message}), and a {design.AsWritten()} design draws any of them: use a grid design with levels it takes", DocumentKind.Experiment);
        }
        for (var l = 0; l < levels.Count; l++)
        {
            if (SchemaRanges.ProblemWith(scenario, [(parameter, levels[l])]) is { } problem)
            {
                // Levels the file does not list came from design.levelsPerFactor: said so, at the factor.
                throw given
                    ? new ScenarioException(path, $"{at}.levels[{l}]", $"{levels[l]} makes the scenario invalid: {problem.JsonPath}: {problem.Message}", DocumentKind.Experiment)
                    : new ScenarioException(path, at, $"its grid level {levels[l]} (spaced by design.levelsPerFactor) makes the scenario invalid: "
                        + $"{problem.JsonPath}: {problem.Message}; give the factor 'levels' the field takes", DocumentKind.Experiment);
            }
        }
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

    private static double Number(JsonNode? node, string file) =>
        JsonNumber.TryRead(node, out var value) is { } problem ? throw new ScenarioException(file, node?.GetPath() ?? "$", problem, DocumentKind.Experiment) : value;
}
