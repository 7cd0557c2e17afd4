namespace Simulation.Cli.Tests;

/// <summary>A result folder whose manifest is not JSON is refused by either kit naming the file, not with the JSON
/// library's bare message.</summary>
public sealed class AnalysisKitDamagedManifestTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("regsim-kit-manifest-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [SkippableTheory]
    [InlineData(AnalysisKit.Python)]
    [InlineData(AnalysisKit.R)]
    public void ADamagedManifest_IsRefused_NamingTheFile(string kit)
    {
        AnalysisKit.SkipUnlessInstalled(kit);
        var folder = Directory.CreateDirectory(Path.Combine(_temp, kit)).FullName;
        var manifest = Path.Combine(folder, "manifest.json");
        File.WriteAllText(manifest, "{bad");
        File.WriteAllText(Path.Combine(folder, "win_probabilities.csv"), "regime,project,region,wins,replications,probability,ci_low,ci_high\n"); // a run's folder

        var (code, _, stderr) = AnalysisKit.Run(kit, folder);

        Assert.Equal(2, code);
        Assert.Contains($"{manifest}: not valid JSON (", stderr, StringComparison.Ordinal);
        Assert.Contains("the folder's manifest was edited or damaged", stderr, StringComparison.Ordinal);
    }
}
