using System.Diagnostics;

namespace Simulation.Cli.Tests;

/// <summary>On a real full disk (a small tmpfs, which only root can mount): the failure is said in the user's terms, naming
/// the folder asked for rather than a staging file, with exit code 3, and a run leaves nothing behind.</summary>
public sealed class FullDiskTests : IDisposable
{
    private readonly string _disk = Regsim.TempFolder();
    private bool _mounted;

    public void Dispose()
    {
        if (_mounted)
        {
            Mount("umount", _disk);
        }
        Directory.Delete(_disk, recursive: true);
    }

    [SkippableFact]
    public void ARunOntoAFullDisk_SaysTheDiskIsFull_AndLeavesNothing()
    {
        Skip.IfNot(Environment.UserName == "root" && File.Exists("/bin/mount"), "mounting a small tmpfs needs root");
        _mounted = Mount("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", _disk);
        Skip.IfNot(_mounted, "this machine does not let root mount a tmpfs");
        var results = Path.Combine(_disk, "results");

        var (code, _, stderr) = Regsim.Run("run", "scenarios/smoke.json", "-n", "200", "--no-outcomes", "--out", results, "--quiet");

        Assert.Equal(3, code);
        Assert.StartsWith($"Failed to write to '{results}': the disk that holds it is full (", stderr.Trim(), StringComparison.Ordinal);
        Assert.DoesNotContain(".partial", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(_disk));
    }

    [SkippableFact]
    public void ASweepOntoADiskThatFillsWhileDrawing_KeepsItsRows_AndLeavesNoHalfSetOfPlots()
    {
        Skip.IfNot(Environment.UserName == "root" && File.Exists("/bin/mount"), "mounting a small tmpfs needs root");
        _mounted = Mount("mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", _disk);
        Skip.IfNot(_mounted, "this machine does not let root mount a tmpfs");
        var results = Path.Combine(_disk, "sweep"); // 256 KiB: room for the rows, the manifest and a plot or two, not for all of them

        var (code, _, stderr) = Regsim.Run("sweep", "scenarios/experiments/smoke-sweep.json", "--out", results, "--quiet");

        Assert.Equal(3, code);
        Assert.Contains("the disk that holds it is full", stderr, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(results, "sweep.csv")), "the rows, kept for the sweep to resume, are gone");
        var plots = Path.Combine(results, "plots");
        Assert.Empty(Directory.Exists(plots) ? Directory.EnumerateFiles(plots) : []);
    }

    private static bool Mount(string command, params string[] args)
    {
        using var process = Process.Start(new ProcessStartInfo(command, args) { RedirectStandardError = true, RedirectStandardOutput = true })!;
        process.WaitForExit();
        return process.ExitCode == 0;
    }
}
