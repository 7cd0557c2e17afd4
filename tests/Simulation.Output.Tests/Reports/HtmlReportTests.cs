using System.Text.RegularExpressions;
using Simulation.Experiments.Narration;
using Simulation.Experiments.Outcomes;
using Simulation.Output.Reports;

namespace Simulation.Output.Tests.Reports;

public partial class HtmlReportTests
{
    private static RunManifest Manifest() => new(
        "0.1.0-test", SmokeRun.Scenario.Model.Name, SmokeRun.Scenario.File.Path, SmokeRun.Scenario.File.Sha256,
        [.. SmokeRun.Scenario.Files.Skip(1)], 1, 50, 1, SmokeRun.Result.Modes, "2026-01-01T00:00:00Z", 1.5, ["report.html"]);

    private static string WriteReport(TempFolder folder)
    {
        var path = folder.File(HtmlReport.FileName);
        HtmlReport.Write(path, SmokeRun.Scenario, SmokeRun.Result, Manifest(), ResultNarrative.Describe(SmokeRun.Scenario.Model, SmokeRun.Result));
        return File.ReadAllText(path);
    }

    [Fact]
    public void Write_EmbedsOneChartPerProjectPlusTheDistributions()
    {
        using var folder = new TempFolder();
        var html = WriteReport(folder);

        Assert.StartsWith("<!DOCTYPE html>", html);
        Assert.DoesNotContain("<?xml", html);
        // One chart per project, two distributions, and a map of resources per person for each of the two compared regimes.
        Assert.Equal(SmokeRun.Scenario.Model.Projects.Count + 2 + 2, Regex.Matches(html, "<svg\\b").Count);
        foreach (var project in SmokeRun.Scenario.Model.Projects)
        {
            Assert.Contains($"id=\"project-{project.Id}\"", html);
        }
    }

    [Fact]
    public void Render_NamesTheRecordsWinnersBesideEachRecordedProjectsChances_AndNothingWithoutARecord()
    {
        var html = HtmlReport.Render(SmokeRun.Scenario, SmokeRun.Result, Manifest(), []);
        var document = (System.Text.Json.Nodes.JsonObject)SmokeRun.Scenario.Document.DeepClone();
        document.Remove("record");
        var withoutRecord = HtmlReport.Render(SmokeRun.Scenario with { Document = document }, SmokeRun.Result, Manifest(), []);

        string Section(string text, string project)
        {
            var section = text[text.IndexOf($"<section id=\"project-{project}\">", StringComparison.Ordinal)..];
            return section[..section.IndexOf("</section>", StringComparison.Ordinal)];
        }
        Assert.Contains("In the historical record, Incheon won (2007).", Section(html, "maglev"));
        Assert.Contains("In the historical record, Incheon and Gyeongnam (South Gyeongsang) won (2007).", Section(html, "robotLand"));
        Assert.Contains("regsim validate scores the model against the record", Section(html, "medicalComplex"));
        Assert.DoesNotContain("In the historical record", withoutRecord);
    }

    [Fact]
    public void Render_OrdersEachProjectsLikelyWinners_ByTheirHighestChanceUnderAnyMode_AndSaysSo()
    {
        var html = HtmlReport.Render(SmokeRun.Scenario, SmokeRun.Result, Manifest(), []);

        foreach (var project in SmokeRun.Scenario.Model.Projects)
        {
            var section = html[html.IndexOf($"<section id=\"project-{project.Id}\">", StringComparison.Ordinal)..];
            section = section[..section.IndexOf("</section>", StringComparison.Ordinal)];
            Assert.Contains("ordered by their highest win probability under any regime mode", section);
            var names = Regex.Matches(section, "<th scope=\"row\">([^<]+)</th>").Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();
            var best = names.Select(name =>
            {
                var region = SmokeRun.Scenario.Model.Regions.Single(r => r.Name == name);
                return SmokeRun.Result.WinProbabilities.Where(w => w.Project == project.Id && w.Region == region.Id).Max(w => w.Probability);
            }).ToList();
            Assert.NotEmpty(best);
            Assert.Equal(best.OrderByDescending(p => p), best);
        }
    }

