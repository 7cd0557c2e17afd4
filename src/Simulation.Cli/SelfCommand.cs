using System.Diagnostics.CodeAnalysis;
using System.Reflection;

namespace Simulation.Cli;

/// <summary>How to start this same <c>regsim</c> again in a child process: the apphost or single-file binary itself, or
/// <c>dotnet regsim.dll</c> when run through the dotnet host.</summary>
public static class SelfCommand
{
    /// <summary>The program and leading arguments.</summary>
    public static IReadOnlyList<string> Words()
    {
        var host = Environment.ProcessPath ?? "dotnet";
        return Path.GetFileNameWithoutExtension(host).Equals("dotnet", StringComparison.OrdinalIgnoreCase)
            ? [host, Path.Combine(AppContext.BaseDirectory, (Assembly.GetEntryAssembly() ?? typeof(SelfCommand).Assembly).GetName().Name + ".dll")]
            : [host];
    }

    /// <summary>Whether this regsim is a single-file bundle (as <c>dotnet publish -p:PublishProfile=linux-x64</c> makes
    /// it), so that <see cref="Environment.ProcessPath"/> alone is all a machine needs to run it again.</summary>
    [UnconditionalSuppressMessage("SingleFile", "IL3000", Justification = "An empty Location is how an assembly inside a single-file bundle is recognised.")]
    public static bool IsSingleFile => typeof(SelfCommand).Assembly.Location.Length == 0;
}
