using System.Diagnostics;

namespace Simulation.Architecture.Tests;

/// <summary>The build marks a revision whose code under src/ differs from its commit (Directory.Build.targets), so that
/// results of edited code are never resumed or merged as the commit's: run on a throwaway repository that imports the same
/// targets file, with real git and MSBuild.</summary>
public sealed class ModifiedSourceTests : IDisposable
{
    private readonly string _repository = Directory.CreateTempSubdirectory("regsim-modified-").FullName;

    public void Dispose() => Directory.Delete(_repository, recursive: true);

    [Fact]
    public void ACheckoutOfTheCommit_KeepsTheRevision_AndEachDifferentEdit_GetsItsOwnMark()
    {
        File.Copy(Path.Combine(RepositoryRoot(), "Directory.Build.targets"), Path.Combine(_repository, "Directory.Build.targets"));
        var project = Path.Combine(_repository, "src", "Probe", "Probe.csproj");
        Directory.CreateDirectory(Path.GetDirectoryName(project)!);
        File.WriteAllText(project, """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup><TargetFramework>net10.0</TargetFramework><SourceRevisionId>0123abcd</SourceRevisionId></PropertyGroup>
            </Project>
            """);
        var code = Path.Combine(_repository, "src", "Probe", "Model.cs");
        File.WriteAllText(code, "class Model { }\n");
        Run("git", "init", "-q");
        Run("git", "add", "-A");
        Run("git", "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-q", "-m", "probe");

        var clean = Revision(project);
        File.AppendAllText(code, "// an edit\n");
        var edited = Revision(project);
        File.AppendAllText(code, "// another edit\n");
        var editedAgain = Revision(project);

        Assert.Equal("0123abcd", clean);
        Assert.Matches("^0123abcd\\.modified-[0-9a-f]{12}$", edited);
        Assert.Matches("^0123abcd\\.modified-[0-9a-f]{12}$", editedAgain);
        Assert.NotEqual(edited, editedAgain);
        Assert.Equal(editedAgain, Revision(project)); // the same edit, built again, reads the same
    }

    private string Revision(string project) =>
        Run("dotnet", "msbuild", project, "-nologo", "-t:RegsimMarkModifiedSource", "-getProperty:SourceRevisionId").Trim();

    private string Run(string file, params string[] arguments)
    {
        var start = new ProcessStartInfo(file) { WorkingDirectory = _repository, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
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
