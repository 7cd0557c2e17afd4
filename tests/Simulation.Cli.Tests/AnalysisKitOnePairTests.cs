namespace Simulation.Cli.Tests;

/// <summary>A comparison of one replication pair has no interval for any difference (its cells are empty): the kits say so,
/// and count no metric as changed, rather than printing NaN or rows of NA.</summary>
public sealed class AnalysisKitOnePairTests(AnalysisFolders folders) : IClassFixture<AnalysisFolders>
{
    [SkippableTheory]
    [InlineData(AnalysisKit.Python)]
    [InlineData(AnalysisKit.R)]
    public void AOnePairComparison_ChangesNoMetric_AndSaysItsWinDifferencesHaveNoInterval(string kit)
    {
        AnalysisKit.SkipUnlessInstalled(kit);

        var (code, stdout, stderr) = AnalysisKit.Run(kit, folders.OnePairComparison);
        var json = AnalysisKit.Json(kit, folders.OnePairComparison);

        Assert.True(code == 0, stderr);
        Assert.Contains(": 1 replication pair\n", stdout, StringComparison.Ordinal);
        Assert.Matches(@"\n  maglev +timeline +\w+ +[+-]1\.000 \(no interval from one pair\)\n", stdout);
        Assert.Matches(@"metrics whose 95 % interval of B - A excludes 0: 0 of \d+\n", stdout);
        Assert.DoesNotContain("nan", stdout, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("NA", stdout, StringComparison.Ordinal);
        Assert.Empty(json.GetProperty("metric_changes").EnumerateArray());
    }
}
