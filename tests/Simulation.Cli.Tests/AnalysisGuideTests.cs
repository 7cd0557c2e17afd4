using System.Globalization;

namespace Simulation.Cli.Tests;

/// <summary><c>docs/analysis.md</c> quotes what the kits print, and a few numbers, for the folders of its worked example
/// (written here by the same commands): a change to the model or the kits that moves a quoted number fails here until
/// the guide is brought up to date.</summary>
public sealed class AnalysisGuideTests(AnalysisFolders folders) : IClassFixture<AnalysisFolders>
{
    private static readonly string[] Guide = File.ReadAllLines(Path.Combine(Regsim.Root, "docs", "analysis.md"));

    [SkippableTheory]
    [InlineData(AnalysisKit.Python, "$ python3 analysis/python/regsim.py output/smoke")]
    [InlineData(AnalysisKit.R, "$ Rscript analysis/R/regsim.R output/roh-vs-lee")]
    public void TheWorkedExamplesTranscript_IsWhatTheKitPrints(string kit, string command)
    {
        AnalysisKit.SkipUnlessInstalled(kit);
        var (code, output, error) = AnalysisKit.Run(kit, kit == AnalysisKit.Python ? folders.Run : folders.GuideComparison);
        var printed = output.Split('\n').Select(l => l.TrimEnd()).ToHashSet(StringComparer.Ordinal);

        // The lines after the command, up to the next command or the block's end; "..." marks lines left out, and the
        // figures' lines come only with --figures.
        var quoted = Guide.SkipWhile(l => !l.StartsWith(command, StringComparison.Ordinal)).Skip(1)
            .TakeWhile(l => !l.StartsWith("$ ", StringComparison.Ordinal) && !l.StartsWith("```", StringComparison.Ordinal))
            .Where(l => l.Trim() != "..." && !l.StartsWith("figure:", StringComparison.Ordinal)).ToList();

        Assert.True(code == 0, error);
        Assert.True(quoted.Count >= 3, $"the guide no longer quotes '{command}'");
        Assert.All(quoted, line => Assert.Contains(line.TrimEnd(), printed));
    }

    [Fact]
    public void TheNumbersInItsPythonComments_AreThoseOfTheFolders()
    {
        var outcomes = Table(Path.Combine(folders.Run, "outcomes.csv"));
        var shares = string.Join(", ", outcomes.GroupBy(r => r["regime"]).Select(g =>
            $"{g.Key} {g.Average(r => Number(r["capital_region_share"])).ToString("F3", CultureInfo.InvariantCulture)}"));
        var gini = Table(Path.Combine(folders.GuideComparison, "comparison.csv"))
            .Single(r => r["kind"] == "metric" && r["name"] == "gini_resources_per_capita" && r["regime"] == "timeline");
        var difference = string.Format(CultureInfo.InvariantCulture, "difference {0:F3} [{1:F3}, {2:F3}]",
            Number(gini["difference"]), Number(gini["ci_low"]), Number(gini["ci_high"]));

        Assert.Contains(Guide, l => l.Contains("[\"capital_region_share\"].mean()", StringComparison.Ordinal) && l.EndsWith($"# {shares}", StringComparison.Ordinal));
        Assert.Contains(Guide, l => l.Contains("'gini_resources_per_capita'", StringComparison.Ordinal) && l.EndsWith($"# {difference}", StringComparison.Ordinal));
    }

    // The rows of a regsim CSV table whose fields hold no commas (as outcomes.csv and comparison.csv), by column name.
    private static List<Dictionary<string, string>> Table(string path)
    {
        var lines = File.ReadAllLines(path);
        var columns = lines[0].Split(',');
        return [.. lines.Skip(1).Select(l => columns.Zip(l.Split(','), (c, v) => (c, v)).ToDictionary(x => x.c, x => x.v))];
    }

    private static double Number(string text) => double.Parse(text, CultureInfo.InvariantCulture);
}
