using System.Diagnostics;

namespace Simulation.Cli.Tests;

/// <summary>Runs the real <c>regsim</c> executable, as a user would, and captures what it prints.</summary>
internal static class Regsim
{
    public static string Root { get; } = FindRoot();

    /// <summary><c>dotnet regsim.dll</c>: the regsim these tests were built with.</summary>
    public static IReadOnlyList<string> Command { get; } = ["dotnet", Path.Combine(AppContext.BaseDirectory, "regsim.dll")];

    public static (int ExitCode, string Out, string Error) Run(params string[] args) => Run(TimeSpan.FromMinutes(5), args);

    public static (int ExitCode, string Out, string Error) Run(TimeSpan timeout, params string[] args) => Start(Command, Root, timeout, args);

    /// <summary>Runs <paramref name="command"/> followed by <paramref name="args"/> in <paramref name="workingDirectory"/>;
    /// <paramref name="environment"/>, when given, replaces the whole environment.</summary>
    public static (int ExitCode, string Out, string Error) Start(IReadOnlyList<string> command, string workingDirectory, TimeSpan timeout,
        IEnumerable<string> args, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(command[0]) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in command.Skip(1).Concat(args))
        {
            start.ArgumentList.Add(a);
        }
        if (environment is not null)
        {
            start.Environment.Clear();
            foreach (var (name, value) in environment)
            {
                start.Environment[name] = value;
            }
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{string.Join(' ', start.ArgumentList.Prepend(command[0]))} did not finish in {timeout}");
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
