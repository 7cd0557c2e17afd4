using System.Reflection;

namespace Simulation.Application;

/// <summary>The tool's version, written into manifests so results can be traced to the code that made them.</summary>
public static class ToolVersion
{
    /// <summary>The informational version without build metadata.</summary>
    public static string Current { get; } =
        typeof(ToolVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "unknown";
}
