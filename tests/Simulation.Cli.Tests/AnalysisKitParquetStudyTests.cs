using System.Text.Json;

namespace Simulation.Cli.Tests;

/// <summary>A sensitivity study written as Parquet only has its indices in <c>sensitivity.parquet</c>: the kits read them
/// from there, or say that they cannot, rather than report a finished study as unfinished.</summary>
public sealed class AnalysisKitParquetStudyTests : IDisposable
{
    private readonly string _temp = Regsim.TempFolder();

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [SkippableTheory]
    [InlineData(AnalysisKit.Python)]
    [InlineData(AnalysisKit.R)]
    public void AParquetOnlyStudy_GivesItsIndices_OrSaysThatParquetCannotBeRead(string kit)
    {
        AnalysisKit.SkipUnlessInstalled(kit);
        var study = Path.Combine(_temp, "study");
        var (ran, stdout, stderr) = Regsim.Run("sensitivity", "scenarios/experiments/smoke-sweep.json", "--method", "morris", "--trajectories", "4",
            "--replications", "5", "--format", "parquet", "--out", study, "--quiet");
        Assert.True(ran == 0, stdout + stderr);
        Assert.True(File.Exists(Path.Combine(study, "sensitivity.parquet")));
        Assert.False(File.Exists(Path.Combine(study, "sensitivity.csv")));

        var (code, output, error) = AnalysisKit.Run(kit, study, "--json");

        if (code == 0)
        {
            Assert.NotEqual(0, JsonDocument.Parse(output).RootElement.GetProperty("top_factors").GetArrayLength());
        }
        else
        {
            Assert.Equal(2, code);
            Assert.Contains("sensitivity.parquet", error);
            Assert.Contains(kit == AnalysisKit.Python ? "pyarrow" : "arrow", error);
            Assert.DoesNotContain("Traceback", error);
        }
        Assert.DoesNotContain("not computed yet", output + error);
    }
}
