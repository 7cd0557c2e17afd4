using System.Runtime.InteropServices;
using System.Runtime.Versioning;

namespace Simulation.Cli.Tests;

/// <summary>
/// The self-contained binary of the <c>linux-x64</c> publish profile, as a cluster node without .NET runs it: one file,
/// started with an empty environment (and, where the test may, with the .NET installation hidden), writing the same
/// bytes as <c>dotnet run</c>.
/// </summary>
[Collection(PublishedRegsimCollection.Name)]
[SupportedOSPlatform("linux")]
public sealed class PublishedBinaryTests(PublishedRegsim published) : IDisposable
{
    private readonly string _temp = Regsim.TempFolder();

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [Fact]
    public void Publish_WritesOneExecutableFile()
    {
        var binary = published.Binary;

        Assert.Equal(["regsim"], Directory.GetFileSystemEntries(published.Folder).Select(Path.GetFileName));
        Assert.NotEqual(UnixFileMode.None, File.GetUnixFileMode(binary) & UnixFileMode.UserExecute);
    }

    [Fact]
    public void PublishedBinary_WithAnEmptyEnvironment_WritesTheCsvOfTheBuiltRegsim()
    {
        string[] run = ["run", "scenarios/smoke.json", "--seed", "7", "--quiet"];

        var single = published.Run(NoDotnetEnvironment(), [.. run, "--out", Path.Combine(_temp, "single")]);
        var built = Regsim.Run([.. run, "--out", Path.Combine(_temp, "built")]);

        Assert.True(single.ExitCode == 0, single.Error);
        Assert.True(built.ExitCode == 0, built.Error);
        foreach (var file in new[] { "outcomes.csv", "summary.csv", "win_probabilities.csv" })
        {
            Assert.True(File.ReadAllBytes(Path.Combine(_temp, "built", file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(_temp, "single", file))), $"{file} differs");
        }
    }

    [SkippableFact]
    public void PublishedBinary_RunsWhereNoDotnetIsInstalled()
    {
        // The .NET installation running these tests, hidden under an empty tmpfs in a mount namespace of the child alone.
        var dotnet = Path.GetFullPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", ".."));
        var hidden = CanHide(dotnet);
        Skip.If(hidden is not null, $"cannot hide {dotnet} from a child process (this needs root and unshare): {hidden}");
        var output = Path.Combine(_temp, "hidden");

        var run = Regsim.Start(["unshare", "--mount", "sh", "-c", "mount -t tmpfs none \"$0\" && exec env -i \"$@\"", dotnet, $"HOME={_temp}", published.Binary],
            Regsim.Root, TimeSpan.FromMinutes(5), ["run", "scenarios/smoke.json", "--seed", "7", "--quiet", "--out", output]);

        Assert.True(run.ExitCode == 0, $"{run.Error}{run.Out}");
        Assert.True(File.Exists(Path.Combine(output, "summary.csv")));
        Assert.True(Directory.EnumerateFiles(Path.Combine(output, "plots"), "*.png").Any(), "no plots: the bundled SkiaSharp did not load");
    }

    // Null when a child can run with the folder hidden, otherwise why not.
    private string? CanHide(string folder)
    {
        try
        {
            var probe = Regsim.Start(["unshare", "--mount", "sh", "-c", "mount -t tmpfs none \"$0\" && ! ls \"$0\"/dotnet 2>/dev/null", folder], _temp, TimeSpan.FromSeconds(30), []);
            return probe.ExitCode == 0 ? null : $"exit {probe.ExitCode} {probe.Error}";
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return e.Message;
        }
    }

    // What a job on a node without .NET may have: no DOTNET_ROOT, no PATH, a home of its own for the unpacked native
    // libraries.
    private Dictionary<string, string> NoDotnetEnvironment() => new() { ["HOME"] = _temp };
}
