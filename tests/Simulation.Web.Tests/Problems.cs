using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Simulation.Web.Tests;

/// <summary>Checks that an error answer is RFC 9457 problem details, as every error answer of the server must be.</summary>
internal static class Problems
{
    public const string ContentType = "application/problem+json";

    /// <summary>Asserts the status, the content type, the members <c>type</c>, <c>title</c>, <c>status</c> and <c>detail</c>, and
    /// the extension <c>field</c> (absent when <paramref name="field"/> is null); returns the body.</summary>
    public static async Task<JsonElement> AssertAsync(HttpResponseMessage response, HttpStatusCode status, string? field)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal(ContentType, response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((int)status, body.GetProperty("status").GetInt32());
        Assert.StartsWith("https://", body.GetProperty("type").GetString());
        Assert.False(string.IsNullOrWhiteSpace(body.GetProperty("title").GetString()));
        Assert.False(string.IsNullOrWhiteSpace(body.GetProperty("detail").GetString()));
        if (field is null)
        {
            Assert.False(body.TryGetProperty("field", out _));
        }
        else
        {
            Assert.Equal(field, body.GetProperty("field").GetString());
        }
        return body;
    }
}
