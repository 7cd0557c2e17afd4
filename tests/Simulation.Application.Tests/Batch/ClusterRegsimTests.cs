using Simulation.Application.Batch;
using Simulation.Experiments;

namespace Simulation.Application.Tests.Batch;

/// <summary>
/// Which regsim the Slurm scripts call: <c>--regsim</c>, else the running single-file binary, else the nearest
/// published <c>dist/linux-x64/regsim</c> above the working folder or the running regsim, else the running command.
/// Built on a temporary folder laid out as a checkout.
/// </summary>
public sealed class ClusterRegsimTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("regsim-cluster-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    private string Checkout => Path.Combine(_temp, "checkout");

    // dotnet …/checkout/src/Simulation.Cli/bin/Debug/net10.0/regsim.dll, as `dotnet run` starts it.
    private string BuiltDll => Path.Combine(Checkout, "src", "Simulation.Cli", "bin", "Debug", "net10.0", "regsim.dll");

    [Fact]
    public void NothingPublished_TheRunningCommandIsUsed()
    {
        var running = Running(workingDirectory: Checkout);

        var chosen = ClusterRegsim.Choose(null, running);

        Assert.Equal(ClusterRegsimSource.RunningCommand, chosen.Source);
        Assert.Equal($"/usr/bin/dotnet {BuiltDll}", chosen.Command);
        Assert.Null(chosen.Binary);
    }

    [Fact]
    public void PublishedAboveTheWorkingFolder_IsUsed()
    {
        var published = Executable(Path.Combine(Checkout, "dist", "linux-x64", "regsim"));

        var chosen = ClusterRegsim.Choose(null, Running(workingDirectory: Directory.CreateDirectory(Path.Combine(Checkout, "scenarios", "experiments")).FullName));

        Assert.Equal(ClusterRegsimSource.PublishedBinary, chosen.Source);
        Assert.Equal(published, chosen.Command);
        Assert.Equal(published, chosen.Binary);
    }

    [Fact]
    public void PublishedInTheRunningRegsimsCheckout_IsUsedFromAnyWorkingFolder()
    {
        var published = Executable(Path.Combine(Checkout, "dist", "linux-x64", "regsim"));

        var chosen = ClusterRegsim.Choose(null, Running(workingDirectory: Directory.CreateDirectory(Path.Combine(_temp, "elsewhere")).FullName));

        Assert.Equal(published, chosen.Binary);
    }

    [Fact]
    public void TheNearestPublishedBinary_WinsOverTheCheckouts()
    {
        Executable(Path.Combine(Checkout, "dist", "linux-x64", "regsim"));
        var project = Path.Combine(_temp, "project");
        var nearer = Executable(Path.Combine(project, "dist", "linux-x64", "regsim"));

        Assert.Equal(nearer, ClusterRegsim.Choose(null, Running(workingDirectory: project)).Binary);
    }

    [Fact]
    public void PublishedBeforeTheLastBuild_IsMarkedOlder()
    {
        var published = Executable(Path.Combine(Checkout, "dist", "linux-x64", "regsim"));
        var running = Running(workingDirectory: Checkout);

        File.SetLastWriteTimeUtc(published, File.GetLastWriteTimeUtc(BuiltDll).AddMinutes(-1));
        Assert.True(ClusterRegsim.Choose(null, running).OlderThanRunning);
        File.SetLastWriteTimeUtc(published, File.GetLastWriteTimeUtc(BuiltDll).AddMinutes(1));
        Assert.False(ClusterRegsim.Choose(null, running).OlderThanRunning);
    }

    [Fact]
    public void ARunningSingleFileBinary_ChoosesItself_OverAPublishedOne()
    {
        Executable(Path.Combine(Checkout, "dist", "linux-x64", "regsim"));
        var self = Executable(Path.Combine(_temp, "my tools", "regsim"));

        var chosen = ClusterRegsim.Choose(null, new RunningRegsim([self], IsSingleFile: true, Checkout, _temp));

        Assert.Equal(ClusterRegsimSource.RunningBinary, chosen.Source);
        Assert.Equal($"'{self}'", chosen.Command);
        Assert.Equal(self, chosen.Binary);
    }

    [Fact]
    public void TheOption_WinsOverEverything_AndARelativeOrHomePathIsMadeAbsolute()
    {
        Executable(Path.Combine(Checkout, "dist", "linux-x64", "regsim"));
        var tool = Executable(Path.Combine(_temp, "bin", "regsim"));
        var running = new RunningRegsim([Executable(Path.Combine(_temp, "self"))], IsSingleFile: true, Path.Combine(_temp, "bin"), Home: _temp);

        Assert.Equal($"{tool} --quiet", ClusterRegsim.Choose("./regsim --quiet", running).Command);
        Assert.Equal(tool, ClusterRegsim.Choose("~/bin/regsim", running).Command);
        Assert.Equal(ClusterRegsimSource.Option, ClusterRegsim.Choose("~/bin/regsim", running).Source);
        Assert.Null(ClusterRegsim.Choose("~/bin/regsim", running).Binary);
    }

    [Fact]
    public void AnAssemblyRunByDotnet_MustExist_AndIsMadeAbsolute()
    {
        var dll = Path.Combine(_temp, "tools", "regsim.dll");
        Directory.CreateDirectory(Path.GetDirectoryName(dll)!);
        File.WriteAllText(dll, "");
        var running = Running(workingDirectory: _temp);

        Assert.Equal($"dotnet {dll} --quiet", ClusterRegsim.Choose("dotnet tools/regsim.dll --quiet", running).Command);
        Assert.Equal($"dotnet {dll}", ClusterRegsim.Choose($"dotnet {dll}", running).Command);
        var e = Assert.Throws<InputConflictException>(() => ClusterRegsim.Choose("dotnet tools/regsm.dll", running));
        Assert.Equal($"--regsim runs '{Path.Combine(_temp, "tools", "regsm.dll")}' with dotnet, and that file does not exist; the nodes run it by that path, so it must exist here too.", e.Message);
    }

    [Theory]
    [InlineData("printf '%s\\n'")]
    [InlineData("$HOME/bin/regsim")]
    public void AnOptionTheNodesLookUpOrExpand_IsWrittenAsGiven(string option)
    {
        var chosen = ClusterRegsim.Choose(option, Running(workingDirectory: _temp));

        Assert.Equal(option, chosen.Command);
        Assert.Equal(ClusterRegsimSource.Option, chosen.Source);
    }

    [Theory]
    [InlineData("missing/regsim", "--regsim names '{temp}/missing/regsim', which does not exist")]
    [InlineData("./", "--regsim names the folder '{temp}', not a program.")]
    [InlineData("./plain.txt --quiet", "--regsim names '{temp}/plain.txt', which is not executable")]
    [InlineData("'/opt/regsim", "--regsim has a single quote that is not closed")]
    public void ABadOptionPath_IsAnInputConflictNamingTheOption(string option, string message)
    {
        File.WriteAllText(Path.Combine(_temp, "plain.txt"), "");

        var e = Assert.Throws<InputConflictException>(() => ClusterRegsim.Choose(option, Running(workingDirectory: _temp)));

        Assert.StartsWith(message.Replace("{temp}", _temp, StringComparison.Ordinal), e.Message);
    }

    private RunningRegsim Running(string workingDirectory)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(BuiltDll)!);
        File.WriteAllText(BuiltDll, "");
        return new RunningRegsim(["/usr/bin/dotnet", BuiltDll], IsSingleFile: false, workingDirectory, Home: _temp);
    }

    private static string Executable(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, "#!/bin/sh\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
        return path;
    }
}
