using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Simulation.Web;

namespace Simulation.Web.Tests;

public sealed class ApiTests(ClassroomServerFixture server) : IClassFixture<ClassroomServerFixture>
{
    [Fact]
    public async Task Scenarios_ListsTheLoadableFiles()
    {
        using var client = server.Client();
        var names = await client.GetFromJsonAsync<string[]>("api/scenarios");
        Assert.Contains("baseline", names!);
        Assert.Contains("smoke", names!);
        Assert.DoesNotContain("scenario.schema", names!);
    }

    [Fact]
    public async Task Parameters_IncludeLeeEquityWeightWithRangeAndSource()
    {
        using var client = server.Client();
        using var doc = JsonDocument.Parse(await client.GetStringAsync("api/scenarios/baseline/parameters"));
        var lee = doc.RootElement.GetProperty("parameters").EnumerateArray()
            .Single(p => p.GetProperty("path").GetString() == "regimes[lee].tilt[equity].weight");
        Assert.Equal(0.1, lee.GetProperty("value").GetDouble());
        Assert.Equal(0, lee.GetProperty("min").GetDouble());
        Assert.Equal(10, lee.GetProperty("max").GetDouble());
        Assert.False(string.IsNullOrEmpty(lee.GetProperty("source").GetString()));
        Assert.Contains(doc.RootElement.GetProperty("parameters").EnumerateArray(), p => p.GetProperty("path").GetString() == "jointBids");
    }

