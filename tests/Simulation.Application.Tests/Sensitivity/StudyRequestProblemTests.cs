using Simulation.Application.Sensitivity;
using Simulation.Application.Sweeps;
using Simulation.Experiments.Sensitivity;
using Simulation.Experiments.Tests;

namespace Simulation.Application.Tests.Sensitivity;

/// <summary>
/// What is wrong with a study's request is said in the request's own terms before any point runs: an output or a regime
/// mode the scenario does not have names the option that gave it, what it takes and the value; a folder holding a sweep's
/// rows says so once.
/// </summary>
public sealed class StudyRequestProblemTests : IDisposable
{
    private static readonly string Experiment = Path.Combine(Repository.Root, "scenarios", "experiments", "smoke-sweep.json");

    private readonly string _temp = Directory.CreateTempSubdirectory("regsim-study-request-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [Fact]
    public void AnOutputTheScenarioDoesNotHave_IsRefusedNamingTheOutputOption_AndWhatItTakes()
    {
        var e = Assert.Throws<OptionValueException>(() => AnalyseSensitivity.Plan(Request(["gini"], null)));

        Assert.Equal("--output", e.Option);
        Assert.StartsWith("--output takes an outcome metric (such as ", e.Message, StringComparison.Ordinal);
        Assert.EndsWith("not 'gini'.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AMisspeltOutput_IsRefusedWithTheNearestName()
    {
        var e = Assert.Throws<OptionValueException>(() => AnalyseSensitivity.Plan(Request(["win_medicalComplex_daegy"], null)));

        Assert.EndsWith("not 'win_medicalComplex_daegy': did you mean 'win_medicalComplex_daegu'?", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("leee", "not 'leee': did you mean 'lee'?")]
    [InlineData("nowhere", "not 'nowhere'.")]
    public void ARegimeModeTheScenarioDoesNotRun_IsRefusedNamingTheRegimeOption_AndTheModesItRuns(string regime, string ending)
    {
        var e = Assert.Throws<OptionValueException>(() => AnalyseSensitivity.Plan(Request([], regime)));

        Assert.Equal("--regime", e.Option);
        Assert.Equal($"--regime takes a regime mode the scenario runs (timeline, roh, lee), {ending}", e.Message);
    }

    [Fact]
    public void AStudyIntoASweepsFolder_IsToldOnceThatItHoldsASweepsRows_AndLeavesThem()
    {
        var folder = Path.Combine(_temp, "sweep");
        new SweepExperiment().Run(new SweepRequest(Experiment, folder, 1, null, Replications: 1), SilentProgress.Instance, CancellationToken.None);
        var rows = File.ReadAllBytes(Path.Combine(folder, "sweep.csv"));

        var e = Assert.Throws<InvalidDataException>(() => new AnalyseSensitivity().Run(Request(["rent_dissipation"], null) with { OutputDirectory = folder },
            SilentProgress.Instance, CancellationToken.None));

        Assert.StartsWith($"'{folder}' holds a sweep's rows (smoke-sweep of {Experiment}), not this study's points. Use another --out folder", e.Message, StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(e.Message, "sweep's rows"));
        Assert.Equal(rows, File.ReadAllBytes(Path.Combine(folder, "sweep.csv")));
    }

    [Fact]
    public void ASobolStudyOfMorePriorsThanItsDesignTakes_IsRefusedNamingTheLimit_AndMorrisFirst()
    {
        var request = new SensitivityRequest(null, Path.Combine(Repository.Root, "scenarios", "assumptions.json"), SensitivityMethod.Sobol, [], null, 2, 256, 0, 2,
            null, 1, Path.Combine(_temp, "never"), null);

        var e = Assert.Throws<OptionValueException>(() => AnalyseSensitivity.Plan(request));

        Assert.Equal("--method", e.Option);
        Assert.Equal($"--method sobol takes at most {SaltelliDesign.MaxFactors} factors (Saltelli's design uses two Sobol dimensions for each, of the sequence's 256), "
            + "and this study has 167 priors: screen them with --method morris, then run Sobol on an experiment of the few that matter.", e.Message);
        Assert.False(Directory.Exists(Path.Combine(_temp, "never")));
        // The baseline's 97 priors fit, at the README's size.
        Assert.Equal(256 * 99, AnalyseSensitivity.Plan(request with { PriorsPath = Path.Combine(Repository.Root, "scenarios", "baseline.json") }).Points);
    }

    [Fact]
    public void ASobolDesignLargerThanHalfTheMemory_IsRefusedBeforeItIsPlanned()
    {
        const double SixteenGiB = 16.0 * (1 << 30);
        var e = Assert.Throws<OptionValueException>(() => SobolDesignSize.Check(117, 1_000_000, "priors", SixteenGiB));

        Assert.Equal("--base-samples", e.Option);
        Assert.Equal("--base-samples 1000000 with 117 priors makes 119,000,000 design points, which take about 108.2 GiB of memory, "
            + "more than half of what this machine gives the process (16.0 GiB): use fewer base samples, or fewer factors.", e.Message);
        SobolDesignSize.Check(117, 256, "priors", SixteenGiB); // the README's size
        Assert.Throws<OptionValueException>(() => SobolDesignSize.Check(117, 8192, "priors", 1.5 * (1 << 30))); // about 0.9 GiB, over half of 1.5
    }

    private static SensitivityRequest Request(IReadOnlyList<string> outputs, string? regime) =>
        new(Experiment, null, SensitivityMethod.Morris, outputs, regime, 2, 4, 0, null, null, 1, Path.Combine(Path.GetTempPath(), "never-" + Guid.NewGuid().ToString("N")), null);
}
