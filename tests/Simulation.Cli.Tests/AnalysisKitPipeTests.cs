namespace Simulation.Cli.Tests;

/// <summary>A kit whose output is piped into a reader that stops early (<c>head</c>) stops quietly, as <c>cat</c> does: no
/// traceback or R error on standard error.</summary>
public sealed class AnalysisKitPipeTests(AnalysisFolders folders) : IClassFixture<AnalysisFolders>
{
    [SkippableTheory]
    [InlineData(AnalysisKit.Python)]
    [InlineData(AnalysisKit.R)]
    public void PipedIntoHead_TheKitStopsWithoutAnError(string kit)
    {
        AnalysisKit.SkipUnlessInstalled(kit);
        var script = Path.Combine(Regsim.Root, "analysis", kit == AnalysisKit.Python ? "python/regsim.py" : "R/regsim.R");
        var program = kit == AnalysisKit.Python ? AnalysisKit.PythonProgram! : "Rscript";
        // The JSON of a run is far longer than a pipe holds, so the kit is still writing when head has gone.
        var line = $"'{program}' '{script}' '{folders.Run}' --json | head -c 1 >/dev/null";

        var (code, _, error) = AnalysisKit.Start("bash", ["-c", line]);

        Assert.Equal(0, code); // head's
        Assert.True(error.Length == 0, error);
    }
}