    [Theory]
    [InlineData("""{"scenario":"smoke","replications":10,"parameters":{"regimes[lee].tilt[nonsense].weight":1}}""", "parameters.regimes[lee].tilt[nonsense].weight")]
    [InlineData("""{"scenario":"smoke","replications":10,"parameters":{"regimes[lee].tilt[equity].weight":11}}""", "parameters.regimes[lee].tilt[equity].weight")]
    [InlineData("""{"scenario":"smoke","replications":5001}""", "replications")]
    [InlineData("""{"scenario":"nope","replications":10}""", "scenario")]
    [InlineData("""{"replications":10}""", "scenario")]
    [InlineData("""{"scenario":"smoke","replications":"many"}""", "replications")]
    public async Task BadRunRequest_Gets400NamingTheField(string body, string field)
    {
        using var client = server.Client();
        using var response = await client.PostAsync("api/runs", new StringContent(body, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(field, problem.GetProperty("field").GetString());
        Assert.Contains(field, problem.GetProperty("error").GetString());
    }

    [Fact]
    public async Task OversizedRequest_IsRefused()
    {
        using var client = server.Client();
        var body = $$"""{"scenario":"smoke","pad":"{{new string('x', 100_000)}}"}""";
        using var response = await client.PostAsync("api/runs", new StringContent(body, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Run_StreamsProgressThenResultWithChartsAndSentences()
    {
        using var client = server.Client();
        var id = await Start(client, """{"scenario":"smoke","replications":200,"seed":7}""");
        var events = await ReadEvents(client, id);
        Assert.Equal("result", events[^1].Name);
        var result = JsonDocument.Parse(events[^1].Data).RootElement;
        Assert.Equal(200, result.GetProperty("replications").GetInt32());
        var charts = result.GetProperty("charts").EnumerateArray().ToList();
        Assert.Contains(charts, c => c.GetProperty("id").GetString() == "gini_resources_per_capita");
        Assert.All(charts, c => Assert.StartsWith("<svg", c.GetProperty("svg").GetString()));
        Assert.All(charts, c => Assert.NotEmpty(c.GetProperty("sentences").EnumerateArray()));
        Assert.NotEmpty(result.GetProperty("winProbabilities").EnumerateArray());
    }

    [Fact]
    public async Task Delete_CancelsARun()
    {
        var (app, address) = await ClassroomServerFixture.StartAsync();
        await using var _ = app;
        using var client = new HttpClient { BaseAddress = address };
        var id = await Start(client, """{"scenario":"baseline","replications":5000}""");
        using (var stream = await client.GetAsync($"api/runs/{id}/events", HttpCompletionOption.ResponseHeadersRead))
        {
            using var reader = new StreamReader(await stream.Content.ReadAsStreamAsync());
            Assert.Equal("event: progress", await reader.ReadLineAsync());
            using var deleted = await client.DeleteAsync($"api/runs/{id}");
            Assert.Equal(HttpStatusCode.Accepted, deleted.StatusCode);
            var rest = await reader.ReadToEndAsync();
            Assert.Contains("event: cancelled", rest);
        }
    }

    [Fact]
    public async Task ThirdConcurrentRun_Gets429_AndClosingTheStreamFreesTheSlot()
    {
        var (app, address) = await ClassroomServerFixture.StartAsync();
        await using var _ = app;
        using var client = new HttpClient { BaseAddress = address };
        const string big = """{"scenario":"baseline","replications":5000}""";
        var first = await Start(client, big);
        var second = await Start(client, big);
        using (var third = await client.PostAsync("api/runs", new StringContent(big, Encoding.UTF8, "application/json")))
        {
            Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        }
        // Open and drop the first run's stream, as a closed page does; its slot must come back.
        using (var stream = await client.GetAsync($"api/runs/{first}/events", HttpCompletionOption.ResponseHeadersRead))
        {
            using var reader = new StreamReader(await stream.Content.ReadAsStreamAsync());
            await reader.ReadLineAsync();
        }
        using var stop = await client.DeleteAsync($"api/runs/{second}");
        var deadline = DateTime.UtcNow.AddSeconds(30);
        HttpStatusCode status;
        do
        {
            await Task.Delay(200);
            using var again = await client.PostAsync("api/runs", new StringContent("""{"scenario":"smoke","replications":10}""", Encoding.UTF8, "application/json"));
            status = again.StatusCode;
        }
        while (status == HttpStatusCode.TooManyRequests && DateTime.UtcNow < deadline);
        Assert.Equal(HttpStatusCode.Created, status);
    }

    [Fact]
    public async Task JoinCode_IsRequiredForTheApi()
    {
        var (app, address) = await ClassroomServerFixture.StartAsync(joinCode: "maglev42");
        await using var _ = app;
        using var client = new HttpClient { BaseAddress = address };
        using (var denied = await client.GetAsync("api/scenarios"))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, denied.StatusCode);
        }
        using (var query = await client.GetAsync("api/scenarios?code=maglev42"))
        {
            Assert.Equal(HttpStatusCode.OK, query.StatusCode);
        }
        client.DefaultRequestHeaders.Add(ClassroomServer.JoinCodeHeader, "maglev42");
        using var header = await client.GetAsync("api/scenarios");
        Assert.Equal(HttpStatusCode.OK, header.StatusCode);
    }

    [Fact]
    public async Task Page_IsServedWithItsScriptAndStyle()
    {
        using var client = server.Client();
        Assert.Contains("<script src=\"app.js\">", await client.GetStringAsync(""));
        Assert.Contains("EventSource", await client.GetStringAsync("app.js"));
        Assert.Contains("font-size", await client.GetStringAsync("style.css"));
    }

    internal static async Task<string> Start(HttpClient client, string body)
    {
        using var response = await client.PostAsync("api/runs", new StringContent(body, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    private static async Task<List<(string Name, string Data)>> ReadEvents(HttpClient client, string id)
    {
        var events = new List<(string, string)>();
        using var response = await client.GetAsync($"api/runs/{id}/events", HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        string? name = null;
        while (await reader.ReadLineAsync() is { } line)
        {
            if (line.StartsWith("event: ", StringComparison.Ordinal))
            {
                name = line[7..];
            }
            else if (line.StartsWith("data: ", StringComparison.Ordinal))
            {
                events.Add((name!, line[6..]));
            }
        }
        return events;
    }
}
