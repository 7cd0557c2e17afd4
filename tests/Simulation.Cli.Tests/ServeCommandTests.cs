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
    [InlineData("0")]
    [InlineData("65536")]
    public void PortOutOfRange_IsRefused(string port)
    {
        var (code, _, stderr) = Regsim.Run(Refusal, "serve", "--port", port);

        Assert.Equal(1, code);
        Assert.Contains("--port must be between 1 and 65535", stderr);
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
}
