using System.Diagnostics;

namespace Simulation.Cli.Tests;

/// <summary>docs/VALIDATION.md quotes results; it must be exactly what scripts/docs/validation.sh makes of the code at HEAD,
/// so a change to the model that moves a number fails here until the document is regenerated.</summary>
public sealed class ValidationDocumentTests : IDisposable
{
    private readonly string _temp = Regsim.TempFolder();

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [Fact]
    public async Task CommittedDocument_IsWhatTheScriptProducesFromTheCode()
    {
        // The script runs in a copy of the repository's layout, so the committed file is never touched.
        Directory.CreateDirectory(Path.Combine(_temp, "docs"));
        var committed = Path.Combine(Regsim.Root, "docs", "VALIDATION.md");
        var copy = Path.Combine(_temp, "docs", "VALIDATION.md");
        File.Copy(committed, copy);
        Directory.CreateSymbolicLink(Path.Combine(_temp, "scenarios"), Path.Combine(Regsim.Root, "scenarios"));
        var start = new ProcessStartInfo("bash") { WorkingDirectory = _temp, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(Regsim.Root, "scripts", "docs", "validation.sh"));
        start.Environment["REGSIM"] = $"dotnet {Path.Combine(AppContext.BaseDirectory, "regsim.dll")}";

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(30));
        await process.WaitForExitAsync(timeout.Token);

        Assert.True(process.ExitCode == 0, await output + await error);
        var expected = File.ReadAllLines(committed);
        var produced = File.ReadAllLines(copy);
        var first = Enumerable.Range(0, Math.Min(expected.Length, produced.Length)).FirstOrDefault(i => expected[i] != produced[i], -1);
        Assert.True(first < 0 && expected.Length == produced.Length,
            first < 0
                ? $"docs/VALIDATION.md has {expected.Length} lines, the script makes {produced.Length}: run scripts/docs/validation.sh"
                : $"docs/VALIDATION.md differs from what scripts/docs/validation.sh makes, first at line {first + 1}:\n  committed: {expected[first]}\n  produced:  {produced[first]}");
    }
}
