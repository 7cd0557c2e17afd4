using System.Text.RegularExpressions;
using Simulation.Experiments;
using Simulation.Experiments.Narration;
using Simulation.Output.Reports;

namespace Simulation.Output.Tests.Renaming;

// A copy of the baseline whose regimes are renamed must give the same numbers, and every label, chart and sentence must
// follow the new names: regimes are data end to end.
public partial class RenamedRegimesTests
{
    private static readonly Dictionary<string, string> OldMode = new() { ["timeline"] = "timeline", ["alpha"] = "roh", ["beta"] = "lee" };

    [Fact]
    public void RenamedRegimes_GiveTheSameWinProbabilities()
    {
        Assert.Equal(["timeline", "alpha", "beta"], RenamedBaseline.Result.Modes);
        var renamed = RenamedBaseline.Result.WinProbabilities.Select(w => w with { Regime = OldMode[w.Regime] }).ToList();

        Assert.Equal(RenamedBaseline.BaselineResult.WinProbabilities, renamed);
    }

    [Fact]
    public void RenamedRegimes_AreLabelledByTheirNames_AndComparedAsTheScenarioSays()
    {
        var catalogue = RenamedBaseline.Result.Catalogue;

        Assert.Equal([ModeCatalogue.HistoricalTimeline, RenamedBaseline.AlphaName, RenamedBaseline.BetaName], catalogue.Labels.Select(l => l.Label));
        Assert.Equal(["alpha", "beta"], catalogue.Compared);
    }

    [Fact]
    public void Sentences_NameTheRegimesByName_NeverByIdOrOldName()
    {
        var sentences = ResultNarrative.Describe(RenamedBaseline.Scenario.Model, RenamedBaseline.Result);
        var text = string.Join("\n", sentences.Select(s => s.Text));

        Assert.Contains($"Under {RenamedBaseline.AlphaName}, ", text);
        Assert.Contains($"Under {RenamedBaseline.BetaName}, ", text);
        Assert.Contains("the historical timeline", text);
        Assert.Contains(sentences, s => s.Text.Contains("changes most between the regimes", StringComparison.Ordinal)
            && s.Text.Contains($"under {RenamedBaseline.AlphaName} to ", StringComparison.Ordinal)
            && s.Text.Contains($"under {RenamedBaseline.BetaName}, ", StringComparison.Ordinal));
        Assert.DoesNotContain("'alpha'", text);
        Assert.DoesNotContain("'beta'", text);
        AssertNoOldRegime(text);
    }

    [Fact]
    public void Charts_CompareTheTwoRegimesByName()
    {
        var scenario = RenamedBaseline.Scenario.Model;
        using var temp = new TempFolder();

        RunWriter.WriteResults(temp.Path, scenario, RenamedBaseline.Result);

        foreach (var project in scenario.Projects)
        {
            var svg = File.ReadAllText(Path.Combine(temp.Path, "plots", $"win_probability_{project.Id}.svg"));
            Assert.Contains(RenamedBaseline.AlphaName, svg);
            Assert.Contains(RenamedBaseline.BetaName, svg);
            Assert.DoesNotContain(ModeCatalogue.HistoricalTimeline, svg); // the two regimes, not every mode
            AssertNoOldRegime(svg);
        }
        var gini = File.ReadAllText(Path.Combine(temp.Path, "plots", "distribution_gini.svg"));
        Assert.Contains(ModeCatalogue.HistoricalTimeline, gini);
        Assert.Contains(RenamedBaseline.AlphaName, gini);
        Assert.Contains(RenamedBaseline.BetaName, gini);
        AssertNoOldRegime(gini);
    }

    [Fact]
    public void Report_NamesTheRegimes_AndMapsTheTwoCompared()
    {
        var scenario = RenamedBaseline.Scenario;
        var result = RenamedBaseline.Result;
        var manifest = new RunManifest("0.1.0-test", scenario.Model.Name, scenario.File.Path, scenario.File.Sha256, [], RenamedBaseline.Options.Seed,
            RenamedBaseline.Options.Replications, 1, result.Modes, "2026-01-01T00:00:00Z", 1.5, [HtmlReport.FileName]);

        var html = HtmlReport.Render(scenario, result, manifest, ResultNarrative.Describe(scenario.Model, result));

        var maps = html[html.IndexOf("<section id=\"resources\">", StringComparison.Ordinal)..];
        maps = maps[..maps.IndexOf("</section>", StringComparison.Ordinal)];
        Assert.Equal(2, TileMaps().Matches(maps).Count);
        Assert.Contains($">{RenamedBaseline.AlphaName}</text>", maps);
        Assert.Contains($">{RenamedBaseline.BetaName}</text>", maps);
        Assert.DoesNotContain(ModeCatalogue.HistoricalTimeline, maps);
        Assert.Contains($"<th scope=\"col\">{RenamedBaseline.AlphaName}</th>", html);
        AssertNoOldRegime(html);
    }

    // Neither the old ids as words ("roh", "lee") nor the old names anywhere ("Roh", "Lee", also inside a word).
    private static void AssertNoOldRegime(string text)
    {
        var id = OldId().Match(text);
        Assert.False(id.Success, $"old regime id '{id.Value}' in: …{Around(text, id.Index)}…");
        foreach (var name in new[] { "Roh", "Lee" })
        {
            var at = text.IndexOf(name, StringComparison.Ordinal);
            Assert.True(at < 0, $"old regime name '{name}' in: …{Around(text, at)}…");
        }
    }

    private static string Around(string text, int index) => text[Math.Max(0, index - 80)..Math.Min(text.Length, index + 80)];

    [GeneratedRegex(@"\b(roh|lee)\b")]
    private static partial Regex OldId();

    [GeneratedRegex("<svg\\b[^>]*class=\"tilemap\"")]
    private static partial Regex TileMaps();
}
