using System.Net;
using Microsoft.AspNetCore.Http;

namespace Simulation.Web.Games;

/// <summary>Who may start a game: only the computer the server runs on. On a classroom network every student has the
/// server's join code, so the code alone cannot keep students from starting games and filling the server.</summary>
public static class ServerMachine
{
    /// <summary>Where a page asks whether it runs on this computer (<c>{"runsTheServer": true, "instance": "…"}</c>), so that the start page
    /// offers the teacher's form there only and says up front, on a student's device, where games are started. It tells nothing
    /// else, so it is answered without the server's join code.</summary>
    public const string Path = "/api/this-computer";

    /// <summary>Which start of the server answers (<c>"instance"</c> beside <c>runsTheServer</c>): new every time the process
    /// starts. A page whose game the server does not know (started again on another data folder) watches it, and asks for
    /// the game again only when the server has been started again, rather than spending the address's allowance of wrong
    /// game codes on asking every few seconds.</summary>
    public static readonly string Instance = Guid.NewGuid().ToString("N");

    /// <summary>True when the request on <paramref name="connection"/> comes from this computer (<see cref="IsCaller(IPAddress?, IPAddress?)"/>).</summary>
    public static bool IsCaller(ConnectionInfo connection) => IsCaller(connection.RemoteIpAddress, connection.LocalIpAddress);

    /// <summary>True when a request from <paramref name="remote"/> to <paramref name="local"/> comes from this computer: a
    /// loopback address, or the very address it reached (a page opened at the machine's own network address). An unknown
    /// address (a server hosted in-process, without sockets) counts as this computer.</summary>
    public static bool IsCaller(IPAddress? remote, IPAddress? local)
    {
        if (remote is null)
        {
            return true;
        }
        remote = remote.IsIPv4MappedToIPv6 ? remote.MapToIPv4() : remote;
        local = local is { IsIPv4MappedToIPv6: true } ? local.MapToIPv4() : local;
        return IPAddress.IsLoopback(remote) || remote.Equals(local);
    }
}
