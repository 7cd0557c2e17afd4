using System.Text.Json.Nodes;
using Simulation.Application.Calibration;
using Simulation.Experiments;
using Simulation.Experiments.Tests;
using Simulation.Output;
using Simulation.Output.Calibration;

namespace Simulation.Application.Tests.Calibration;

/// <summary>
/// A calibration shares its folder with its journal (the particles, the tempering stages), so its results are moved in file
/// by file: a user's own file named like one of them is refused before any work, and a calibration run again replaces the
/// earlier one's results without leaving any of them behind.
/// </summary>
public sealed class CalibrationFolderTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("regsim-calibration-folder-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [Theory]
    [InlineData("summary.csv")]
    [InlineData("posterior.parquet")]
    [InlineData("plots/predictive_check.png")]
    public void AUsersFileNamedLikeAResult_IsRefusedBeforeAnyParticleRuns_AndKept(string name)
    {
        var folder = Path.Combine(_temp, "calibration");
        var mine = Path.Combine(folder, name);
        Directory.CreateDirectory(Path.GetDirectoryName(mine)!);
        File.WriteAllText(mine, "my own table");

        var e = Assert.Throws<ForeignFilesException>(() => Run(folder, sbcRecords: 0));

        Assert.Equal([name], e.Files);
        Assert.Equal("my own table", File.ReadAllText(mine));
        Assert.False(File.Exists(Path.Combine(folder, ParticleFile.Name)), "no particle ran");
    }

    [Fact]
    public void AFolderHoldingAUsersFiles_IsRefusedBeforeAnyParticleRuns_AndKept()
    {
        var folder = Path.Combine(_temp, "home");
        Directory.CreateDirectory(Path.Combine(folder, "thesis"));
        File.WriteAllText(Path.Combine(folder, "thesis", "chapter1.tex"), "mine");

        var e = Assert.Throws<ForeignFilesException>(() => Run(folder, sbcRecords: 0));

        Assert.Equal(["thesis/chapter1.tex"], e.Files);
        Assert.Equal(["thesis"], Directory.GetFileSystemEntries(folder).Select(Path.GetFileName));
    }

    [Fact]
    public void AMarkdownFileInAFolderThatDoesNotExist_IsRefusedBeforeAnyParticleRuns()
    {
        var folder = Path.Combine(_temp, "calibration");
        var markdown = Path.Combine(_temp, "doc", "VALIDATION.md");

        var e = Assert.Throws<InvalidDataException>(() => new CalibrateScenario().Run(new CalibrateRequest(Repository.Scenario("calibration.json"), 4, 2, 3, 10, 1, folder,
            markdown, 0, 4, MovesPerStage: 1), SilentProgress.Instance, CancellationToken.None));

        Assert.Contains($"its folder '{Path.Combine(_temp, "doc")}' does not exist", e.Message);
        Assert.False(Directory.Exists(folder), "no particle ran");
    }

    [Fact]
    public void AShard_RefusesAUsersFileNamedLikeAResult_WhichItsGatheringWouldWriteOver()
    {
        var folder = Path.Combine(_temp, "calibration");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "summary.csv"), "my own table");

        Assert.Throws<ForeignFilesException>(() => new CalibrateScenario().Run(new CalibrateRequest(Repository.Scenario("calibration.json"), 4, 2, 3, 10, 1, folder,
            null, 0, 4, new ShardSpec(0, 2)), SilentProgress.Instance, CancellationToken.None));

        Assert.False(Directory.Exists(Path.Combine(folder, "shard-0-of-2")), "no particle ran");
    }

    [Fact]
    public void ARunAgain_ReplacesTheEarlierResults_AndDropsThoseItNoLongerWrites_KeepingTheJournal()
    {
        var folder = Path.Combine(_temp, "calibration");
        Run(folder, sbcRecords: 2);
        Assert.True(File.Exists(Path.Combine(folder, "sbc.csv")));

        Run(folder, sbcRecords: 0);

        var listed = ManifestWriter.ListedFiles(ManifestWriter.ReadObject(Path.Combine(folder, ManifestWriter.FileName)));
        var present = Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/')).Order().ToList();
        Assert.Equal(listed.Order(), present);
        Assert.DoesNotContain("sbc.csv", present);
        Assert.DoesNotContain(present, f => f.Contains(".partial-", StringComparison.Ordinal));
        Assert.Equal([folder], Directory.GetDirectories(_temp)); // no staging folder left beside it
    }

    [Fact]
    public void EveryResultAFinishedCalibrationWrites_IsNamedLikeOne_AndNoJournalFileIs()
    {
        var folder = Path.Combine(_temp, "calibration");
        Run(folder, sbcRecords: 2, Output.OutputFormat.Both);

        var manifest = ManifestWriter.ReadObject(Path.Combine(folder, ManifestWriter.FileName))!;
        var journal = new[] { ParticleFile.Name, CalibrationManifestFile.Name, ManifestWriter.FileName };
        foreach (var file in ManifestWriter.ListedFiles(manifest))
        {
            var isJournal = journal.Contains(file) || file.StartsWith("tempering-", StringComparison.Ordinal);
            Assert.True(CalibrationWriter.IsResultFile(file) != isJournal, $"{file}: journal {isJournal}, named like a result {CalibrationWriter.IsResultFile(file)}");
        }
        Assert.IsType<JsonArray>(manifest["files"]);
    }

    [Fact]
    public void TheManifest_NamesTheFilesTheScenarioExtends_WithTheirHashes_AndTheSourceRevision()
    {
        var folder = Path.Combine(_temp, "calibration");
        Run(folder, sbcRecords: 0);

        var manifest = ManifestWriter.ReadObject(Path.Combine(folder, ManifestWriter.FileName))!;
        var parent = Repository.Scenario("baseline.json");
        var extended = Assert.Single(manifest["extendsFiles"]!.AsArray())!; // calibration.json extends the baseline
        Assert.Equal(Path.GetFullPath(parent), Path.GetFullPath((string)extended["path"]!));
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(parent))), (string?)extended["sha256"]);
        Assert.Equal(ToolVersion.SourceRevision, (string?)manifest["sourceRevision"]);
        Assert.Equal(ToolVersion.SourceRevision, (string?)ManifestWriter.ReadObject(Path.Combine(folder, CalibrationManifestFile.Name))!["sourceRevision"]);
    }

    private static void Run(string folder, int sbcRecords, Output.OutputFormat format = Output.OutputFormat.Csv) =>
        new CalibrateScenario().Run(new CalibrateRequest(Repository.Scenario("calibration.json"), 4, 2, 3, 10, 1, folder, null, sbcRecords, 4,
            MovesPerStage: 1, Format: format), SilentProgress.Instance, CancellationToken.None);
}
