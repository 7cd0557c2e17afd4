using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Simulation.Web.Tests;

/// <summary>An address or headers over the server's limits are refused with problem details (414, 431) like every other
/// refusal, through the real Kestrel; only a request beyond Kestrel's own, larger bounds still gets Kestrel's empty answer,
/// which ASP.NET Core does not let an application word.</summary>
public sealed class RequestHeadLimitsTests(ClassroomServerFixture server) : IClassFixture<ClassroomServerFixture>
{
    [Fact]
    public async Task AnAddressOverTheLimit_IsRefusedWithProblemDetails()
    {
        using var http = server.Client();
        var query = new string('a', RequestHeadLimits.MaxTargetBytes);

        using var response = await http.GetAsync($"api/scenarios?x={query}");

        var problem = await Problems.AssertAsync(response, HttpStatusCode.RequestUriTooLong, "address");
        Assert.Equal("URI Too Long", problem.GetProperty("title").GetString());
        Assert.Contains($"more than the {RequestHeadLimits.MaxTargetBytes:N0}", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HeadersOverTheLimit_AreRefusedWithProblemDetails_NamingTheLongest()
    {
        using var http = server.Client();
        using var request = new HttpRequestMessage(HttpMethod.Get, "api/scenarios");
        request.Headers.Add("Cookie", $"other-program={new string('c', RequestHeadLimits.MaxHeaderBytes)}");

        using var response = await http.SendAsync(request);

        var problem = await Problems.AssertAsync(response, HttpStatusCode.RequestHeaderFieldsTooLarge, "headers");
        var detail = problem.GetProperty("detail").GetString();
        Assert.Contains("the longest is Cookie", detail, StringComparison.Ordinal);
        Assert.Contains("clearing this site's cookies", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TooManyHeaders_AreRefusedWithProblemDetails()
    {
        using var http = server.Client();
        using var request = new HttpRequestMessage(HttpMethod.Get, "api/scenarios");
        for (var i = 0; i <= RequestHeadLimits.MaxHeaderCount; i++)
        {
            request.Headers.Add($"X-Extra-{i}", "1");
        }

        using var response = await http.SendAsync(request);

        await Problems.AssertAsync(response, HttpStatusCode.RequestHeaderFieldsTooLarge, "headers");
    }

    [Fact]
    public async Task AnAddressAndHeadersJustWithinTheLimits_AreAnswered()
    {
        using var http = server.Client();
        // The request line also holds "GET " and " HTTP/1.1"; the target alone is at the limit.
        var path = "api/scenarios?x=";
        using var request = new HttpRequestMessage(HttpMethod.Get, path + new string('a', RequestHeadLimits.MaxTargetBytes - 1 - path.Length));
        request.Headers.Add("X-Note", new string('n', RequestHeadLimits.MaxHeaderBytes - 1024));

        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task HeadersBeyondKestrelsOwnBound_StillGetKestrelsAnswer()
    {
        // Kestrel refuses these before the application sees them; its answer has a status but no body, and nothing in
        // ASP.NET Core lets the application give it one (docs/classroom.md says so). Sent over a raw socket so that the
        // connection Kestrel closes is read to its end.
        var status = await RawStatusAsync($"GET /api/scenarios HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: {new string('b', 5 * RequestHeadLimits.MaxHeaderBytes)}\r\n\r\n");

        Assert.StartsWith("HTTP/1.1 431", status, StringComparison.Ordinal);
    }

    private async Task<string> RawStatusAsync(string request)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(server.BaseAddress.Host, server.BaseAddress.Port);
        var stream = client.GetStream();
        try
        {
            await stream.WriteAsync(Encoding.ASCII.GetBytes(request));
        }
        catch (IOException)
        {
            // Kestrel may close the connection before the whole request is sent; its answer is read below all the same.
        }
        using var reader = new StreamReader(stream, Encoding.ASCII);
        return await reader.ReadLineAsync() ?? "";
    }
}
