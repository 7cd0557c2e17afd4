using System.Text.RegularExpressions;
using Simulation.Core;
using Simulation.Experiments.Outcomes;
using Simulation.Experiments.Scenarios;

namespace Simulation.Experiments.Tests.Docs;

/// <summary>docs/ODD.md's table of outcome metrics (§4, Observation) defines every metric a run writes to
/// <c>outcomes.csv</c>, <c>summary.csv</c> and <c>sweep.csv</c>, each by its name or by its family
/// (<c>designations_&lt;programme&gt;_&lt;region&gt;</c>), with a definition and a unit; a metric added to the code without a
/// row, or a row left behind by a metric the code no longer has, fails here.</summary>
public sealed partial class OddMetricTableTests
{
    private static readonly Lazy<Scenario> Baseline = new(() => ScenarioLoader.Load(Repository.Scenario("baseline.json")).Model);

    [Fact]
    public void EveryMetricTheBaselineRunProduces_HasARowInTheOddsMetricTable()
    {
        var rows = MetricRows(File.ReadAllLines(Path.Combine(Repository.Root, "docs", "ODD.md")));
        var missing = new List<string>();
        // One line per family (its metrics are written in one row), naming a metric of it and how many it has.
        foreach (var family in ProducedMetrics().GroupBy(m => Family(m, Baseline.Value)))
        {
            var metric = family.First();
            var named = family.Key == metric ? metric : $"{metric} (family {family.Key}: {family.Count()} metrics)";
            var row = rows.GetValueOrDefault(metric) ?? rows.GetValueOrDefault(family.Key);
            if (row is null)
            {
                missing.Add(named);
            }
            else if (row.Definition.Length == 0 || row.Unit.Length == 0)
            {
                missing.Add($"{named}: its row has no {(row.Definition.Length == 0 ? "definition" : "unit")}");
            }
        }
        Assert.True(missing.Count == 0, "Metrics the baseline run produces that docs/ODD.md's metric table does not define:\n" + string.Join("\n", missing));
    }

    [Fact]
    public void EveryRowOfTheOddsMetricTable_NamesAMetricOrFamilyTheBaselineRunProduces()
    {
        var produced = ProducedMetrics().SelectMany(m => new[] { m, Family(m, Baseline.Value) }).ToHashSet();
        var stale = MetricRows(File.ReadAllLines(Path.Combine(Repository.Root, "docs", "ODD.md"))).Keys.Where(name => !produced.Contains(name)).ToList();
        Assert.True(stale.Count == 0, "Rows of docs/ODD.md's metric table naming no metric the baseline run produces:\n" + string.Join("\n", stale));
    }

    [Theory]
    [InlineData("gini_resources_per_capita", "gini_resources_per_capita")]
    [InlineData("resources_per_capita_seoul", "resources_per_capita_<region>")]
    [InlineData("designations_innovationCities_jeonnam", "designations_<programme>_<region>")]
    [InlineData("pending_enterpriseCities", "pending_<programme>")]
    [InlineData("realisation_specialDistricts_medicalHealth", "realisation_<programme>_<category>")]
    public void Family_PutsEachIdOfTheScenarioInItsPlaceholder(string metric, string family) =>
        Assert.Equal(family, Family(metric, Baseline.Value));

    [Fact]
    public void MetricRows_ReadsEveryNameOfARow_AndOnlyTheMetricTable()
    {
        string[] odd =
        [
            "| parameter | value | unit |", "|---|---|---|", "| `gini_resources_per_capita` | 1 | x |", "",
            "| metric | definition | unit |", "|---|---|---|", "| `a`, `b_<region>` | what | count |", "| `c` | what |  |", "",
            "| `d` | after the table | count |",
        ];
        var rows = MetricRows(odd);
        Assert.Equal(["a", "b_<region>", "c"], rows.Keys.Order());
        Assert.Equal("", rows["c"].Unit);
    }

    // The metric names a run of the baseline writes: the code's own catalogue, which every output's columns come from.
    private static IEnumerable<string> ProducedMetrics()
    {
        var metrics = OutcomeMetrics.For(Baseline.Value).Select(m => m.Name).ToList();
        Assert.NotEmpty(metrics);
        return metrics;
    }

    // A metric's family: every '_'-separated part that is an id of the scenario replaced by its placeholder. The ids are
    // single parts (no '_'), checked, so a part is matched whole and never inside a longer word.
    private static string Family(string metric, Scenario scenario)
    {
        var placeholders = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var region in scenario.Regions)
        {
            placeholders[region.Id] = "<region>";
        }
        foreach (var programme in scenario.Programmes)
        {
            placeholders[programme.Id] = "<programme>";
            foreach (var category in programme.Categories)
            {
                placeholders[category.Id] = "<category>";
            }
        }
        Assert.DoesNotContain(placeholders.Keys, id => id.Contains('_', StringComparison.Ordinal));
        return string.Join('_', metric.Split('_').Select(part => placeholders.GetValueOrDefault(part, part)));
    }

    // The rows of the table headed "| metric | definition | unit |", keyed by every name in backquotes in a row's first cell.
    private static Dictionary<string, MetricRow> MetricRows(IReadOnlyList<string> odd)
    {
        var rows = new Dictionary<string, MetricRow>(StringComparer.Ordinal);
        var header = odd.ToList().FindIndex(line => line.Trim() == "| metric | definition | unit |");
        Assert.True(header >= 0, "docs/ODD.md has no table headed '| metric | definition | unit |'");
        for (var i = header + 2; i < odd.Count && odd[i].StartsWith('|'); i++)
        {
            var cells = Cells(odd[i]);
            var row = new MetricRow(cells.Count > 1 ? cells[1] : "", cells.Count > 2 ? cells[2] : "");
            foreach (Match name in Quoted().Matches(cells[0]))
            {
                rows[name.Groups[1].Value] = row;
            }
        }
        return rows;
    }

    // The cells of a table row, trimmed; an escaped '\|' stays inside its cell.
    private static List<string> Cells(string line) =>
        [.. CellSeparator().Split(line.Trim().Trim('|')).Select(cell => cell.Trim())];

    [GeneratedRegex(@"`([^`]+)`")]
    private static partial Regex Quoted();

    [GeneratedRegex(@"(?<!\\)\|")]
    private static partial Regex CellSeparator();

    private sealed record MetricRow(string Definition, string Unit);
}
