using System.Net;
using Simulation.Web.Games;

namespace Simulation.Web.Tests;

/// <summary>Only the computer running the server starts games: a student on the classroom network, who has the server's
/// code, cannot fill the server with games.</summary>
public sealed class ServerMachineTests
{
    [Theory]
    [InlineData("127.0.0.1", "127.0.0.1", true)]
    [InlineData("::1", "::1", true)]
    [InlineData("192.168.1.20", "192.168.1.20", true)] // the page opened at the machine's own network address
    [InlineData("::ffff:192.168.1.20", "192.168.1.20", true)]
    [InlineData("192.168.1.31", "192.168.1.20", false)] // a student's laptop
    [InlineData("::ffff:192.168.1.31", "::ffff:192.168.1.20", false)]
    public void IsCaller_OnlyForThisComputer(string remote, string local, bool expected) =>
        Assert.Equal(expected, ServerMachine.IsCaller(IPAddress.Parse(remote), IPAddress.Parse(local)));

    [Fact]
    public void AServerWithoutSockets_CountsAsThisComputer() => Assert.True(ServerMachine.IsCaller(null, null));
}
