using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Simulation.Application.Validation;
using Simulation.Experiments.Tests;
using Simulation.Output;

namespace Simulation.Application.Tests.Validation;

/// <summary>
/// A validation folder traces its report to its exact inputs as a run's folder does: a manifest listing every file written,
/// the scenario's file and the files it extends with their SHA-256, the commit regsim was built from; and the report's
/// Markdown names the parents too, so that an edit to one shows though the scenario's own file stays the same.
/// </summary>
public sealed class ValidateScenarioTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("regsim-validate-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [Fact]
    public void TheFolder_HasAManifest_ListingItsFiles_TheScenarioAndTheFilesItExtends_WithTheirHashes()
    {
        var (child, parent) = WhatIf();
        var folder = Path.Combine(_temp, "validation");

        var outcome = Validate(child, folder);

        var manifest = Manifest(folder);
        var present = Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/')).Order(StringComparer.Ordinal);
        Assert.Equal(present, ManifestWriter.ListedFiles(manifest));
        Assert.Contains("manifest.json", ManifestWriter.ListedFiles(manifest));
        Assert.Equal(child, (string?)manifest["scenarioFile"]);
        Assert.Equal(Sha256(child), (string?)manifest["scenarioSha256"]);
        var extended = Assert.Single(manifest["extendsFiles"]!.AsArray())!;
        Assert.Equal(parent, (string?)extended["path"]);
        Assert.Equal(Sha256(parent), (string?)extended["sha256"]);
        Assert.Equal(outcome.Report.Options.Seed, (ulong)manifest["seed"]!);
        Assert.Equal(30, (int)manifest["replications"]!);
        Assert.Equal(File.ReadAllLines(Path.Combine(folder, "validation.csv")).Length - 1, (int)manifest["checks"]!);
        Assert.Equal(ToolVersion.Current, (string?)manifest["toolVersion"]);
        // The commit regsim was built from, when it was built from a git checkout (these tests always are), as a run records it.
        Assert.Equal(ToolVersion.SourceRevision, (string?)manifest["sourceRevision"]);
        Assert.Null(manifest["leaveOneOut"]);
    }

    [Fact]
    public void AnEditToAParent_ChangesWhatTheReportAndTheManifestSay_ThoughTheScenariosOwnFileIsTheSame()
    {
        var (child, parent) = WhatIf();
        Validate(child, Path.Combine(_temp, "before"));
        var childBytes = File.ReadAllBytes(child);

        File.WriteAllText(parent, File.ReadAllText(parent).Replace("\"description\": \"", "\"description\": \"Edited. ", StringComparison.Ordinal));
        Validate(child, Path.Combine(_temp, "after"));

        Assert.Equal(childBytes, File.ReadAllBytes(child));
        string Provenance(string folder) => File.ReadLines(Path.Combine(_temp, folder, "validation.md")).First(l => l.StartsWith("Produced by", StringComparison.Ordinal));
        Assert.NotEqual(Provenance("before"), Provenance("after"));
        Assert.Contains($"which extends `{parent}` (SHA-256 `{Sha256(parent)[..12]}…`)", Provenance("after"));
        Assert.Equal(Sha256(parent), (string?)Manifest(Path.Combine(_temp, "after"))["extendsFiles"]![0]!["sha256"]);
        Assert.NotEqual((string?)Manifest(Path.Combine(_temp, "before"))["extendsFiles"]![0]!["sha256"], (string?)Manifest(Path.Combine(_temp, "after"))["extendsFiles"]![0]!["sha256"]);
    }

    [Fact]
    public void WithLeaveOneOut_TheManifestAndTheReport_NameTheScenarioWhosePriorsItCalibrates_AndItsParents()
    {
        var folder = Path.Combine(_temp, "loo");
        var priors = Repository.Scenario("calibration.json");

        new ValidateScenario().Run(new ValidateRequest(Repository.Scenario("baseline.json"), 20, null, 1, folder, null, priors, 4, 2),
            SilentProgress.Instance, CancellationToken.None);

        var leaveOneOut = Manifest(folder)["leaveOneOut"]!;
        Assert.Equal(priors, (string?)leaveOneOut["scenarioFile"]);
        Assert.Equal(Sha256(priors), (string?)leaveOneOut["scenarioSha256"]);
        Assert.Equal(Sha256(Repository.Scenario("baseline.json")), (string?)leaveOneOut["extendsFiles"]![0]!["sha256"]);
        Assert.Equal((4, 2), ((int)leaveOneOut["particles"]!, (int)leaveOneOut["replicationsPerParticle"]!));
        Assert.Contains($"; the held-out checks calibrate the priors of `{priors}` (SHA-256 `{Sha256(priors)[..12]}…`), which extends ",
            File.ReadAllText(Path.Combine(folder, "validation.md")));
    }

    [Fact]
    public void AValidationAgain_ReplacesTheEarlierOne_AndARunRefusesItsFolder_KeepingIt()
    {
        var folder = Path.Combine(_temp, "validation");
        Validate(Repository.Scenario("baseline.json"), folder);
        Validate(Repository.Scenario("baseline.json"), folder);
        var before = Directory.GetFiles(folder).Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToList();

        Assert.Throws<ForeignFilesException>(() => new Runs.RunScenario().Run(new Runs.RunRequest(Repository.Scenario("smoke.json"), 10, 1, 1, folder),
            SilentProgress.Instance, CancellationToken.None));

        Assert.Equal(before, Directory.GetFiles(folder).Order(StringComparer.Ordinal).Select(File.ReadAllBytes));
    }

    [Fact]
    public void AValidationOfAnotherScenario_IsRefused_KeepingTheEarlierReport()
    {
        var (child, parent) = WhatIf();
        var folder = Path.Combine(_temp, "validation");
        Validate(parent, folder);
        var before = Directory.GetFiles(folder).Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToList();

        var refused = Assert.Throws<InvalidDataException>(() => Validate(child, folder));

        Assert.StartsWith($"'{folder}' holds the results of {parent}, another scenario than {child}", refused.Message);
        Assert.Equal(before, Directory.GetFiles(folder).Order(StringComparer.Ordinal).Select(File.ReadAllBytes));
    }

    [Theory]
    [InlineData("doc/VALIDATION.md", "its folder '{0}/doc' does not exist")]
    [InlineData("afile/VALIDATION.md", "'{0}/afile' is a file, not a folder")]
    public void AMarkdownFileThatCouldNotBeWritten_IsRefusedBeforeAnyCheckRuns(string markdown, string why)
    {
        File.WriteAllText(Path.Combine(_temp, "afile"), "mine");
        var folder = Path.Combine(_temp, "validation");
        var progress = new RecordingProgress();

        var refused = Assert.Throws<InvalidDataException>(() => new ValidateScenario().Run(
            new ValidateRequest(Repository.Scenario("smoke.json"), 30, null, 1, folder, Path.Combine(_temp, markdown)), progress, CancellationToken.None));

        Assert.Contains(string.Format(System.Globalization.CultureInfo.InvariantCulture, why, _temp), refused.Message);
        Assert.Empty(progress.Steps);
        Assert.False(Directory.Exists(folder));
        Assert.False(Directory.Exists(Path.Combine(_temp, "doc")));
    }

    // A what-if in the temporary folder that extends a copy of the baseline beside it: the parent can be edited.
    private (string Child, string Parent) WhatIf()
    {
        var parent = Path.Combine(_temp, "baseline.json");
        File.Copy(Repository.Scenario("baseline.json"), parent);
        var child = Path.Combine(_temp, "battery.json");
        File.WriteAllText(child, """{ "extends": "baseline.json", "name": "battery" }""");
        return (child, parent);
    }

    private static ValidationOutcome Validate(string scenario, string folder) =>
        new ValidateScenario().Run(new ValidateRequest(scenario, 30, null, 1, folder, null), SilentProgress.Instance, CancellationToken.None);

    private static JsonObject Manifest(string folder) => ManifestWriter.ReadObject(Path.Combine(folder, ManifestWriter.FileName))!;

    private static string Sha256(string path) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));
}
