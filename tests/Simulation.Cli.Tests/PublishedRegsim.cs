using System.Diagnostics;

namespace Simulation.Cli.Tests;

/// <summary>
/// The self-contained single-file regsim, made once per test run with the repository's own publish profile
/// (<c>dotnet publish src/Simulation.Cli -p:PublishProfile=linux-x64</c>) into a temporary folder rather than
/// <c>dist/</c>, so the tests run the binary of the code under test and leave a checkout's <c>dist/</c> alone. It is
/// published on first use, so tests that skip before asking for it cost nothing.
/// </summary>
public sealed class PublishedRegsim : IDisposable
{
    private static readonly TimeSpan PublishTimeout = TimeSpan.FromMinutes(15);

    private readonly string _temp = Regsim.TempFolder();
    private readonly Lazy<string> _binary;

    public PublishedRegsim() => _binary = new(Publish, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The folder the profile published into.</summary>
    public string Folder => Path.Combine(_temp, "publish");

    /// <summary>The binary, absolute; publishes it on first use and throws with the end of the output if that fails.</summary>
    public string Binary => _binary.Value;

    /// <summary>Runs the binary in the repository root, with this process's environment or <paramref name="environment"/>
    /// alone.</summary>
    internal (int ExitCode, string Out, string Error) Run(IReadOnlyDictionary<string, string>? environment, params string[] args) =>
        Regsim.Start([Binary], Regsim.Root, TimeSpan.FromMinutes(5), args, environment);

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    private string Publish()
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Regsim.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        // No build servers: a compiler or MSBuild node left running would outlive the test and hold its output pipes.
        foreach (var a in new[] { "publish", "src/Simulation.Cli/Simulation.Cli.csproj", "-p:PublishProfile=linux-x64", $"-p:PublishDir={Folder}/", "--disable-build-servers", "-nologo" })
        {
            start.ArgumentList.Add(a);
        }
        // The test host's MSBuild settings, if any, are for the test project's build, not this one.
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(name);
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(PublishTimeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"dotnet publish with the linux-x64 profile did not finish in {PublishTimeout}");
        }
        var binary = Path.Combine(Folder, "regsim");
        if (process.ExitCode != 0 || !File.Exists(binary))
        {
            var text = output.Result + error.Result;
            throw new InvalidOperationException($"dotnet publish with the linux-x64 profile failed (exit {process.ExitCode}):\n{(text.Length > 4000 ? "..." + text[^4000..] : text)}");
        }
        return binary;
    }
}
