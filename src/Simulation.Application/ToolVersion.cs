using System.Reflection;
using System.Security.Cryptography;
using System.Text;

namespace Simulation.Application;

/// <summary>The tool's version, written into manifests so results can be traced to the code that made them.</summary>
public static class ToolVersion
{
    private static readonly string[] Informational =
        (typeof(ToolVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown").Split('+', 2);

    /// <summary>The informational version without build metadata: what generated documents quote, so that they do not
    /// change with every commit.</summary>
    public static string Current { get; } = Informational[0];

    /// <summary>The commit the tool was built from (the build metadata the SDK adds from git), or, for a build outside a git
    /// checkout (a source archive), <c>unverified-</c> and a digest of the compiled code (<see cref="CompiledCodeDigest"/>):
    /// a manifest records it so a result can be traced to its source, and shards, particles and points of different code are
    /// never resumed or merged together.</summary>
    public static string SourceRevision { get; } =
        Informational.Length > 1 && Informational[1].Length > 0 ? Informational[1] : $"unverified-{CompiledCodeDigest()}";

    /// <summary>Git's hash of the code the tool was built from (src/, the build settings, package versions and schemas, as
    /// they were in the working tree; scripts/build/code-tree.sh), or null where the build could not tell: what decides whether
    /// shards, particles and points may be resumed and merged together, so that a commit of documents alone does not strand
    /// them. The commit (<see cref="SourceRevision"/>) still names where a result came from.</summary>
    public static string? CodeTree { get; } = typeof(ToolVersion).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .FirstOrDefault(a => a.Key == "RegsimCodeTree")?.Value;

    /// <summary>The first 12 hex digits of the SHA-256 of the module version ids of the assemblies that compute and write
    /// results, and of the program running them. Builds are deterministic, so an id is computed from the assembly's content: the same source and build
    /// settings give the same digest, and any edit another one.</summary>
    public static string CompiledCodeDigest()
    {
        // The layers results come from, and the host that runs them (regsim, the classroom server).
        var assemblies = new[] { typeof(Core.Scenario).Assembly, typeof(Experiments.MonteCarlo).Assembly, typeof(Output.RunManifest).Assembly,
            typeof(ToolVersion).Assembly, Assembly.GetEntryAssembly() };
        var ids = assemblies.OfType<Assembly>().Select(a => a.ManifestModule.ModuleVersionId.ToString("N"));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(string.Join(',', ids))))[..12];
    }
}