    [Fact]
    public void Write_MapsResourcesPerPersonUnderEachRegime_OnOneScale_WithSentences()
    {
        using var folder = new TempFolder();
        var html = WriteReport(folder);

        var section = html[html.IndexOf("<section id=\"resources\">", StringComparison.Ordinal)..];
        section = section[..(section.IndexOf("</section>", StringComparison.Ordinal) + 10)];
        Assert.Equal(2, Regex.Matches(section, "<svg\\b[^>]*class=\"tilemap\"").Count);
        foreach (var regime in SmokeRun.Result.Catalogue.ComparedLabels)
        {
            Assert.Contains($">{regime.Label}</text>", section);
        }
        Assert.Equal(2 * 16, Regex.Matches(section, "class=\"tile\"").Count);
        // Each caption names the years the totals cover: a scenario may have moved the horizon.
        var years = $"received over {SmokeRun.Scenario.Model.Timeline.FirstYear}–{SmokeRun.Scenario.Model.Timeline.LastYear}.";
        Assert.Equal(2, Regex.Matches(section, Regex.Escape(years)).Count);
        Assert.Contains("The region receiving the most national resources per person is", section);
        // One scale: both legends end at the same values.
        var ends = Regex.Matches(section, "<g class=\"legend\">.*?</g>").Select(m => Regex.Replace(m.Value, "<title>.*?</title>", "")).ToList();
        Assert.Equal(2, ends.Count);
        Assert.Equal(ends[0], ends[1]);
        Assert.Contains("href=\"#resources\"", html);
    }

    [Fact]
    public void Write_ListsSourcedParametersByPath()
    {
        using var folder = new TempFolder();
        var html = WriteReport(folder);

        Assert.Contains("regimes[lee].tilt[equity].weight", html);
        Assert.Contains("money.wonPerUsd", html);
        Assert.Contains("paper Table 1 (equity as primary value)", html);
        Assert.Contains("thousand persons, census 1 Nov 2005", html);
    }

    [Fact]
    public void Write_ShowsRegionValuesAsNumbers_WithThePriorsRangeAndTheSourceOnHover()
    {
        using var folder = new TempFolder();
        var html = WriteReport(folder);

        var table = html[html.IndexOf("<table class=\"values\">", StringComparison.Ordinal)..];
        table = table[..table.IndexOf("</table>", StringComparison.Ordinal)];
        Assert.DoesNotContain("{", table);
        Assert.DoesNotContain("&quot;value&quot;", table);
        // Seoul's GRDP per capita is uncertain: its value, its prior's range, its source in the cell's title.
        Assert.Matches("<td class=\"num\" title=\"regions.md[^\"]*\">18.6 \\(16.74–20.46\\)</td>", table);
        Assert.Contains("<td class=\"num\">9820</td>", table);
    }

    [Fact]
    public void Write_ShowsSentencesSummaryAndManifest()
    {
        using var folder = new TempFolder();
        var html = WriteReport(folder);

        Assert.Contains("replications (95 % interval", html);
        Assert.Contains(OutcomeMetrics.Gini, html);
        Assert.Contains("<details>", html);
        Assert.Contains(SmokeRun.Scenario.File.Sha256, html);
        Assert.Contains("<th scope=\"row\">Seed</th><td><code>1</code>", html);
        // The findings say what they rest on, and where the model is scored and its assumptions ranked.
        var findings = html[html.IndexOf("id=\"findings\"", StringComparison.Ordinal)..html.IndexOf("</section>", html.IndexOf("id=\"findings\"", StringComparison.Ordinal), StringComparison.Ordinal)];
        Assert.Contains("consequences of the scenario's inputs, not findings about history", findings);
        Assert.Contains("<code>regsim validate</code>", findings);
        Assert.Contains("<code>regsim sensitivity --priors</code>", findings);
    }

    [Fact]
    public void Write_HasNoExternalReferencesOrScripts()
    {
        using var folder = new TempFolder();
        var html = WriteReport(folder);

        var withoutSvgNamespace = html.Replace("xmlns=\"http://www.w3.org/2000/svg\"", string.Empty, StringComparison.Ordinal)
            .Replace("xmlns:xlink=\"http://www.w3.org/1999/xlink\"", string.Empty, StringComparison.Ordinal);
        Assert.DoesNotMatch(ExternalReference(), withoutSvgNamespace);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@import", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Write_EncodesText()
    {
        var sentences = new[] { new NarrativeSentence("x", "<b>bold</b> & more") };
        using var folder = new TempFolder();
        var path = folder.File("r.html");
        HtmlReport.Write(path, SmokeRun.Scenario, SmokeRun.Result, Manifest(), sentences);
        var html = File.ReadAllText(path);

        Assert.Contains("&lt;b&gt;bold&lt;/b&gt; &amp; more", html);
        Assert.DoesNotContain("<b>bold</b>", html);
    }

    [GeneratedRegex("(?:src|href|xlink:href)\\s*=\\s*[\"']?\\s*https?://|url\\(\\s*[\"']?https?://|https?://", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalReference();
}
