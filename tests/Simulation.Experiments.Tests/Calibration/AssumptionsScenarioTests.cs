using System.Text.Json.Nodes;
using Simulation.Experiments.Calibration;
using Simulation.Experiments.Scenarios;

namespace Simulation.Experiments.Tests.Calibration;

/// <summary>scenarios/assumptions.json gives a range to every number the baseline marks as an assumption, so that a screening
/// of it covers everything the results rest on; these tests hold it to the rules its description states.</summary>
public class AssumptionsScenarioTests
{
    private static readonly LoadedScenario Baseline = ScenarioLoader.Load(Repository.Scenario("baseline.json"));
    private static readonly LoadedScenario Assumptions = ScenarioLoader.Load(Repository.Scenario("assumptions.json"));

    [Fact]
    public void EveryAssumptionOfTheBaseline_HasAPrior_SaveTheStatedExceptions()
    {
        var priors = ScenarioPriors.Find(Assumptions).Select(p => p.Path.Text).ToHashSet(StringComparer.Ordinal);

        var assumed = Sourced(Baseline.Document, "").Where(n => n.Source.Contains("assumption", StringComparison.OrdinalIgnoreCase)).ToList();
        var numbers = assumed.Where(n => n.IsNumber).Select(n => n.Path).ToList();
        var missing = numbers.Where(p => !priors.Contains(p) && !Exempt(p)).ToList();

        Assert.True(numbers.Count > 60, $"only {numbers.Count} assumed numbers found: the walk no longer reads the baseline");
        Assert.Equal(Array.Empty<string>(), missing);
        // The exceptions exist and are exactly what the description names, so none hides an assumption it should not.
        Assert.Equal(["behaviour.adjustmentRounds", "ownClusters.durationYears", "ownClusters.planned[dgfez].durationYears",
            "programmes[enterpriseCities].discretion", "programmes[innovationCities].discretion", "programmes[specialDistricts].discretion",
            "projects[medicalComplex].prizeValuePerWinnerBillionWon",
            "regimes[lee].selection.discretion", "regimes[lee].selection.exponent", "regimes[roh].selection.discretion",
            "regimes[roh].selection.exponent", "regimes[roh].selfHelpPressure"],
            numbers.Where(Exempt).Order(StringComparer.Ordinal));
        // Assumptions that are no single number (a composition, a year, a list) are the structural choices the description
        // names as fixed, and no others.
        Assert.Equal(["indices[capacity]", "indices[efficiency]", "indices[equity]", "indices[gateway]", "indices[medicalBase]",
            "ownClusters.planned[dgfez]", "partnerships[busan-ulsan-gyeongnam]", "partnerships[gwangju-jeonnam]",
            "programmes[innovationCities]", "timeline[1]"],
            assumed.Where(n => !n.IsNumber).Select(n => n.Path).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void EveryNewRange_FollowsTheRuleForItsKind_AndKeepsTheBaselinesValue()
    {
        var calibration = ScenarioPriors.Find(ScenarioLoader.Load(Repository.Scenario("calibration.json"))).Select(p => p.Path.Text).ToHashSet(StringComparer.Ordinal);
        var added = ScenarioPriors.Find(Assumptions).Where(p => !calibration.Contains(p.Path.Text)).ToList();

        Assert.Equal(36 + 14, added.Count); // 14: the component weights of the five indices of more than one component
        Assert.All(added, p =>
        {
            Assert.Equal(p.Path.Read(Baseline.Document), p.ScenarioValue);
            Assert.Equal(PriorDistribution.Uniform, p.Distribution);
            var v = p.ScenarioValue;
            if (p.Path.Text.EndsWith("].weight", StringComparison.Ordinal))
            {
                Assert.Equal((0.0, Math.Max(2 * v, 1)), (p.Min, p.Max));
            }
            else if (p.Path.Text.StartsWith("ownClusters.start.", StringComparison.Ordinal) || p.Path.Text.StartsWith("ownClusters.stall.", StringComparison.Ordinal))
            {
                Assert.Equal(Math.Min(v / 2, 2 * v), p.Min, 12);
                Assert.Equal(Math.Max(v / 2, 2 * v), p.Max, 12);
            }
            else
            {
                // Half to twice the value, or up to the cap the field or a related number sets.
                Assert.True(v > 0, $"{p.Path.Text}: an amount, share or scale of {v}");
                Assert.Equal(v / 2, p.Min, 12);
                Assert.InRange(p.Max, v, 2 * v);
            }
        });
        // The one cap the description names: damping's field ends at 1.
        var capped = added.Where(p => p.Max < 2 * p.ScenarioValue - 1e-12 && !p.Path.Text.EndsWith("].weight", StringComparison.Ordinal)
            && !p.Path.Text.StartsWith("ownClusters.st", StringComparison.Ordinal)).Select(p => p.Path.Text).Order(StringComparer.Ordinal);
        Assert.Equal(["behaviour.damping"], capped);
    }

    [Fact]
    public void EveryComponentWeightOfAnIndexOfSeveral_HasARange_AndTheIndicesKeepTheirComposition()
    {
        var priors = ScenarioPriors.Find(Assumptions).Select(p => p.Path.Text).ToHashSet(StringComparer.Ordinal);
        var expected = Baseline.Model.Indices.Where(x => x.Components.Count > 1)
            .SelectMany(x => x.Components.Select((_, j) => $"indices[{x.Id}].components[{j}].weight")).ToList();

        Assert.Equal(14, expected.Count);
        Assert.All(expected, path => Assert.Contains(path, priors));
        // Restated whole (a list of components replaces the parent's), each index keeps its attributes, directions,
        // transforms and values: the same standardised scores.
        Assert.Equal(Baseline.Model.Indices.SelectMany(x => x.Components.Select(c => (x.Id, c))), Assumptions.Model.Indices.SelectMany(x => x.Components.Select(c => (x.Id, c))));
    }

    private static bool Exempt(string path) =>
        path.EndsWith("durationYears", StringComparison.Ordinal) || path == "behaviour.adjustmentRounds" // whole numbers
        || path.EndsWith(".selection.discretion", StringComparison.Ordinal) // the unit the weights are measured in
        || (path.StartsWith("programmes[", StringComparison.Ordinal) && path.EndsWith("].discretion", StringComparison.Ordinal)) // likewise
        || path == "projects[medicalComplex].prizeValuePerWinnerBillionWon" // a sourced total split over the record's sites
        || path.EndsWith(".selection.exponent", StringComparison.Ordinal) // read only by the Tullock rule
        || path == "regimes[roh].selfHelpPressure"; // 0: no scale to halve or double

    // Every object of the document with a source, by its path in ParameterPath syntax (list elements by id, signal or zone):
    // a sourced number (its value a number), or anything else that cites a source (an index, a partnership, a programme).
    private static IEnumerable<(string Path, string Source, bool IsNumber)> Sourced(JsonNode? node, string path)
    {
        if (node is JsonObject o)
        {
            var isNumber = o["value"] is JsonValue v && v.TryGetValue<double>(out _);
            if (o["source"] is JsonValue s && s.TryGetValue<string>(out var source))
            {
                yield return (path, source, isNumber);
            }
            if (isNumber)
            {
                yield break;
            }
            foreach (var (key, child) in o)
            {
                var here = key == "weight" && o["signal"] is { } signal ? $"{path}[{signal}].weight" : path.Length == 0 ? key : $"{path}.{key}";
                foreach (var found in Sourced(child, here))
                {
                    yield return found;
                }
            }
        }
        else if (node is JsonArray a)
        {
            for (var i = 0; i < a.Count; i++)
            {
                var element = a[i] as JsonObject;
                var key = element?["id"] ?? element?["zone"];
                var here = element?["signal"] is not null ? path : $"{path}[{(key is null ? i.ToString(System.Globalization.CultureInfo.InvariantCulture) : key.GetValue<string>())}]";
                foreach (var found in Sourced(a[i], here))
                {
                    yield return found;
                }
            }
        }
    }
}
