using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Simulation.Web;

/// <summary>
/// How long a request's address and headers may be. Kestrel refuses a request line or headers over its own limits before the
/// application sees the request, with a 414 or 431 whose body is empty, and ASP.NET Core offers no way to give that answer a
/// body (status code pages and every middleware run only for requests Kestrel has accepted; a connection middleware sees
/// bytes, not the refusal). So the server's limits are enforced here, where the refusal is problem details like every other
/// answer, and Kestrel's are set well above them, as an outer bound on what a client may make the server read: only a request
/// beyond that bound still gets Kestrel's empty answer.
/// </summary>
public static class RequestHeadLimits
{
    /// <summary>Longest request target (path and query) the server answers, in bytes: 8 KB, Kestrel's own default for the
    /// request line; the server's addresses are a few dozen bytes.</summary>
    public const int MaxTargetBytes = 8 * 1024;

    /// <summary>Most bytes of headers the server answers (each header's name, value and separators).</summary>
    public const int MaxHeaderBytes = 16 * 1024;

    /// <summary>Most header lines the server answers, Kestrel's own default.</summary>
    public const int MaxHeaderCount = 100;

    /// <summary>Kestrel's limits: four times the server's, so that a request over the server's limits reaches the application
    /// and is refused with problem details; a request over these gets Kestrel's 414 or 431 with an empty body.</summary>
    public static void ApplyOuterBounds(KestrelServerLimits limits)
    {
        limits.MaxRequestLineSize = 4 * MaxTargetBytes;
        limits.MaxRequestHeadersTotalSize = 4 * MaxHeaderBytes;
        limits.MaxRequestHeaderCount = 4 * MaxHeaderCount;
    }

    /// <summary>Returns why the request's address or headers are refused (414 or 431), or null when they are within the limits.</summary>
    public static RequestProblem? Refusal(HttpContext context)
    {
        var target = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? $"{context.Request.PathBase}{context.Request.Path}{context.Request.QueryString}";
        if (target.Length > MaxTargetBytes)
        {
            return new RequestProblem(RequestProblemKind.AddressTooLong, "address", Invariant(
                $"is {target.Length:N0} bytes long, more than the {MaxTargetBytes:N0} this server accepts: open the address the teacher gives, or the page's own links"));
        }
        var count = 0;
        var bytes = 0;
        (string Name, int Bytes) longest = ("", 0);
        foreach (var (name, values) in context.Request.Headers)
        {
            foreach (var value in values)
            {
                var line = name.Length + 2 + (value?.Length ?? 0) + 2; // "name: value" and its line break
                count++;
                bytes += line;
                if (line > longest.Bytes)
                {
                    longest = (name, line);
                }
            }
        }
        if (count > MaxHeaderCount)
        {
            return new RequestProblem(RequestProblemKind.HeadersTooLarge, "headers", Invariant($"are {count:N0}, more than the {MaxHeaderCount:N0} this server accepts"));
        }
        if (bytes > MaxHeaderBytes)
        {
            // The usual cause is cookies: a browser sends every cookie set for the server's host name, whatever program set it.
            var cookies = string.Equals(longest.Name, "Cookie", StringComparison.OrdinalIgnoreCase)
                ? "; the browser sends the cookies other programs on this computer set for this address: clearing this site's cookies in the browser fixes it"
                : "";
            return new RequestProblem(RequestProblemKind.HeadersTooLarge, "headers", Invariant(
                $"are {bytes:N0} bytes long, more than the {MaxHeaderBytes:N0} this server accepts; the longest is {longest.Name} ({longest.Bytes:N0} bytes){cookies}"));
        }
        return null;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
