using System.Diagnostics;

namespace Simulation.Cli.Tests;

/// <summary>Runs the real <c>regsim</c> executable, as a user would, and captures what it prints.</summary>
internal static class Regsim
{
    public static string Root { get; } = FindRoot();

    public static (int ExitCode, string Out, string Error) Run(params string[] args) => Run(TimeSpan.FromMinutes(5), args);

    public static (int ExitCode, string Out, string Error) Run(TimeSpan timeout, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = Root, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "regsim.dll"));
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"regsim {string.Join(' ', args)} did not finish in {timeout}");
        }
        return (process.ExitCode, output.Result, error.Result);
    }

    public static string TempFolder()
    {
        var path = Path.Combine(Path.GetTempPath(), "regsim-cli-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Simulation.sln")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? throw new DirectoryNotFoundException("Simulation.sln not found");
    }
}
