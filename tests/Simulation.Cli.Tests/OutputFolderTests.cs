using System.Text.Json.Nodes;
using Simulation.Experiments.Scenarios;
using Simulation.Output;
using Simulation.Output.Tables;

namespace Simulation.Cli.Tests;

/// <summary>
/// Where every command writes, through the real executable: a folder of the user's own is refused by each command alike,
/// a what-if never replaces the result of the scenario it extends, a Markdown file that could not be written is refused
/// before the work, and outcomes that could not fit on the disk before the run.
/// </summary>
public sealed class OutputFolderTests : IDisposable
{
    private readonly string _temp = Regsim.TempFolder();

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    public static TheoryData<string[]> Commands() => new()
    {
        new[] { "run", "scenarios/smoke.json", "-n", "5" },
        new[] { "sweep", "scenarios/experiments/smoke-sweep.json" },
        new[] { "sensitivity", "scenarios/experiments/smoke-sweep.json", "--trajectories", "2", "--output", "rent_dissipation" },
        new[] { "calibrate", "scenarios/calibration.json", "--particles", "4", "--replications", "2", "--moves", "1", "--sbc-records", "0" },
    };

    [SkippableFact]
    public void AnEarlierResultsFolderThatCannotBeWritten_IsRefusedBeforeTheRun_NotAfterIt()
    {
        // An immutable folder (chattr +i), which even root cannot write in or rename: skipped where chattr cannot set it.
        var folder = Path.Combine(_temp, "locked");
        Directory.CreateDirectory(folder);
        Skip.IfNot(Chattr("+i", folder), "chattr +i is not available here (not root, or a file system without the flag)");
        try
        {
            // Enough replications that a refusal after the run would take seconds, where one before it takes none of them.
            var (code, _, stderr) = Regsim.Run("run", "scenarios/baseline.json", "-n", "200000", "--out", folder, "--quiet");

            Assert.Equal(3, code);
            Assert.Contains($"cannot write in '{folder}'", stderr);
            Assert.Contains("give another --out", stderr);
            Assert.DoesNotContain("Results in", stderr);
            Assert.Empty(Directory.GetFileSystemEntries(folder));
            Assert.Equal([folder], Directory.GetDirectories(_temp)); // no staging folder left beside it
        }
        finally
        {
            Chattr("-i", folder);
        }
    }

    [SkippableTheory]
    [InlineData("sweep", "scenarios/experiments/smoke-sweep.json")]
    [InlineData("sensitivity", "scenarios/experiments/smoke-sweep.json", "--trajectories", "2", "--output", "rent_dissipation")]
    public void ACommandWritingAsItGoes_IntoAFolderItCannotWrite_NamesThatFolder_NotItsOwnLockFile(params string[] command)
    {
        var parent = Path.Combine(_temp, "locked");
        var existing = Path.Combine(parent, "existing");
        Directory.CreateDirectory(existing);
        Skip.IfNot(Chattr("+i", existing), "chattr +i is not available here (not root, or a file system without the flag)");
        try
        {
            var (code, _, stderr) = Regsim.Run([.. command, "--out", existing, "--quiet"]);

            Assert.Equal(3, code);
            Assert.Contains($"cannot write in '{existing}' (no permission)", stderr);
            Assert.DoesNotContain(JournalLock.Name, stderr);
            Assert.Empty(Directory.GetFileSystemEntries(existing));
        }
        finally
        {
            Chattr("-i", existing);
        }
        Assert.True(Chattr("+i", parent));
        try
        {
            var (code, _, stderr) = Regsim.Run([.. command, "--out", Path.Combine(parent, "new"), "--quiet"]);

            Assert.Equal(3, code);
            Assert.Contains($"no permission to create a folder in '{parent}'", stderr);
            Assert.DoesNotContain("Access to the path", stderr);
        }
        finally
        {
            Chattr("-i", parent);
        }
    }

