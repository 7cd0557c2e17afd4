using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Simulation.Cli.Tests;

/// <summary>
/// Refactoring guard: the files of <c>regsim run</c> and <c>regsim validate</c> on the baseline at a fixed seed must stay
/// byte for byte what they were when <c>Golden/baseline.sha256</c> was written, whatever is restructured underneath.
/// Provenance that changes from run to run (start time, wall time, memory, threads) is blanked first. When the model is
/// changed on purpose, refresh the file with <c>REGSIM_REFRESH_GOLDEN=1 dotnet test --filter GoldenOutputTests</c> and
/// commit it with the change that explains it.
/// </summary>
public sealed partial class GoldenOutputTests : IDisposable
{
    private static readonly string GoldenFile = Path.Combine(Regsim.Root, "tests", "Simulation.Cli.Tests", "Golden", "baseline.sha256");
    private readonly string _temp = Regsim.TempFolder();

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [Fact]
    public void RunAndValidate_OnTheBaselineAtAFixedSeed_WriteTheGoldenBytes()
    {
        var run = Path.Combine(_temp, "run");
        var validate = Path.Combine(_temp, "validate");
        var r = Regsim.Run("run", "scenarios/baseline.json", "-n", "200", "--seed", "7", "--out", run, "-q");
        Assert.True(r.ExitCode == 0, r.Error);
        var v = Regsim.Run("validate", "-n", "200", "--seed", "7", "--out", validate, "-q");
        Assert.True(v.ExitCode is 0 or 4, v.Error);

        var actual = Digest("run", run) + Digest("validate", validate);

        if (Environment.GetEnvironmentVariable("REGSIM_REFRESH_GOLDEN") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(GoldenFile)!);
            File.WriteAllText(GoldenFile, actual);
        }
        Assert.True(File.Exists(GoldenFile), $"{GoldenFile} is missing; write it with REGSIM_REFRESH_GOLDEN=1");
        Assert.Equal(File.ReadAllText(GoldenFile), actual);
    }

    // One line per file, "sha256  command/relative-path", in ordinal order; manifest.json holds only provenance and is skipped,
    // and so are the PNG plots, rasterised copies of the SVG ones whose pixels may depend on the native renderer's version.
    private static string Digest(string command, string folder)
    {
        var lines = new StringBuilder();
        foreach (var path in Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var name = Path.GetRelativePath(folder, path).Replace('\\', '/');
            if (name == "manifest.json" || name.EndsWith(".png", StringComparison.Ordinal))
            {
                continue;
            }
            var bytes = File.ReadAllBytes(path);
            if (name.EndsWith(".html", StringComparison.Ordinal) || name.EndsWith(".md", StringComparison.Ordinal))
            {
                bytes = Encoding.UTF8.GetBytes(Provenance().Replace(Encoding.UTF8.GetString(bytes), "$1…$2"));
            }
            lines.Append(Convert.ToHexStringLower(SHA256.HashData(bytes))).Append("  ").Append(command).Append('/').Append(name).Append('\n');
        }
        return lines.ToString();
    }

    // The manifest rows of report.html that say which build, when, how fast and on how many threads a run went.
    [GeneratedRegex("(<th scope=\"row\">(?:Tool version|Threads|Started \\(UTC\\)|Wall time|Peak working set)</th><td><code>)[^<]*(</code>)")]
    private static partial Regex Provenance();
}
