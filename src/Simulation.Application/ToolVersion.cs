using System.Reflection;

namespace Simulation.Application;

/// <summary>The tool's version, written into manifests so results can be traced to the code that made them.</summary>
public static class ToolVersion
{
    private static readonly string[] Informational =
        (typeof(ToolVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown").Split('+', 2);

    /// <summary>The informational version without build metadata: what generated documents quote, so that they do not
    /// change with every commit.</summary>
    public static string Current { get; } = Informational[0];

    /// <summary>The commit the tool was built from (the build metadata the SDK adds from git), or null when it was built
    /// outside a git checkout: a manifest records it so a result can be traced to the exact source.</summary>
    public static string? SourceRevision { get; } = Informational.Length > 1 && Informational[1].Length > 0 ? Informational[1] : null;
}
