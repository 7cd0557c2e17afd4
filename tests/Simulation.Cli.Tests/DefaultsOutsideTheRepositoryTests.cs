namespace Simulation.Cli.Tests;

/// <summary>Run from another folder (the self-contained binary, say), a command whose default file or folder is the
/// repository's says that the default was not found there, not that an option nobody gave names a missing file.</summary>
public sealed class DefaultsOutsideTheRepositoryTests : IDisposable
{
    private readonly string _elsewhere = Directory.CreateTempSubdirectory("regsim-elsewhere-").FullName;

    public void Dispose() => Directory.Delete(_elsewhere, recursive: true);

    [Fact]
    public void BenchsDefaultScenario_IsSaidToBeTheDefault()
    {
        var (code, _, stderr) = Regsim.Start(Regsim.Command, _elsewhere, TimeSpan.FromMinutes(2), ["bench", "--quick"]);

        Assert.Equal(1, code);
        Assert.StartsWith("Scenario file 'scenarios/baseline.json' (the default of --scenario, read from the folder regsim runs in) does not exist here; "
            + "give --scenario, or run from the repository's folder.", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void ServesDefaultScenariosFolder_IsSaidToBeTheDefault()
    {
        var (code, _, stderr) = Regsim.Start(Regsim.Command, _elsewhere, TimeSpan.FromMinutes(2), ["serve", "--port", "5999"]);

        Assert.Equal(1, code);
        Assert.StartsWith("Scenarios folder 'scenarios' does not exist (the default, read from the folder regsim runs in: run it from the repository's folder).",
            stderr, StringComparison.Ordinal);
    }
}
