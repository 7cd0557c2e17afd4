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
        // Named one by one: every assembly of the base class library starts with "System", System.Console among them.
        string[] allowed = ["System.Runtime", "System.Collections", "System.Linq", "System.Memory", "System.Runtime.Intrinsics",
            "System.Numerics.Vectors", "System.Runtime.InteropServices"];
        var references = typeof(SimulationModel).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();
        Assert.Empty(references.Except(allowed));
    }

    [Fact]
    public void CoreTypes_HaveNoMutableStaticFields()
    {
        var fields = typeof(SimulationModel).Assembly.GetTypes()
            .Where(t => !t.Name.StartsWith('<'))
            .SelectMany(t => t.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            // A read-only field of an array or a collection is shared state all the same, its elements open to change: only a
            // private one may be (its type reads it, as a read-only span), or one of a type whose values cannot change.
            .Where(f => !f.IsLiteral && (!f.IsInitOnly || (!f.IsPrivate && !IsImmutable(f.FieldType))) && !f.Name.Contains('<'))
            .Select(f => $"{f.DeclaringType!.Name}.{f.Name}")
            .ToList();
        Assert.Empty(fields);
    }

    // A type whose values cannot change once made: a primitive, a string, an enum or a read-only struct (not an array).
    private static bool IsImmutable(Type type) =>
        type.IsPrimitive || type.IsEnum || type == typeof(string)
        || (type.IsValueType && type.IsDefined(typeof(System.Runtime.CompilerServices.IsReadOnlyAttribute)));

    private static string CoreSourceFolder()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Simulation.sln")))
        {
            dir = dir.Parent;
        }
        return Path.Combine(dir?.FullName ?? throw new DirectoryNotFoundException("Simulation.sln not found"), "src", "Simulation.Core");
    }

    [GeneratedRegex(@"System\.IO|Console\.|using static System\.Console|DateTime\.(Now|UtcNow|Today)|DateTimeOffset\.(Now|UtcNow)|TimeProvider|Stopwatch|Thread\.Sleep|Process\.|Environment\.|File\.|Directory\.|new Random\(|Random\.Shared")]
    private static partial Regex Forbidden();
}
