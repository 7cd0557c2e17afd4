using System.Diagnostics;
using System.Globalization;

namespace Simulation.Tests.Shared;

/// <summary>The real <c>regsim serve</c> in a child process, for tests that kill it as a crash would; returns once it
/// listens (it printed where the classroom page is).</summary>
internal static class ServeProcess
{
    public static async Task<Process> StartAsync(string regsimDll, string workingDirectory, string dataFolder, int port)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { regsimDll, "serve", "--data", dataFolder, "--port", port.ToString(CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(argument);
        }
        var process = Process.Start(start)!;
        _ = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.StartsWith("Classroom page:", StringComparison.Ordinal))
            {
                _ = process.StandardOutput.ReadToEndAsync();
                return process;
            }
        }
        throw new InvalidOperationException("regsim serve stopped before it listened");
    }
}
