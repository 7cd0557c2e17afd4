namespace Simulation.Cli.Tests;

/// <summary>The analysis kits on a comparison whose B adds a project and runs one regime mode fewer: what regsim could not
/// compare (in the manifest's <c>notCompared</c>, in neither table) is named, not left to read as "no change", and a
/// parameter only one scenario has reads as absent there, not as a missing number.</summary>
public sealed class AnalysisKitNotComparedTests(AnalysisFolders folders) : IClassFixture<AnalysisFolders>
{
    [SkippableTheory]
    [InlineData(AnalysisKit.Python)]
    [InlineData(AnalysisKit.R)]
    public void AComparisonWithPartsOnlyOneScenarioHas_NamesThem_AndSaysAbsent(string kit)
    {
        AnalysisKit.SkipUnlessInstalled(kit);
        var root = folders.Empty($"not-compared-{kit}");
        var later = Path.Combine(root, "later-project.json");
        File.WriteAllText(later, $$"""
            { "extends": "{{Path.Combine(Regsim.Root, "scenarios", "smoke.json").Replace("\\", "/")}}", "name": "later-project",
              "counterfactuals": ["roh"],
              "projects": [ { "id": "laterHub", "name": "A later hub", "year": 2011, "winners": 1,
                "prizeValuePerWinnerBillionWon": { "value": 800, "source": "test" }, "nationalFundingPerWinnerBillionWon": { "value": 400, "source": "test" },
                "candidates": [], "jointBids": false, "criteria": [ { "signal": "capacity", "weight": { "value": 0.5, "source": "test" } } ], "source": "test" } ] }
            """);
        var comparison = Path.Combine(root, "comparison");
        var compared = Regsim.Run("compare", "scenarios/smoke.json", later, "-n", "20", "--out", comparison, "--quiet");
        Assert.True(compared.ExitCode == 0, compared.Error);

        var (code, output, error) = AnalysisKit.Run(kit, comparison);

        Assert.True(code == 0, error);
        Assert.Contains("not compared, regime modes only in A: lee", output, StringComparison.Ordinal);
        Assert.Contains("not compared, projects only in B: laterHub", output, StringComparison.Ordinal);
        Assert.Contains("projects[laterHub].winners (absent -> 1)", output, StringComparison.Ordinal);
        Assert.DoesNotContain("nan ->", output, StringComparison.Ordinal);
        Assert.DoesNotContain("NA ->", output, StringComparison.Ordinal);
    }
}
