using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;

namespace Simulation.Cli;

/// <summary>The addresses students type to reach the classroom server: this machine's own IPv4 addresses on the networks
/// it is up on, because "0.0.0.0" or "localhost" mean nothing on a student's phone.</summary>
public static class ClassroomAddresses
{
    /// <summary>Returns the hosts to print: 127.0.0.1 when listening locally, else every non-loopback IPv4 address that is up
    /// (127.0.0.1 if there is none).</summary>
    public static IReadOnlyList<string> Hosts(bool listenAny)
    {
        if (!listenAny)
        {
            return ["127.0.0.1"];
        }
        var hosts = NetworkInterface.GetAllNetworkInterfaces()
            .Where(n => n.OperationalStatus == OperationalStatus.Up && n.NetworkInterfaceType != NetworkInterfaceType.Loopback)
            .SelectMany(n => n.GetIPProperties().UnicastAddresses)
            .Select(a => a.Address)
            .Where(a => a.AddressFamily == AddressFamily.InterNetwork && !IPAddress.IsLoopback(a))
            .Select(a => a.ToString())
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();
        return hosts.Count > 0 ? hosts : ["127.0.0.1"];
    }
}
