using Simulation.Experiments.Scenarios;
using Simulation.Experiments.Sweeps;

namespace Simulation.Experiments.Tests.Sweeps;

public sealed class ExperimentLoaderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("regsim-experiment-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void ExampleExperiments_Load()
    {
        var lee = ExperimentLoader.Load(Path.Combine(Repository.Root, "scenarios", "experiments", "lee-weights.json"));
        var smoke = ExperimentLoader.Load(Path.Combine(Repository.Root, "scenarios", "experiments", "smoke-sweep.json"));

        Assert.Equal(DesignKind.LatinHypercube, lee.Design);
        Assert.Equal(40, SweepDesign.Points(lee).Count);
        Assert.Equal(2 * 3, SweepDesign.Points(smoke).Count);
    }

    [Fact]
    public void Points_AreDeterministic_AndShardsPartitionThem()
    {
        var experiment = ExperimentLoader.Load(Path.Combine(Repository.Root, "scenarios", "experiments", "lee-weights.json"));
        var points = SweepDesign.Points(experiment);

        Assert.Equal(points.Select(p => p.Values), SweepDesign.Points(experiment).Select(p => p.Values));
        var shards = Enumerable.Range(0, 3).SelectMany(s => SweepDesign.Shard(points, s, 3)).Select(p => p.Index).Order();
        Assert.Equal(Enumerable.Range(0, points.Count), shards);
        Assert.All(points, p => Assert.InRange(p.Values[3], 0.5, 2.0));
    }

    [Fact]
    public void PointScenario_CarriesTheFactorValues()
    {
        var experiment = ExperimentLoader.Load(Path.Combine(Repository.Root, "scenarios", "experiments", "smoke-sweep.json"));
        var point = SweepDesign.Points(experiment)[5];

        var scenario = Sweep.ScenarioAt(experiment, point);

        var lee = scenario.Regimes.Single(r => r.Id == "lee");
        Assert.Contains(lee.Tilt, c => c.Signal.Kind == Core.Signals.SignalKind.Alignment && c.Weight == point.Values[1]);
    }

    [Theory]
    [InlineData("\"parameter\": \"regimes[lee].tilt[equality].weight\", \"min\": 0, \"max\": 1", "$.factors[0].parameter", "equality")]
    [InlineData("\"parameter\": \"regimes[lee].tilt[equity].weight\", \"min\": 0, \"max\": 11", "$.factors[0].max",
        "makes the scenario invalid: $.regimes[lee].tilt[equity].weight.value: 11 should be at most 10")]
    [InlineData("\"parameter\": \"projects[maglev].name\", \"min\": 0, \"max\": 1", "$.factors[0].parameter", "there is no number at 'projects[maglev].name' (it holds string)")]
    [InlineData("\"parameter\": \"regimes[5].tilt[equity].weight\", \"min\": 0, \"max\": 1", "$.factors[0].parameter", "'regimes' has no element at position 5 (it has 2")]
    [InlineData("\"parameter\": \"regimes[lee].tilt[equity].wieght\", \"min\": 0, \"max\": 1", "$.factors[0].parameter",
        "there is no number at 'regimes[lee].tilt[equity].wieght' (did you mean 'weight'?)")]
    [InlineData("\"parameter\": \"nationalFund.growthRatePerYer\", \"min\": 0, \"max\": 0.1", "$.factors[0].parameter", "(did you mean 'growthRatePerYear'?)")]
    [InlineData("\"parameter\": \"regimes[lee].tilts[equity].weight\", \"min\": 0, \"max\": 1", "$.factors[0].parameter", "there is no list at 'regimes[lee].tilts' (did you mean 'tilt'?)")]
    [InlineData("\"parameter\": \"regimes[lee].tilt[equity].weight\", \"min\": 1, \"max\": 0", "$.factors[0].max", "below min")]
    [InlineData("\"parameter\": \"replications\", \"min\": 10, \"max\": 1000", "$.factors[0].parameter", "set for every point by the experiment")]
    [InlineData("\"parameter\": \"seed\", \"min\": 1, \"max\": 9", "$.factors[0].parameter", "set for every point by the experiment")]
    [InlineData("\"parameter\": \"regimes[lee].fund.shareOfPath.prior.min\", \"min\": 0.3, \"max\": 0.5", "$.factors[0].parameter", "a number's prior, which describes it")]
    [InlineData("\"parameter\": \"regions[daegu].tile.column\", \"min\": 0, \"max\": 3", "$.factors[0].parameter", "a region's place on the maps of results")]
    [InlineData("\"parameter\": \"regimes[lee].tilt[equity].weight\", \"min\": 0, \"max\": 1, \"levels\": [2]", "$.factors[0].levels[0]", "outside")]
    public void BadFactor_IsRejectedBeforeRunning(string factor, string jsonPath, string fragment)
    {
        var path = Write("{ \"name\": \"bad\", \"scenario\": \"" + Repository.Scenario("baseline.json").Replace("\\", "/") + "\", \"seed\": 1, \"replicationsPerPoint\": 5, "
            + "\"design\": { \"kind\": \"grid\" }, \"factors\": [ { \"name\": \"f\", " + factor + " } ] }");

        var e = Assert.Throws<ScenarioException>(() => ExperimentLoader.Load(path));

        Assert.Contains(e.Problems, p => p.File == path && p.JsonPath == jsonPath && p.Message.Contains(fragment, StringComparison.Ordinal));
        Assert.Equal(DocumentKind.Experiment, e.Kind);
        Assert.StartsWith("Invalid experiment", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Grid, "{ \"name\": \"seed\", \"parameter\": \"regimes[lee].tilt[equity].weight\", \"min\": 0, \"max\": 1 }",
        "$.factors[0].name", "sweep.csv's own columns")]
    [InlineData(Grid, "{ \"name\": \"gini_resources_per_capita_mean\", \"parameter\": \"regimes[lee].tilt[equity].weight\", \"min\": 0, \"max\": 1 }",
        "$.factors[0].name", "sweep.csv's own columns")]
    [InlineData("{ \"kind\": \"latinHypercube\", \"points\": 4 }", "{ \"name\": \"w\", \"parameter\": \"projects[maglev].winners\", \"min\": 1, \"max\": 3 }",
        "$.factors[0].parameter", "a latinHypercube design draws any of them")]
    [InlineData(Grid, "{ \"name\": \"w\", \"parameter\": \"projects[maglev].winners\", \"min\": 1, \"max\": 4 }",
        "$.factors[0]", "its grid level 2.5 (spaced by design.levelsPerFactor) makes the scenario invalid")]
    [InlineData(Grid, "{ \"name\": \"w\", \"parameter\": \"projects[maglev].winners\", \"min\": 1, \"max\": 4, \"levels\": [1, 2.5] }",
        "$.factors[0].levels[1]", "2.5 makes the scenario invalid")]
    [InlineData(Grid, "{ \"name\": \"x\", \"parameter\": \"regimes[lee].tilt[equity].weight\", \"min\": 0, \"max\": 1 }, "
        + "{ \"name\": \"y\", \"parameter\": \"regimes[lee].tilt[equity].weight\", \"min\": 0, \"max\": 0.5 }",
        "$.factors[1].parameter", "factor 'x' already sets")]
    [InlineData(Grid, "{ \"name\": \"x\", \"parameter\": \"regimes[lee].tilt[equity].weight\", \"min\": 0, \"max\": 1 }, "
        + "{ \"name\": \"y\", \"parameter\": \"regimes[1].tilt[equity].weight.value\", \"min\": 0, \"max\": 0.5 }",
        "$.factors[1].parameter", "factor 'x' already sets")]
    [InlineData(Grid, "{ \"name\": \"lee-equity\", \"parameter\": \"regimes[lee].tilt[equity].weight\", \"min\": 0, \"max\": 1 }",
        "$.factors[0].name", "\"lee-equity\" is not allowed: a column name starts with a letter and holds only letters, digits and _")]
    // A space or a letter outside ASCII breaks the experiment's name pattern too: the factor's own is still the one explained.
    [InlineData(Grid, "{ \"name\": \"lee equity\", \"parameter\": \"regimes[lee].tilt[equity].weight\", \"min\": 0, \"max\": 1 }",
        "$.factors[0].name", "\"lee equity\" is not allowed: a column name starts with a letter and holds only letters, digits and _")]
    [InlineData(Grid, "{ \"name\": \"lee_équity\", \"parameter\": \"regimes[lee].tilt[equity].weight\", \"min\": 0, \"max\": 1 }",
        "$.factors[0].name", "is not allowed: a column name starts with a letter and holds only letters, digits and _")]
    [InlineData(Grid, "{ \"name\": \"x\", \"parameter\": \"regimes[lee].tilt[equity].weight\", \"min\": 0, \"max\": 1, \"levels\": [0, 0.1, 0.1] }",
        "$.factors[0].levels", "lists 0.1 twice (items 1 and 2, counting from 0)")]
    public void AFactorNoSweepCouldRunWhole_IsRejectedWhenTheExperimentLoads(string design, string factors, string jsonPath, string fragment)
    {
        var path = Write(Experiment(design, factors));

        var e = Assert.Throws<ScenarioException>(() => ExperimentLoader.Load(path));

        Assert.Contains(e.Problems, p => p.JsonPath == jsonPath && p.Message.Contains(fragment, StringComparison.Ordinal));
    }

    [Fact]
    public void AFieldOfWholeNumbers_IsSweptOverWholeLevels()
    {
        var path = Write(Experiment(Grid, "{ \"name\": \"w\", \"parameter\": \"projects[maglev].winners\", \"min\": 1, \"max\": 3, \"levels\": [1, 2, 3] }"));

        var factor = Assert.Single(ExperimentLoader.Load(path).Factors);

        Assert.Equal([1.0, 2.0, 3.0], factor.Levels);
        Assert.False(factor.RangeChecked); // each point's scenario is checked again: only these levels were
    }

    [Theory]
    [InlineData("{ \"kind\": \"latinHypercube\", \"points\": 7 }")]
    [InlineData("{ \"kind\": \"grid\", \"levelsPerFactor\": 2 }")]
    public void ARangeWhoseEvenStepsRoundPastItsMax_Loads_WithMaxAsTheLastLevel(string design)
    {
        var path = Write(Experiment(design, "{ \"name\": \"g\", \"parameter\": \"nationalFund.growthRatePerYear\", \"min\": -0.5, \"max\": 0.15 }"));

        var factor = Assert.Single(ExperimentLoader.Load(path).Factors);

        Assert.Equal(0.15, factor.Levels[^1]);
    }

    [Fact]
    public void AnExperimentSavedWithAByteOrderMark_Loads_AsAScenarioDoes_AndKeepsTheHashOfItsBytes()
    {
        var text = File.ReadAllText(Path.Combine(Repository.Root, "scenarios", "experiments", "smoke-sweep.json"))
            .Replace("\"../baseline.json\"", $"\"{Repository.Scenario("baseline.json").Replace("\\", "/")}\"", StringComparison.Ordinal);
        var bytes = System.Text.Encoding.UTF8.Preamble.ToArray().Concat(System.Text.Encoding.UTF8.GetBytes(text)).ToArray();
        var path = Path.Combine(_folder, "bom.json");
        File.WriteAllBytes(path, bytes);

        var experiment = ExperimentLoader.Load(path);

        Assert.Equal(["lee_equity", "lee_alignment"], experiment.Factors.Select(f => f.Name));
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)), experiment.File.Sha256);
    }

    [Fact]
    public void AGridTooLarge_IsRefused_CountingItsPointsInFull()
    {
        var path = Write(Experiment("{ \"kind\": \"grid\", \"levelsPerFactor\": 1000 }",
            "{ \"name\": \"a\", \"parameter\": \"regimes[lee].tilt[equity].weight\", \"min\": 0, \"max\": 1 }, "
            + "{ \"name\": \"b\", \"parameter\": \"regimes[lee].tilt[alignment].weight\", \"min\": 0, \"max\": 1 }, "
            + "{ \"name\": \"c\", \"parameter\": \"regimes[lee].tilt[capacity].weight\", \"min\": 0, \"max\": 1 }"));

        var problem = Assert.Single(Assert.Throws<ScenarioException>(() => ExperimentLoader.Load(path)).Problems);

        Assert.Equal("the grid has 1,000,000,000 points; at most 1,000,000 are supported (use fewer levels, or a latinHypercube design)", problem.Message);
    }

    [Theory]
    [InlineData("sobol")]
    [InlineData("latinHypercube")]
    public void LevelsPerFactor_OnADesignThatDrawsItsValues_IsRefused(string kind)
    {
        var path = Write(Experiment($$"""{ "kind": "{{kind}}", "points": 8, "levelsPerFactor": 5 }""",
            "{ \"name\": \"a\", \"parameter\": \"regimes[lee].tilt[equity].weight\", \"min\": 0, \"max\": 1 }"));

        var problem = Assert.Single(Assert.Throws<ScenarioException>(() => ExperimentLoader.Load(path)).Problems);

        Assert.Equal("$.design.levelsPerFactor", problem.JsonPath);
        Assert.StartsWith($"applies to a grid only: a {kind} design draws", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AFactorWhoseMinEqualsItsMax_IsRefused_UnlessItListsItsLevels()
    {
        var path = Write(Experiment(Grid,
            "{ \"name\": \"a\", \"parameter\": \"regimes[lee].tilt[equity].weight\", \"min\": 0.5, \"max\": 0.5 }, "
            + "{ \"name\": \"b\", \"parameter\": \"regimes[lee].tilt[alignment].weight\", \"min\": 0.5, \"max\": 0.5, \"levels\": [0.5] }"));

        var e = Assert.Throws<ScenarioException>(() => ExperimentLoader.Load(path));

        var problem = Assert.Single(e.Problems);
        Assert.Equal("$.factors[0].max", problem.JsonPath);
        Assert.Contains("0.5 equals min: a factor must vary", problem.Message, StringComparison.Ordinal);
        // A Latin hypercube draws over the range and never reads levels: listing them does not make the factor vary.
        var drawn = Write(Experiment("{ \"kind\": \"latinHypercube\", \"points\": 4 }",
            "{ \"name\": \"b\", \"parameter\": \"regimes[lee].tilt[alignment].weight\", \"min\": 0.5, \"max\": 0.5, \"levels\": [0.5] }"));
        Assert.Equal(["$.factors[0].max", "$.factors[0].levels"], Assert.Throws<ScenarioException>(() => ExperimentLoader.Load(drawn)).Problems.Select(p => p.JsonPath));
    }

    [Fact]
    public void LevelsOnADrawnDesign_OrPointsOnAGrid_AreRefused_NotIgnored()
    {
        var drawn = Write(Experiment("{ \"kind\": \"latinHypercube\", \"points\": 3 }",
            "{ \"name\": \"g\", \"parameter\": \"nationalFund.growthRatePerYear\", \"min\": 0.05, \"max\": 0.1, \"levels\": [0.05, 0.06] }"));
        var levels = Assert.Single(Assert.Throws<ScenarioException>(() => ExperimentLoader.Load(drawn)).Problems);
        var grid = Write(Experiment("{ \"kind\": \"grid\", \"points\": 40 }",
            "{ \"name\": \"a\", \"parameter\": \"regimes[lee].tilt[equity].weight\", \"min\": 0, \"max\": 1 }"));

        var points = Assert.Single(Assert.Throws<ScenarioException>(() => ExperimentLoader.Load(grid)).Problems);

        Assert.Equal(("$.factors[0].levels", "apply to a grid only: a latinHypercube design draws the factor's values over [min, max] (leave them out)"),
            (levels.JsonPath, levels.Message));
        Assert.Equal("$.design.points", points.JsonPath);
        Assert.StartsWith("applies to latinHypercube and sobol designs only", points.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnExperimentWithSeveralProblems_IsToldThemAllAtOnce()
    {
        var path = Write(Experiment(Grid,
            "{ \"name\": \"a\", \"parameter\": \"regimes[lee].tilt[equity].weight\", \"min\": 1, \"max\": 0 }, "
            + "{ \"name\": \"a\", \"parameter\": \"regimes[lee].tilt[alignment].weight\", \"min\": 0, \"max\": 1 }, "
            + "{ \"name\": \"c\", \"parameter\": \"nationalFund.growthRatePerYear\", \"min\": -5, \"max\": 0.1 }, "
            + "{ \"name\": \"d\", \"parameter\": \"regimes[lee].tilt[capacity].weight\", \"min\": 0, \"max\": 1, \"levels\": [0.5, 2] }, "
            + "{ \"name\": \"e\", \"parameter\": \"regimes[leex].tilt[equity].weight\", \"min\": 0, \"max\": 1 }"));

        var e = Assert.Throws<ScenarioException>(() => ExperimentLoader.Load(path));

        Assert.Equal(["$.factors[0].max", "$.factors[1].name", "$.factors[2].min", "$.factors[3].levels[1]", "$.factors[4].parameter"],
            e.Problems.Select(p => p.JsonPath));
        Assert.Contains("0 is below min 1", e.Problems[0].Message, StringComparison.Ordinal);
        Assert.Contains("duplicate factor name 'a'", e.Problems[1].Message, StringComparison.Ordinal);
        Assert.Contains("-5 makes the scenario invalid", e.Problems[2].Message, StringComparison.Ordinal);
        Assert.Contains("2 is outside [0, 1]", e.Problems[3].Message, StringComparison.Ordinal);
        Assert.Contains("'leex'", e.Problems[4].Message, StringComparison.Ordinal);
        Assert.StartsWith("Invalid experiment (5 problems):", e.Message, StringComparison.Ordinal);
    }

    private const string Grid = "{ \"kind\": \"grid\" }";

    private static string Experiment(string design, string factors) =>
        "{ \"name\": \"e\", \"scenario\": \"" + Repository.Scenario("baseline.json").Replace("\\", "/") + "\", \"seed\": 1, \"replicationsPerPoint\": 5, "
        + "\"design\": " + design + ", \"factors\": [ " + factors + " ] }";

    [Theory]
    [InlineData("$.scenario")]
    [InlineData("$.factors[0].parameter")]
    [InlineData("$.description")]
    [InlineData("$.factors[0].source")]
    public void ATextOfOnlyWhiteSpace_IsRefusedLikeAnEmptyOne(string jsonPath)
    {
        var document = System.Text.Json.Nodes.JsonNode.Parse(Experiment(Grid, "{ \"name\": \"f\", \"parameter\": \"regimes[lee].tilt[equity].weight\", \"min\": 0, \"max\": 1 }"))!;
        var field = jsonPath[(jsonPath.LastIndexOf('.') + 1)..];
        var holder = jsonPath.StartsWith("$.factors", StringComparison.Ordinal) ? document["factors"]![0]!.AsObject() : document.AsObject();
        holder[field] = " \t";
        var path = Write(document.ToJsonString());

        var e = Assert.Throws<ScenarioException>(() => ExperimentLoader.Load(path));

        var problem = Assert.Single(e.Problems);
        Assert.Equal((path, jsonPath, "is only white space; write what it should say"), (problem.File, problem.JsonPath, problem.Message));
    }

    [Fact]
    public void AScenarioFieldNamingAnotherExperiment_IsTheExperimentsProblem_InItsScenarioField()
    {
        var other = Write(Experiment(Grid, "{ \"name\": \"f\", \"parameter\": \"regimes[lee].tilt[equity].weight\", \"min\": 0, \"max\": 1 }"));
        var document = System.Text.Json.Nodes.JsonNode.Parse(Experiment(Grid, "{ \"name\": \"f\", \"parameter\": \"regimes[lee].tilt[equity].weight\", \"min\": 0, \"max\": 1 }"))!;
        document["scenario"] = Path.GetFileName(other);
        var path = Path.Combine(_folder, "typo.json");
        File.WriteAllText(path, document.ToJsonString());

        var e = Assert.Throws<ScenarioException>(() => ExperimentLoader.Load(path));

        var problem = Assert.Single(e.Problems);
        Assert.Equal((path, "$.scenario"), (problem.File, problem.JsonPath));
        Assert.StartsWith($"names '{other}', which is an experiment", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, "$.factors", "lists no items; at least 1 is needed")]
    [InlineData(1001, "$.factors[0].levels", "lists 1001 items; at most 1000 are allowed")]
    public void AListOfTheWrongLength_IsRefusedInWords(int levels, string jsonPath, string message)
    {
        var factors = levels == 0 ? string.Empty
            : "{ \"name\": \"f\", \"parameter\": \"regimes[lee].tilt[equity].weight\", \"min\": 0, \"max\": 1, \"levels\": ["
                + string.Join(", ", Enumerable.Range(0, levels).Select(i => (i / 1000.0).ToString(System.Globalization.CultureInfo.InvariantCulture))) + "] }";
        var path = Write(Experiment(Grid, factors));

        var e = Assert.Throws<ScenarioException>(() => ExperimentLoader.Load(path));

        var problem = Assert.Single(e.Problems);
        Assert.Equal((path, jsonPath, message), (problem.File, problem.JsonPath, problem.Message));
    }

    [Fact]
    public void AValueOutsideAscii_IsQuotedAsWritten()
    {
        var path = Write(Experiment("{ \"kind\": \"격자\" }", "{ \"name\": \"f\", \"parameter\": \"regimes[lee].tilt[equity].weight\", \"min\": 0, \"max\": 1 }"));

        var e = Assert.Throws<ScenarioException>(() => ExperimentLoader.Load(path));

        Assert.Contains(e.Problems, p => p.JsonPath == "$.design.kind" && p.Message.StartsWith("\"격자\" is not one of", StringComparison.Ordinal));
    }

    [Fact]
    public void UnknownField_IsRejected()
    {
        var path = Write("{ \"name\": \"bad\", \"scenario\": \"x.json\", \"seed\": 1, \"replicationsPerPoint\": 5, \"desing\": {}, \"design\": { \"kind\": \"grid\" }, \"factors\": [] }");

        var e = Assert.Throws<ScenarioException>(() => ExperimentLoader.Load(path));

        Assert.Contains(e.Problems, p => p.JsonPath == "$.desing");
        Assert.StartsWith("Invalid experiment", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BrokenJson_IsRejectedAsAnExperiment_WithTheParsersReasonAndTheLine()
    {
        var path = Write("{ \"name\": \"bad\",\n  \"seed\": }");

        var e = Assert.Throws<ScenarioException>(() => ExperimentLoader.Load(path));

        Assert.Equal("line 2, column 11", e.Problems[0].JsonPath);
        Assert.StartsWith("not valid JSON: ", e.Problems[0].Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Path:", e.Problems[0].Message, StringComparison.Ordinal);
        Assert.StartsWith("Invalid experiment", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnknownPlot_IsRefused_ListingTheMetricsAPlotCanShow_EachRegionsOnce()
    {
        var path = Write("{ \"name\": \"p\", \"scenario\": \"" + Repository.Scenario("baseline.json").Replace("\\", "/") + "\", \"seed\": 1, \"replicationsPerPoint\": 5, "
            + "\"design\": { \"kind\": \"grid\" }, \"factors\": [ { \"name\": \"f\", \"parameter\": \"regimes[lee].tilt[equity].weight\", \"min\": 0, \"max\": 1 } ], "
            + "\"plots\": [ \"win_maglev_daegu\" ] }");

        var problem = Assert.Single(Assert.Throws<ScenarioException>(() => ExperimentLoader.Load(path)).Problems);

        Assert.Equal("$.plots[0]", problem.JsonPath);
        Assert.Contains("gini_resources_per_capita, ", problem.Message);
        Assert.Contains("resources_per_capita_<region>", problem.Message);
        Assert.DoesNotContain("resources_per_capita_daegu", problem.Message);
        Assert.Contains("win probabilities are in sweep.csv but not plotted", problem.Message);
    }

    private string Write(string json)
    {
        var path = Path.Combine(_folder, "experiment.json");
        File.WriteAllText(path, json);
        return path;
    }
}
