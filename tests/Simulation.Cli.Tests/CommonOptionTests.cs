namespace Simulation.Cli.Tests;

/// <summary>The options every command shares behave alike: a bad value is refused with exit code 1, naming the option and
/// the value, before anything runs, and never with a stack trace.</summary>
public sealed class CommonOptionTests
{
    // The commands that run the model and write a folder of results.
    private static readonly string[][] Computing =
    [
        ["run", "scenarios/smoke.json"],
        ["sweep", "scenarios/experiments/smoke-sweep.json"],
        ["compare", "scenarios/roh-only.json", "scenarios/lee-only.json"],
        ["validate"],
        ["calibrate", "scenarios/calibration.json"],
        ["sensitivity", "scenarios/experiments/smoke-sweep.json"],
    ];

    public static TheoryData<string[]> Commands() => new(Computing);

    [Theory]
    [MemberData(nameof(Commands))]
    public void Threads_BelowOne_IsRefusedNamingTheValue(string[] command)
    {
        var (code, _, stderr) = Regsim.Run([.. command, "--threads", "0"]);

        Assert.Equal(1, code);
        Assert.Contains("--threads must be at least 1 (got 0).", stderr);
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void Threads_FarBeyondAnyMachine_IsRefusedNamingTheLimit(string[] command)
    {
        var (code, _, stderr) = Regsim.Run([.. command, "--threads", "100000"]);

        Assert.Equal(1, code);
        Assert.Contains("--threads must be at most 1024 (got 100000).", stderr);
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void Threads_ThatIsNotANumber_IsRefusedWithoutAStackTrace(string[] command)
    {
        var (code, _, stderr) = Regsim.Run([.. command, "--threads", "two"]);

        Assert.Equal(1, code);
        Assert.Contains("two", stderr);
        Assert.DoesNotContain("   at ", stderr);
    }

    [Theory]
    [InlineData("'frobnicate' is not a regsim command; the commands are run, ", "frobnicate")]
    [InlineData("Name a command: run, ")]
    public void AnUnknownOrMissingCommand_IsRefusedInOneLine_ListingTheCommands(string said, params string[] args)
    {
        var (code, stdout, stderr) = Regsim.Run(args);

        Assert.Equal(1, code);
        Assert.Empty(stdout);
        var lines = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith(said, lines[0]);
        Assert.Contains("validate", lines[0]);
        Assert.Equal("See 'regsim --help' for its arguments and options.", lines[1]);
    }

    [Fact]
    public void ARefusedCommandLine_PrintsEachErrorOnALineOfItsOwn_ThenWhereTheHelpIs_AndNothingElse()
    {
        var (code, stdout, stderr) = Regsim.Run("run", "scenarios/smoke.json", "-n", "abc", "--seed", "-1");

        Assert.Equal(1, code);
        Assert.Empty(stdout);
        Assert.Equal("--replications takes a whole number, not 'abc'.\n--seed must be at least 0 (got -1).\n"
            + "See 'regsim run --help' for its arguments and options.\n", stderr);
    }

    [Theory]
    [InlineData("--out needs a value, not ''.", "run", "scenarios/smoke.json", "--out", "")]
    [InlineData("--shard needs a value, not ''.\nSee 'regsim sweep --help'", "sweep", "scenarios/experiments/smoke-sweep.json", "--shard", "")] // once, not also as a malformed I/N
    [InlineData("--out needs a value, not '   '.", "compare", "scenarios/roh-only.json", "scenarios/lee-only.json", "--out", "   ")]
    [InlineData("Scenario file needs a file name, not ''.", "run", "")]
    [InlineData("Scenario file needs a file name, not ''.", "compare", "", "scenarios/lee-only.json")]
    [InlineData("--leave-one-out needs a file name, not ''.", "validate", "scenarios/smoke.json", "--leave-one-out", "")]
    [InlineData("--loo-particles sets the held-out refits, which only --leave-one-out runs", "validate", "scenarios/smoke.json", "--loo-particles", "5")]
    [InlineData("--replications must be at most 100000000 (10^8), as many as a scenario or a point may ask for (got 100000000000).", "run", "scenarios/smoke.json", "-n", "100000000000")]
    [InlineData("--replications must be at most 100000000 (10^8)", "run", "scenarios/smoke.json", "-n", "1000000000")]
    [InlineData("--replications must be at most 100000000 (10^8)", "calibrate", "scenarios/calibration.json", "-n", "2000000000")]
    [InlineData("--predictive-replications must be at most 100000000 (10^8)", "calibrate", "scenarios/calibration.json", "--predictive-replications", "2000000000")]
    [InlineData("--particles must be at most 1000000 (10^6)", "calibrate", "scenarios/calibration.json", "--particles", "2000000000")]
    [InlineData("--replications must be at most 100000000 (10^8)", "validate", "-n", "2000000000")]
    [InlineData("--bootstrap must be 0 (no intervals) or at least 20 resamples (got 1)", "sensitivity", "scenarios/experiments/smoke-sweep.json", "--bootstrap", "1")]
    public void ABlankOrMeaninglessValue_IsRefusedInOneLine_BeforeAnythingRuns(string said, params string[] args)
    {
        var (code, stdout, stderr) = Regsim.Run(args);

        Assert.Equal(1, code);
        Assert.Empty(stdout);
        Assert.StartsWith(said, stderr);
        Assert.DoesNotContain("   at ", stderr);
    }

    // A count option of each command, and the most it takes.
    public static TheoryData<string[], string> Counts() => new()
    {
        { new[] { "run", "scenarios/smoke.json", "-n" }, "100000000" },
        { new[] { "sweep", "scenarios/experiments/smoke-sweep.json", "--replications" }, "100000000" },
        { new[] { "compare", "scenarios/roh-only.json", "scenarios/lee-only.json", "-n" }, "100000000" },
        { new[] { "validate", "-n" }, "100000000" },
        { new[] { "eval", "scenarios/smoke.json", "-n" }, "100000000" },
        { new[] { "bench", "-n" }, "100000000" },
        { new[] { "calibrate", "scenarios/calibration.json", "--particles" }, "1000000" },
        { new[] { "sensitivity", "--priors", "scenarios/calibration.json", "--method", "sobol", "--base-samples" }, "1000000" },
        { new[] { "slurm", "calibrate", "scenarios/calibration.json", "--shards", "2", "--replications" }, "100000000" },
        { new[] { "slurm", "scenarios/experiments/smoke-sweep.json", "--shards" }, "2147483647" },
        { new[] { "run", "scenarios/smoke.json", "--threads" }, "1024" },
        { new[] { "slurm", "scenarios/experiments/smoke-sweep.json", "--shards", "2", "--threads-per-task" }, "1024" },
    };

    [Theory]
    [MemberData(nameof(Counts))]
    public void ACountFarPastWhatItsTypeHolds_IsRefusedInTheWordsOfOneJustPastTheOptionsLimit(string[] command, string most)
    {
        var past = (System.Numerics.BigInteger.Parse(most, System.Globalization.CultureInfo.InvariantCulture) + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

        var (nearCode, nearOut, near) = Regsim.Run([.. command, past]);
        var (farCode, farOut, far) = Regsim.Run([.. command, "1000000000000"]);

        Assert.Equal((1, 1), (nearCode, farCode));
        Assert.Equal((string.Empty, string.Empty), (nearOut, farOut));
        Assert.Contains($" must be at most {most}", far);
        Assert.Equal(near.Replace($"(got {past})", "(got 1000000000000)", StringComparison.Ordinal), far);
        Assert.EndsWith(" --help' for its arguments and options.\n", far);
    }

    [Theory]
    [InlineData("--replications must be at least 1 (got -1000000000000).", "run", "scenarios/smoke.json", "-n", "-1000000000000")]
    [InlineData("--trajectories must be at least 2 (got -99999999999).", "sensitivity", "scenarios/experiments/smoke-sweep.json", "--trajectories", "-99999999999")]
    public void ACountFarBelowWhatItsTypeHolds_IsRefusedByTheOptionsOwnLeast(string said, params string[] args)
    {
        var (code, _, stderr) = Regsim.Run(args);

        Assert.Equal(1, code);
        Assert.StartsWith(said + "\n", stderr);
    }

    public static TheoryData<string[]> FolderCommands() => new(Computing.Append(["slurm", "scenarios/experiments/smoke-sweep.json", "--shards", "2"]));

    [Theory]
    [MemberData(nameof(FolderCommands))]
    public void Out_ThatIsAFile_IsRefusedWithExitCode1_NamingIt_AndLeftAsItWas(string[] command)
    {
        var temp = Regsim.TempFolder();
        try
        {
            var file = Path.Combine(temp, "notes.txt");
            File.WriteAllText(file, "mine");

            var (code, _, stderr) = Regsim.Run([.. command, "--out", file]);

            Assert.Equal(1, code);
            Assert.Contains($"'{file}' is a file, not a folder", stderr);
            Assert.Equal("mine", File.ReadAllText(file));
            Assert.Equal([file], Directory.GetFileSystemEntries(temp));
        }
        finally
        {
            Directory.Delete(temp, recursive: true);
        }
    }

    public static TheoryData<string[]> TableCommands() => new(Computing.Where(c => c[0] != "validate"));

    [Theory]
    [MemberData(nameof(TableCommands))]
    public void Format_ThatIsNotCsvParquetOrBoth_IsRefusedNamingTheOption(string[] command)
    {
        var folder = Path.Combine(Path.GetTempPath(), "regsim-never-" + Guid.NewGuid().ToString("N"));

        var (code, _, stderr) = Regsim.Run([.. command, "--format", "xlsx", "--out", folder]);

        Assert.Equal(1, code);
        Assert.Contains("--format must be csv, parquet or both (got 'xlsx').", stderr);
        Assert.DoesNotContain("   at ", stderr);
        Assert.False(Directory.Exists(folder));
    }

    public static TheoryData<string[], string> ChoiceOptions() => new()
    {
        { new[] { "sensitivity", "scenarios/experiments/smoke-sweep.json", "--method", "sobolx" }, "--method must be morris or sobol (got 'sobolx')." },
        { new[] { "calibrate", "scenarios/calibration.json", "--sampler", "1" }, "--sampler must be tempered or importance (got '1')." },
        { new[] { "run", "scenarios/smoke.json", "--format", "Csv,Parquet" }, "--format must be csv, parquet or both (got 'Csv,Parquet')." },
    };

    [Theory]
    [MemberData(nameof(ChoiceOptions))]
    public void Choice_ThatNamesNoValue_IsRefusedListingTheValuesNotTheirType(string[] command, string message)
    {
        var (code, _, stderr) = Regsim.Run(command);

        Assert.Equal(1, code);
        Assert.Contains(message, stderr);
        Assert.DoesNotContain("Simulation.", stderr);
    }

    [Fact]
    public void Choice_IsReadInAnyCase_AndItsHelpShowsTheValuesInLowerCase()
    {
        var (code, stdout, _) = Regsim.Run(["sensitivity", "--help"]);
        Assert.Equal(0, code);
        Assert.Contains("--method <morris|sobol>", stdout);
        Assert.Contains("[default: morris]", stdout);

        var folder = Path.Combine(Path.GetTempPath(), "regsim-choice-" + Guid.NewGuid().ToString("N"));
        try
        {
            var (written, _, stderr) = Regsim.Run(["run", "scenarios/smoke.json", "-n", "20", "--quiet", "--format", "PARQUET", "--out", folder]);

            Assert.True(written == 0, stderr);
            Assert.True(File.Exists(Path.Combine(folder, "summary.parquet")), string.Join(", ", Directory.GetFileSystemEntries(folder)));
            Assert.False(File.Exists(Path.Combine(folder, "summary.csv")));
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    public static TheoryData<string[], string> MissingFiles() => new()
    {
        { new[] { "run", "no/such.json" }, "Scenario file 'no/such.json' does not exist." },
        { new[] { "run", "scenarios" }, "Scenario file 'scenarios' is a folder, not a file." },
        { new[] { "validate", "no/such.json" }, "Scenario file 'no/such.json' does not exist." },
        { new[] { "validate", "--leave-one-out", "no/such.json" }, "Scenario file 'no/such.json' given to --leave-one-out does not exist." },
        { new[] { "compare", "scenarios/smoke.json", "no/such.json" }, "Scenario file 'no/such.json' does not exist." },
        { new[] { "sweep", "no/such.json" }, "Experiment file 'no/such.json' does not exist." },
        { new[] { "calibrate", "no/such.json" }, "Scenario file 'no/such.json' does not exist." },
        { new[] { "sensitivity", "--priors", "no/such.json" }, "Scenario file 'no/such.json' given to --priors does not exist." },
        { new[] { "eval", "no/such.json" }, "Scenario file 'no/such.json' does not exist." },
        { new[] { "replay", "no/such.json" }, "Scenario file 'no/such.json' does not exist." },
        { new[] { "slurm", "no/such.json", "--shards", "2" }, "Experiment file 'no/such.json' does not exist." },
        { new[] { "bench", "--scenario", "no/such.json" }, "Scenario file 'no/such.json' given to --scenario does not exist." },
    };

    [Theory]
    [MemberData(nameof(MissingFiles))]
    public void MissingFile_IsABadArgument_InEveryCommand_NamingTheFile(string[] command, string message)
    {
        var (code, stdout, stderr) = Regsim.Run(command);

        Assert.Equal(1, code);
        Assert.Contains(message, stderr);
        Assert.Equal(string.Empty, stdout);
    }
}
