using System.Reflection;

namespace Simulation.Cli;

/// <summary>How to start this same <c>regsim</c> again in a child process: the apphost itself, or <c>dotnet regsim.dll</c>
/// when run through the dotnet host.</summary>
public static class SelfCommand
{
    /// <summary>The program and leading arguments.</summary>
    public static IReadOnlyList<string> Words()
    {
        var host = Environment.ProcessPath ?? "dotnet";
        return Path.GetFileNameWithoutExtension(host).Equals("dotnet", StringComparison.OrdinalIgnoreCase)
            ? [host, Assembly.GetEntryAssembly()?.Location ?? typeof(SelfCommand).Assembly.Location]
            : [host];
    }
}
