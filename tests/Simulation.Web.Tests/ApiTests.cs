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
        Assert.Equal("number", lee.GetProperty("kind").GetString());
        var joint = doc.RootElement.GetProperty("parameters").EnumerateArray().Single(p => p.GetProperty("path").GetString() == "jointBids");
        Assert.Equal("switch", joint.GetProperty("kind").GetString()); // the page shows a check box for it
    }

    [Fact]
    public async Task Parameters_OfARegimeNoModeOfTheScenarioPutsInForce_AreNotOffered_NorAccepted()
    {
        using var client = server.Client();
        static async Task<List<string>> Paths(HttpClient client, string scenario)
        {
            using var doc = JsonDocument.Parse(await client.GetStringAsync($"api/scenarios/{scenario}/parameters"));
            return [.. doc.RootElement.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("path").GetString()!)];
        }

        var leeOnly = await Paths(client, "lee-only");
        var baseline = await Paths(client, "baseline");
        using var refused = await client.PostAsync("api/runs", new StringContent(
            """{"scenario":"lee-only","replications":10,"parameters":{"regimes[roh].tilt[equity].weight":2}}""", System.Text.Encoding.UTF8, "application/json"));

        Assert.Contains("regimes[lee].tilt[equity].weight", leeOnly);
        Assert.DoesNotContain(leeOnly, p => p.StartsWith("regimes[roh]", StringComparison.Ordinal));
        Assert.Contains("regimes[roh].tilt[equity].weight", baseline);
        await Problems.AssertAsync(refused, System.Net.HttpStatusCode.BadRequest, "parameters.regimes[roh].tilt[equity].weight");
    }

    [Theory]
    [InlineData("""{"scenario":"smoke","replications":10,"parameters":{"regimes[lee].tilt[nonsense].weight":1}}""", "parameters.regimes[lee].tilt[nonsense].weight")]
    [InlineData("""{"scenario":"smoke","replications":10,"parameters":{"regimes[lee].tilt[equity].weight":11}}""", "parameters.regimes[lee].tilt[equity].weight")]
    [InlineData("""{"scenario":"smoke","replications":5001}""", "replications")]
    [InlineData("""{"scenario":"nope","replications":10}""", "scenario")]
    [InlineData("""{"replications":10}""", "scenario")]
    [InlineData("""{"scenario":"smoke","replications":"many"}""", "replications")]
    [InlineData("""{"scenario":"smoke","replications":"20"}""", "replications")]
    [InlineData("""{"scenario":"smoke","replications":10,"seed":9223372036854775808}""", "seed")]
    [InlineData("""{"scenario":"smoke","replications":10,"seed":-1}""", "seed")]
    [InlineData("scenario=smoke&replications=10", "body")]
    [InlineData("""{"scenario":"smoke","replications":10,"parameters":{"jointBids":"1"}}""", "parameters.jointBids")]
    [InlineData("""{"scenario":"smoke","replications":10,"parameters":{"jointBids":0.5}}""", "parameters.jointBids")]
    [InlineData("""{"scenario":"smoke","replicatons":100}""", "replicatons")]
    [InlineData("""{"scenario":"smoke","replications":10,"previous":""}""", "previous")]
    [InlineData("""{"scenario":"smoke","replications":10,"previous":"last"}""", "previous")]
    [InlineData("""{"scenario":"smoke","replications":10,"previous":"0123456789abcdeg"}""", "previous")]
    public async Task BadRunRequest_Gets400ProblemNamingTheField(string body, string field)
    {
        using var client = server.Client();
        using var response = await client.PostAsync("api/runs", new StringContent(body, Encoding.UTF8, "application/json"));
        await Problems.AssertAsync(response, HttpStatusCode.BadRequest, field);
    }

    [Fact]
    public async Task ABodySentWithAByteOrderMark_IsReadPastIt_AsAFileIs()
    {
        using var client = server.Client();
        var body = new ByteArrayContent([.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes("""{"scenario":"nope","replications":10}""")]);
        body.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");

        using var response = await client.PostAsync("api/runs", body);

        // Read as JSON, the body is refused for the scenario it names, not as a body that is not JSON.
        await Problems.AssertAsync(response, HttpStatusCode.BadRequest, "scenario");
    }

    [Fact]
    public async Task OversizedRequest_IsRefusedWithA413Problem()
    {
        using var client = server.Client();
        var body = $$"""{"scenario":"smoke","pad":"{{new string('x', 100_000)}}"}""";
        using var response = await client.PostAsync("api/runs", new StringContent(body, Encoding.UTF8, "application/json"));
        await Problems.AssertAsync(response, HttpStatusCode.RequestEntityTooLarge, "body");
    }

    [Fact]
    public async Task UnknownThings_Get404Problems_NamingTheFieldWhereThereIsOne()
    {
        using var client = server.Client();
        using (var response = await client.GetAsync("api/scenarios/nope/parameters"))
        {
            await Problems.AssertAsync(response, HttpStatusCode.NotFound, "scenario");
        }
        using (var response = await client.GetAsync("api/runs/nope/events"))
        {
            await Problems.AssertAsync(response, HttpStatusCode.NotFound, "id");
        }
        using (var response = await client.DeleteAsync("api/runs/nope"))
        {
            await Problems.AssertAsync(response, HttpStatusCode.NotFound, "id");
        }
        using (var response = await client.GetAsync("nothing.js"))
        {
            await Problems.AssertAsync(response, HttpStatusCode.NotFound, null);
        }
        using (var response = await client.GetAsync("api/no/such/route"))
        {
            await Problems.AssertAsync(response, HttpStatusCode.NotFound, null); // written by ASP.NET Core itself
        }
    }

    [Fact]
    public async Task ASecondPageFollowingARun_GetsA409Problem()
    {
        // A run far longer than the round trip of the cancellation, so that it cannot finish first on a fast machine.
        var (app, address) = await ClassroomServerFixture.StartAsync(
            new ClassroomOptions([], ClassroomServerFixture.ScenariosFolder(), null) { MaxReplications = 1_000_000 });
        await using var _ = app;
        using var client = new HttpClient { BaseAddress = address };
        var id = await Start(client, """{"scenario":"baseline","replications":1000000}""");
        try
        {
            using var first = await client.GetAsync($"api/runs/{id}/events", HttpCompletionOption.ResponseHeadersRead);
            using var reader = new StreamReader(await first.Content.ReadAsStreamAsync());
            Assert.Equal("event: progress", await reader.ReadLineAsync());

            using var second = await client.GetAsync($"api/runs/{id}/events");

            await Problems.AssertAsync(second, HttpStatusCode.Conflict, "id");
        }
        finally
        {
            using var stop = await client.DeleteAsync($"api/runs/{id}");
        }
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
    public async Task ARunOfOneReplication_EndsWithItsResult_WritingTheSdItHasNotAsNull()
    {
        using var client = server.Client();
        var id = await Start(client, """{"scenario":"smoke","replications":1}""");

        var events = await ReadEvents(client, id);

        Assert.Equal("result", events[^1].Name);
        var metrics = JsonDocument.Parse(events[^1].Data).RootElement.GetProperty("metrics").EnumerateArray().ToList();
        Assert.NotEmpty(metrics);
        Assert.All(metrics, m => Assert.Equal(JsonValueKind.Null, m.GetProperty("sd").ValueKind)); // n - 1 = 0: no sd
        Assert.All(metrics, m => Assert.Equal(JsonValueKind.Number, m.GetProperty("mean").ValueKind));
    }

    [Fact]
    public async Task JointBidsSwitchedOff_RunsWithTheRecordsConsortiaBiddingAsTheirMembers()
    {
        using var client = server.Client();
        var id = await Start(client, """{"scenario":"smoke","replications":50,"seed":7,"parameters":{"jointBids":0}}""");
        var events = await ReadEvents(client, id);
        Assert.Equal("result", events[^1].Name);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    public async Task ABodyNotSentAsJson_IsRefusedWith415_AndStartsNothing(string type)
    {
        using var client = server.Client();

        using var response = await client.PostAsync("api/runs", new StringContent("""{"scenario":"smoke","replications":10,"seed":1}""", Encoding.UTF8, type));

        await Problems.AssertAsync(response, HttpStatusCode.UnsupportedMediaType, "body");
    }

    [Theory]
    [InlineData("""{"scenario":"smoke","replications":10,"seed":1,"seed":2}""")]
    [InlineData("""{"scenario":"smoke","replications":10,"parameters":{"jointBids":0,"jointBids":1}}""")]
    public async Task AFieldGivenTwice_IsRefused_NotReadAsItsLastValue(string body)
    {
        using var client = server.Client();

        using var response = await client.PostAsync("api/runs", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task AParameterOfTheWrongType_IsNamedAsItsPathIsWritten()
    {
        using var client = server.Client();
        var body = """{"scenario":"smoke","replications":10,"parameters":{"regimes[lee].tilt[equity].weight":"0.5"}}""";

        using var response = await client.PostAsync("api/runs", new StringContent(body, Encoding.UTF8, "application/json"));

        await Problems.AssertAsync(response, HttpStatusCode.BadRequest, "parameters.regimes[lee].tilt[equity].weight");
    }

    [Fact]
    public async Task ARunThatHasEnded_CanBeReadAgain_ByAReloadedPage()
    {
        using var client = server.Client();
        var id = await Start(client, """{"scenario":"smoke","replications":50,"seed":7}""");
        var first = await ReadEvents(client, id);

        var again = await ReadEvents(client, id);

        Assert.Equal("result", first[^1].Name);
        Assert.Equal(first[^1], again[^1]);
    }

    [Fact]
    public async Task Delete_CancelsARun()
    {
        // A run far longer than the round trip of the cancellation, so that it cannot finish first on a fast machine.
        var (app, address) = await ClassroomServerFixture.StartAsync(
            new ClassroomOptions([], ClassroomServerFixture.ScenariosFolder(), null) { MaxReplications = 1_000_000 });
        await using var _ = app;
        using var client = new HttpClient { BaseAddress = address };
        var id = await Start(client, """{"scenario":"baseline","replications":1000000}""");
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
    public async Task ThirdConcurrentRun_Gets429WhenNoneMayWait_AndClosingTheStreamFreesTheSlot()
    {
        // Two slots and no room to wait: a third run is refused (with room, it waits its turn: RunQueueApiTests).
        // The runs must still hold their slots when the test looks, however slowly a loaded machine serves its requests:
        // a 5,000-replication run could finish (or be cancelled for want of a page after 15 s) before the third request was
        // served. Runs too long to finish during the test, and pages allowed to attach late, take timing out of the checks;
        // closing the stream and DELETE are then the only ways a slot comes back, and each is checked on its own.
        var options = new ClassroomOptions([], ClassroomServerFixture.ScenariosFolder())
        {
            MaxConcurrentRuns = 2,
            MaxQueuedRuns = 0,
            MaxReplications = 50_000_000,
            AttachTimeout = TimeSpan.FromMinutes(30),
        };
        var (app, address) = await ClassroomServerFixture.StartAsync(options);
        await using var _ = app;
        using var client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromMinutes(5) };
        const string endless = """{"scenario":"baseline","replications":50000000}""";
        var running = new List<string>();
        try
        {
            running.Add(await Start(client, endless));
            running.Add(await Start(client, endless));
            await AssertBusy(client, endless);

            // Open and drop the first run's stream, as a closed page does; its slot must come back, taken here by another long run.
            using (var stream = await client.GetAsync($"api/runs/{running[0]}/events", HttpCompletionOption.ResponseHeadersRead))
            {
                using var reader = new StreamReader(await stream.Content.ReadAsStreamAsync());
                await reader.ReadLineAsync();
            }
            running.Add(await StartOnceFree(client, endless));
            await AssertBusy(client, endless);

            // DELETE frees a slot too.
            using (var stop = await client.DeleteAsync($"api/runs/{running[1]}"))
            {
                Assert.Equal(HttpStatusCode.Accepted, stop.StatusCode);
            }
            await StartOnceFree(client, """{"scenario":"smoke","replications":10}""");
        }
        finally
        {
            foreach (var id in running)
            {
                using var stop = await client.DeleteAsync($"api/runs/{id}");
            }
        }

        static async Task AssertBusy(HttpClient client, string body)
        {
            using var refused = await client.PostAsync("api/runs", new StringContent(body, Encoding.UTF8, "application/json"));
            await Problems.AssertAsync(refused, HttpStatusCode.TooManyRequests, "runs");
        }

        // A cancelled run gives its slot back at its next block of replications; on a loaded machine that may take a while.
        static async Task<string> StartOnceFree(HttpClient client, string body)
        {
            var deadline = DateTime.UtcNow.AddMinutes(2);
            while (true)
            {
                using var response = await client.PostAsync("api/runs", new StringContent(body, Encoding.UTF8, "application/json"));
                if (response.StatusCode != HttpStatusCode.TooManyRequests || DateTime.UtcNow > deadline)
                {
                    Assert.Equal(HttpStatusCode.Created, response.StatusCode);
                    return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
                }
                await Task.Delay(200);
            }
        }
    }

    [Fact]
    public async Task JoinCode_IsRequiredForTheApi()
    {
        var (app, address) = await ClassroomServerFixture.StartAsync(joinCode: "maglev42");
        await using var _ = app;
        using var client = new HttpClient { BaseAddress = address };
        using (var denied = await client.GetAsync("api/scenarios"))
        {
            await Problems.AssertAsync(denied, HttpStatusCode.Unauthorized, ClassroomServer.JoinCodeHeader);
        }
        using (var query = await client.GetAsync("api/scenarios?code=maglev42"))
        {
            Assert.Equal(HttpStatusCode.OK, query.StatusCode);
        }
        using (var capitalised = await client.GetAsync("api/scenarios?code=Maglev42")) // in any case: a phone may capitalise it
        using (var wrong = await client.GetAsync("api/scenarios?code=maglev43"))
        {
            Assert.Equal(HttpStatusCode.OK, capitalised.StatusCode);
            await Problems.AssertAsync(wrong, HttpStatusCode.Unauthorized, ClassroomServer.JoinCodeHeader);
        }
        client.DefaultRequestHeaders.Add(ClassroomServer.JoinCodeHeader, "MAGLEV42");
        using var header = await client.GetAsync("api/scenarios");
        Assert.Equal(HttpStatusCode.OK, header.StatusCode);
    }

    [Fact]
    public async Task Page_IsServedWithItsScriptAndStyle()
    {
        using var client = server.Client();
        Assert.Contains("<script src=\"app.js\">", await client.GetStringAsync(""));
        Assert.Contains("EventSource", await client.GetStringAsync("app.js"));
        Assert.Contains("/api/replays", await client.GetStringAsync("replay.js"));
        Assert.Contains("<script src=\"replay.js\">", await client.GetStringAsync(""));
        Assert.Contains("font-size", await client.GetStringAsync("style.css"));
    }

    internal static async Task<string> Start(HttpClient client, string body)
    {
        using var response = await client.PostAsync("api/runs", new StringContent(body, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    internal static async Task<List<(string Name, string Data)>> ReadEvents(HttpClient client, string id)
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