    private static bool Chattr(string flag, string path)
    {
        try
        {
            using var chattr = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("chattr", [flag, path])
            {
                RedirectStandardError = true,
                RedirectStandardOutput = true,
            })!;
            chattr.WaitForExit();
            return chattr.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false; // no chattr
        }
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void EveryCommand_RefusesAFolderOfTheUsersOwnFiles_BeforeAnyWork_AndKeepsThem(string[] command)
    {
        var folder = Path.Combine(_temp, "notes");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "notes.txt"), "mine");

        var (code, _, stderr) = Regsim.Run([.. command, "--out", folder, "--quiet"]);

        Assert.Equal(1, code);
        Assert.Contains($"'{folder}' holds files that are not an earlier result (notes.txt); ", stderr);
        Assert.Equal(["notes.txt"], Directory.GetFileSystemEntries(folder).Select(Path.GetFileName));
        Assert.Equal([folder], Directory.GetDirectories(_temp));
    }

    [Fact]
    public void AWhatIfWithoutAName_IsRefusedItsParentsDefaultFolder_WhetherOrNotThatHoldsAResultYet()
    {
        var smoke = Path.Combine(Regsim.Root, "scenarios", "smoke.json");
        var whatIf = Path.Combine(_temp, "noname.json");
        File.WriteAllText(whatIf, $$"""{ "extends": "{{smoke}}", "description": "a what-if that keeps its parent's name" }""");
        string Refusal(string folder) => $"{whatIf} gives itself no \"name\", so it keeps 'smoke' from {smoke}, and its results would go to '{folder}', "
            + "the folder of that scenario's; give it a \"name\" of its own (its results then go to a folder named after it) or give --out\n";

        // Before the parent has a result there: taking the folder would make the parent's own next run the one refused.
        var (first, firstOut, firstWhy) = Run(whatIf, "-n", "5");
        Assert.Equal((1, "", Refusal(Path.Combine("output", "smoke"))), (first, firstOut, firstWhy));
        Assert.False(Directory.Exists(Path.Combine(_temp, "output")), "nothing written");

        Assert.Equal(0, Run(smoke, "-n", "20").ExitCode);
        var manifest = Path.Combine(_temp, "output", "smoke", ManifestWriter.FileName);
        var before = File.ReadAllText(manifest);
        var (code, _, stderr) = Run(whatIf, "-n", "5");
        var (validated, _, why) = Regsim.Start(Regsim.Command, _temp, TimeSpan.FromMinutes(5), ["validate", whatIf, "-n", "20", "-q"]);
        var (named, _, _) = Run(whatIf, "-n", "5", "--out", Path.Combine(_temp, "mine"));

        Assert.Equal((1, Refusal(Path.Combine("output", "smoke"))), (code, stderr));
        Assert.Equal(before, File.ReadAllText(manifest));
        Assert.Equal((1, Refusal(Path.Combine("output", "smoke-validation"))), (validated, why));
        Assert.Equal(0, named); // a folder of its own, given with --out, is the user's choice
    }

    [Theory]
    [InlineData("validate", "doc/VALIDATION.md", "its folder 'doc' does not exist; create it first, or correct the path")]
    [InlineData("validate", "afile/x.md", "'afile' is a file, not a folder")]
    [InlineData("calibrate", "afile/x.md", "'afile' is a file, not a folder")]
    [InlineData("sensitivity", "doc/VALIDATION.md", "its folder 'doc' does not exist; create it first, or correct the path")]
    public void AMarkdownPathThatCouldNotBeWritten_IsRefusedBeforeTheWork_NamingItsFolder(string command, string markdown, string why)
    {
        File.WriteAllText(Path.Combine(_temp, "afile"), "mine");
        var scenario = Path.Combine(Regsim.Root, "scenarios", command == "validate" ? "smoke.json" : "calibration.json");
        string[] args = command switch
        {
            "validate" => ["validate", scenario, "-n", "20"],
            "calibrate" => ["calibrate", scenario, "--particles", "4", "--replications", "2", "--moves", "1", "--sbc-records", "0"],
            _ => ["sensitivity", "--priors", scenario, "--trajectories", "2", "--replications", "2", "--output", "rent_dissipation"],
        };

        var (code, _, stderr) = Regsim.Start(Regsim.Command, _temp, TimeSpan.FromMinutes(5), [.. args, "--markdown", markdown, "--out", "results", "-q"]);

        Assert.Equal(1, code);
        Assert.EndsWith($"cannot write the Markdown file '{markdown}': {why}\n", stderr);
        Assert.Equal(["afile"], Directory.GetFileSystemEntries(_temp).Select(Path.GetFileName));
    }

    [SkippableFact]
    public void OutcomesThatCouldNotFitOnTheDisk_AreRefusedBeforeTheRun_SuggestingWhatFits()
    {
        var baseline = ScenarioLoader.Load(Path.Combine(Regsim.Root, "scenarios", "baseline.json")).Model;
        var free = new DriveInfo(_temp).AvailableFreeSpace;
        Skip.If(OutcomeFileSize.LowEstimate(baseline, 100_000_000, OutputFormat.Csv) <= free, "this disk could hold the outcomes of 10^8 replications");
        var folder = Path.Combine(_temp, "huge");

        var (code, stdout, stderr) = Regsim.Run(TimeSpan.FromMinutes(1), "run", "scenarios/baseline.json", "-n", "100000000", "--out", folder, "-q");

        Assert.Equal(1, code);
        Assert.Empty(stdout);
        Assert.Matches($"^outcomes\\.csv of 100,000,000 replications × 3 regime modes would take at least [0-9.]+ [GT]B, more than the [0-9.]+ [kMGT]B free on the disk of "
            + $"'{System.Text.RegularExpressions.Regex.Escape(folder)}'; give --no-outcomes \\(the summaries, win probabilities and plots are unchanged\\) or fewer "
            + "replications \\(--replications\\)\n$", stderr);
        Assert.Empty(Directory.GetFileSystemEntries(_temp));
    }

    // regsim run in the temporary folder, so that its default folder, output/<name>/, is there.
    private (int ExitCode, string Out, string Error) Run(string scenario, params string[] options) =>
        Regsim.Start(Regsim.Command, _temp, TimeSpan.FromMinutes(5), ["run", scenario, .. options, "-q"]);
}
