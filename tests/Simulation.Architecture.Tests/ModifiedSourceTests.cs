using System.Diagnostics;

namespace Simulation.Architecture.Tests;

/// <summary>The build marks a revision whose code under src/ differs from its commit (Directory.Build.targets), so that
/// results of edited code are never resumed or merged as the commit's: run on a throwaway repository that imports the same
/// targets file, with real git and MSBuild, reading the informational version the SDK writes into the assembly.</summary>
public sealed class ModifiedSourceTests : IDisposable
{
    private readonly string _repository = Directory.CreateTempSubdirectory("regsim-modified-").FullName;
    private readonly string _project;
    private readonly string _code;

    public ModifiedSourceTests()
    {
        File.Copy(Path.Combine(RepositoryRoot(), "Directory.Build.targets"), Path.Combine(_repository, "Directory.Build.targets"));
        // Named as the project that carries the tool's version, so that the target runs for it.
        _project = Path.Combine(_repository, "src", "Simulation.Application", "Simulation.Application.csproj");
        Directory.CreateDirectory(Path.GetDirectoryName(_project)!);
        File.WriteAllText(_project, """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup><TargetFramework>net10.0</TargetFramework><Version>1.0.0</Version><SourceRevisionId>0123abcd</SourceRevisionId></PropertyGroup>
            </Project>
            """);
        _code = Path.Combine(Path.GetDirectoryName(_project)!, "Model.cs");
        File.WriteAllText(_code, "class Model { }\n");
        File.WriteAllText(Path.Combine(_repository, ".gitignore"), "obj/\nbin/\n");
        Run("git", "init", "-q");
        Run("git", "add", "-A");
        Run("git", "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-q", "-m", "probe");
    }

    public void Dispose() => Directory.Delete(_repository, recursive: true);

    [SkippableFact]
    public void ACheckoutOfTheCommit_KeepsTheRevision_AndEachDifferentEdit_GetsItsOwnMark()
    {
        Skip.If(OperatingSystem.IsWindows(), "the mark is worked out with a POSIX shell; Windows builds are marked unverified");

        var clean = Version();
        File.AppendAllText(_code, "// an edit\n");
        var edited = Version();
        File.AppendAllText(_code, "// another edit\n");
        var editedAgain = Version();
        var added = Path.Combine(Path.GetDirectoryName(_project)!, "New.cs");
        File.WriteAllText(added, "class New { }\n");
        var withNewFile = Version();
        File.WriteAllText(added, "class New { int x; }\n");
        var newFileEdited = Version();
        var newFileEditedAgain = Version(); // the same code, built again
        File.Delete(added);
        Run("git", "checkout", "-q", "--", ".");
        var cleanAgain = Version();

        Assert.Equal("1.0.0+0123abcd", clean);
        Assert.All(new[] { edited, editedAgain, withNewFile, newFileEdited }, v => Assert.Matches("^1\\.0\\.0\\+0123abcd\\.modified-[0-9a-f]{12}$", v));
        Assert.Equal(4, new[] { edited, editedAgain, withNewFile, newFileEdited }.Distinct().Count()); // a new file counts by its content
        Assert.Equal(newFileEdited, newFileEditedAgain);
        Assert.Equal(clean, cleanAgain);
    }

    [SkippableFact]
    public void WithoutAGitCommand_TheRevisionIsMarkedUnverified_NotPassedOffAsTheCommit()
    {
        Skip.If(OperatingSystem.IsWindows(), "the mark is worked out with a POSIX shell; Windows builds are marked unverified");
        var dotnet = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(d => Path.Combine(d, "dotnet")).First(File.Exists);
        var path = Directory.CreateDirectory(Path.Combine(_repository, "path-without-git")).FullName;
        File.CreateSymbolicLink(Path.Combine(path, "dotnet"), dotnet);
        foreach (var tool in new[] { "sh", "mktemp", "rm" })
        {
            File.CreateSymbolicLink(Path.Combine(path, tool), new[] { "/bin", "/usr/bin" }.Select(d => Path.Combine(d, tool)).First(File.Exists));
        }

        var version = Version(("PATH", path)); // the shell and its tools, but no git

        Assert.Equal("1.0.0+0123abcd.unverified", version);
    }

    [Fact]
    public void OutsideAGitCheckout_TheCompiledCodesIdentity_IsTheSameForTheSameCode_AndChangesWithAnEdit()
    {
        // ToolVersion.SourceRevision falls back to a digest of the assemblies' module version ids when the SDK records no
        // commit; that rests on deterministic builds computing each id from the assembly's content.
        var first = BuiltModuleId();
        var again = BuiltModuleId();
        File.AppendAllText(_code, "class Edited { }\n");
        var edited = BuiltModuleId();

        Assert.Equal(first, again);
        Assert.NotEqual(first, edited);
    }

    // Builds the throwaway project as the repository's projects are built (deterministic) and reads its module version id.
    private Guid BuiltModuleId()
    {
        Run("dotnet", "build", _project, "-nologo", "-v:q", "-c", "Release", "-p:Deterministic=true", "-p:SourceRevisionId=");
        var dll = Directory.GetFiles(Path.Combine(Path.GetDirectoryName(_project)!, "bin", "Release"), "Simulation.Application.dll", SearchOption.AllDirectories).Single();
        using var stream = File.OpenRead(dll);
        using var pe = new System.Reflection.PortableExecutable.PEReader(stream);
        var metadata = System.Reflection.Metadata.PEReaderExtensions.GetMetadataReader(pe);
        return metadata.GetGuid(metadata.GetModuleDefinition().Mvid);
    }

    private string Version(params (string Name, string Value)[] environment) =>
        Run("dotnet", environment, "msbuild", _project, "-nologo", "-t:AddSourceRevisionToInformationalVersion", "-getProperty:InformationalVersion").Trim();

    private string Run(string file, params string[] arguments) => Run(file, [], arguments);

    private string Run(string file, (string Name, string Value)[] environment, params string[] arguments)
    {
        var start = new ProcessStartInfo(file) { WorkingDirectory = _repository, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{file} {string.Join(' ', arguments)}: {error}{output.Result}");
        return output.Result;
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Simulation.sln")))
            {
                return folder.FullName;
            }
        }
        throw new InvalidOperationException("Simulation.sln not found above the test's folder.");
    }
}
