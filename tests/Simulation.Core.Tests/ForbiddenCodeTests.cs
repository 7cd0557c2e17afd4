using System.Reflection;
using System.Text.RegularExpressions;

namespace Simulation.Core.Tests;

/// <summary>The model core must stay free of I/O, the console, the clock and global state, so that it is reproducible
/// and can run anywhere (a cluster node, a web page's server, a test).</summary>
public partial class ForbiddenCodeTests
{
    [Fact]
    public void CoreSources_UseNoIoConsoleClockOrEnvironment()
    {
        var offending = new List<string>();
        foreach (var file in Directory.EnumerateFiles(CoreSourceFolder(), "*.cs", SearchOption.AllDirectories))
        {
            if (file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"))
            {
                continue;
            }
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                if (Forbidden().IsMatch(lines[i]))
                {
                    offending.Add($"{Path.GetFileName(file)}:{i + 1}: {lines[i].Trim()}");
                }
            }
        }
        Assert.True(offending.Count == 0, "Forbidden code in Simulation.Core:\n" + string.Join("\n", offending));
    }

    [Fact]
    public void CoreAssembly_ReferencesOnlyTheBaseClassLibrary()
    {
        var references = typeof(SimulationModel).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();
        var foreign = references.Where(n => !n.StartsWith("System", StringComparison.Ordinal) && n != "netstandard" && n != "mscorlib").ToList();
        Assert.Empty(foreign);
    }

    [Fact]
    public void CoreTypes_HaveNoMutableStaticFields()
    {
        var fields = typeof(SimulationModel).Assembly.GetTypes()
            .Where(t => !t.Name.StartsWith('<'))
            .SelectMany(t => t.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            .Where(f => !f.IsLiteral && !f.IsInitOnly && !f.Name.Contains('<'))
            .Select(f => $"{f.DeclaringType!.Name}.{f.Name}")
            .ToList();
        Assert.Empty(fields);
    }

    private static string CoreSourceFolder()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Simulation.sln")))
        {
            dir = dir.Parent;
        }
        return Path.Combine(dir?.FullName ?? throw new DirectoryNotFoundException("Simulation.sln not found"), "src", "Simulation.Core");
    }

    [GeneratedRegex(@"System\.IO|Console\.|DateTime\.(Now|UtcNow|Today)|DateTimeOffset\.(Now|UtcNow)|Stopwatch|Environment\.|File\.|Directory\.|new Random\(|Random\.Shared")]
    private static partial Regex Forbidden();
}
