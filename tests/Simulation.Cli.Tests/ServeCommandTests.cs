using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Simulation.Cli.Tests;

// Each of these must be refused before the server starts; a server that starts anyway would run until the timeout.
public sealed class ServeCommandTests
{
    private static readonly TimeSpan Refusal = TimeSpan.FromMinutes(1);

    [Fact]
    public void ListenAnyWithoutJoinCode_IsRefusedWithAClearMessage()
    {
        var (code, stdout, stderr) = Regsim.Run(Refusal, "serve", "--listen-any", "--port", "5999");

        Assert.Equal(1, code);
        Assert.Contains("--listen-any needs --join-code", stderr);
        Assert.DoesNotContain("Classroom page:", stdout);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("two words")]
    public void UnusableJoinCode_IsRefused(string joinCode)
    {
        var (code, stdout, stderr) = Regsim.Run(Refusal, "serve", "--listen-any", "--join-code", joinCode, "--port", "5999");

        Assert.Equal(1, code);
        Assert.Contains("--join-code must be 4 to 64 characters without spaces", stderr);
        Assert.DoesNotContain("Classroom page:", stdout);
    }

    [Theory]
    [InlineData("0", "--port must be at least 1 (got 0).")]
    [InlineData("-99999999999", "--port must be at least 1 (got -99999999999).")]
    [InlineData("65536", "--port must be at most 65535 (got 65536).")]
    [InlineData("99999999999", "--port must be at most 65535 (got 99999999999).")]
    public void PortOutOfRange_IsRefused_ByTheRangeOfAPort_HoweverFarOutside(string port, string said)
    {
        var (code, _, stderr) = Regsim.Run(Refusal, "serve", "--port", port);

        Assert.Equal(1, code);
        Assert.StartsWith(said + "\n", stderr);
    }

    [Fact]
    public void MissingScenariosFolder_IsRefused()
    {
        var missing = Path.Combine(Path.GetTempPath(), "regsim-no-such-folder-" + Guid.NewGuid().ToString("N"));

        var (code, stdout, stderr) = Regsim.Run(Refusal, "serve", "--scenarios", missing, "--port", "5999");

        Assert.Equal(1, code);
        Assert.Contains($"Scenarios folder '{missing}' does not exist", stderr);
        Assert.DoesNotContain("Classroom page:", stdout);
    }

    [Fact]
    public void AScenariosFolderWithoutAScenarioThatLoads_IsRefused_NamingWhatItHolds()
    {
        var folder = Directory.CreateTempSubdirectory("regsim-no-scenarios-").FullName;
        try
        {
            var (code, stdout, stderr) = Regsim.Run(Refusal, "serve", "--scenarios", folder, "--port", "5999");
            File.WriteAllText(Path.Combine(folder, "broken.json"), "{ \"name\": \"broken\" }");
            var (codeBroken, _, stderrBroken) = Regsim.Run(Refusal, "serve", "--scenarios", folder, "--port", "5999");

            Assert.Equal(1, code);
            Assert.StartsWith($"Scenarios folder '{folder}' holds no scenario that loads (no .json file); give the folder", stderr, StringComparison.Ordinal);
            Assert.DoesNotContain("Classroom page:", stdout);
            Assert.Equal(1, codeBroken);
            Assert.Contains("(broken.json: ", stderrBroken, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void DataThatIsAFile_IsRefused_AndLeftAsItWas()
    {
        var temp = Regsim.TempFolder();
        try
        {
            var file = Path.Combine(temp, "games.txt");
            File.WriteAllText(file, "mine");

            var (code, stdout, stderr) = Regsim.Run(Refusal, "serve", "--data", file, "--port", "5999");

            Assert.Equal(1, code);
            Assert.Contains($"'{file}' is a file, not a folder", stderr);
            Assert.DoesNotContain("Classroom page:", stdout);
            Assert.Equal("mine", File.ReadAllText(file));
        }
        finally
        {
            Directory.Delete(temp, recursive: true);
        }
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)] // a join code on the loopback address alone is asked of every request too, so its address carries it
    public async Task WithAJoinCode_ItPrintsAddressesStudentsCanOpen_AndServesTheGameThere(bool listenAny)
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        listener.Stop();
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = Regsim.Root, RedirectStandardOutput = true, RedirectStandardError = true };
        var data = Regsim.TempFolder();
        string[] arguments = [Path.Combine(AppContext.BaseDirectory, "regsim.dll"), "serve", "--join-code", "maple-7", "--port", port, "--data", data];
        foreach (var a in listenAny ? [.. arguments, "--listen-any"] : arguments)
        {
            start.ArgumentList.Add(a);
        }
        using var process = Process.Start(start)!;
        try
        {
            string? line, game = null;
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
            while (game is null && (line = await process.StandardOutput.ReadLineAsync(timeout.Token)) is not null)
            {
                game = line.StartsWith("Class game:", StringComparison.Ordinal) ? line["Class game:".Length..].Trim() : null;
            }

            Assert.NotNull(game);
            var url = new Uri(game);
            Assert.DoesNotContain(url.Host, new[] { "0.0.0.0", "localhost", "<this machine's address>" });
            Assert.Equal("?code=maple-7", url.Query);
            using var http = new HttpClient();
            var page = await http.GetStringAsync(url, timeout.Token);
            Assert.Contains("Play the regions", page, StringComparison.Ordinal);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            Directory.Delete(data, recursive: true);
        }
    }
}
