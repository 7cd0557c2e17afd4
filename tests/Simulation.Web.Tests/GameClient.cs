using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Simulation.Web.Tests;

/// <summary>Talks to the game API as a teacher or a student would, for the tests.</summary>
internal sealed class GameClient(HttpClient http)
{
    public static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    /// <summary>Starts a game of one student per region, as most tests play.</summary>
    public Task<(string Code, string TeacherToken)> StartAsync(string scenario = "baseline") => StartWithAsync($$"""{"scenario":"{{scenario}}","teamSize":1}""");

    /// <summary>Starts a game with the request body <paramref name="json"/> (teams, captains, regime, seed).</summary>
    public async Task<(string Code, string TeacherToken)> StartWithAsync(string json)
    {
        using var response = await http.PostAsync("api/games", Json(json));
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (body.GetProperty("code").GetString()!, body.GetProperty("teacherToken").GetString()!);
    }

    public async Task<(string Token, string Region)> TakeSeatAsync(string code, string name, string? region = null)
    {
        var json = region is null ? $$"""{"name":"{{name}}"}""" : $$"""{"name":"{{name}}","region":"{{region}}"}""";
        using var response = await http.PostAsync($"api/games/{code}/seats", Json(json));
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (body.GetProperty("token").GetString()!, body.GetProperty("region").GetString()!);
    }

    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? json = null, string? seat = null, string? teacher = null)
    {
        var request = new HttpRequestMessage(method, path) { Content = json is null ? null : Json(json) };
        if (seat is not null)
        {
            request.Headers.Add("X-Seat-Token", seat);
        }
        if (teacher is not null)
        {
            request.Headers.Add("X-Teacher-Token", teacher);
        }
        return http.SendAsync(request);
    }

    public async Task<JsonElement> AdvanceAsync(string code, string teacher)
    {
        using var response = await SendAsync(HttpMethod.Post, $"api/games/{code}/advance", teacher: teacher);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>Advances the game round after round until it is finished.</summary>
    public async Task PlayToTheEndAsync(string code, string teacher)
    {
        while ((await AdvanceAsync(code, teacher)).GetProperty("phase").GetString() != "finished")
        {
        }
    }

    /// <summary>Submits a member's proposal for the open round, which must be accepted.</summary>
    public async Task DecideAsync(string code, string seat, string json)
    {
        using var response = await SendAsync(HttpMethod.Put, $"api/games/{code}/decision", json, seat: seat);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Frees one member of a region's team, as the teacher's page does.</summary>
    public async Task FreeAsync(string code, string region, string name, string teacher)
    {
        using var response = await SendAsync(HttpMethod.Delete, $"api/games/{code}/seats/{region}?name={name}", teacher: teacher);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>The teacher names <paramref name="name"/> captain of <paramref name="region"/>'s team; fails the test if refused.</summary>
    public async Task NameCaptainAsync(string code, string region, string name, string teacher)
    {
        using var response = await SendAsync(HttpMethod.Put, $"api/games/{code}/captain",
            System.Text.Json.JsonSerializer.Serialize(new { region, name }), teacher: teacher);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Plays daegu's first round with a team of two: Minji proposes not to bid, then Hana (the captain, where teams
    /// have one) proposes a bid; the teacher frees Hana and judges the round. Returns the game.</summary>
    public async Task<(string Code, string TeacherToken)> PlayARoundHanaLeavesAsync(bool captains)
    {
        var (code, teacher) = await StartWithAsync($$"""{"scenario":"baseline","teamSize":3,"captains":{{(captains ? "true" : "false")}}}""");
        var (hana, _) = await TakeSeatAsync(code, "Hana", "daegu");
        var (minji, _) = await TakeSeatAsync(code, "Minji", "daegu");
        await AdvanceAsync(code, teacher);
        await DecideAsync(code, minji, """{"bid":false}""");
        await DecideAsync(code, hana, """{"bid":true,"effort":2}""");
        await FreeAsync(code, "daegu", "Hana", teacher);
        await AdvanceAsync(code, teacher);
        return (code, teacher);
    }

    /// <summary>The links to the game's debrief and CSV, with the game's read-only key, as the teacher's page gets them.</summary>
    public async Task<(string Debrief, string Export, string Key)> LinksAsync(string code, string teacher)
    {
        using var response = await SendAsync(HttpMethod.Get, $"api/games/{code}/links", teacher: teacher);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        var links = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (links.GetProperty("debrief").GetString()!, links.GetProperty("export").GetString()!, links.GetProperty("key").GetString()!);
    }

    /// <summary>Replaces the game's read-only key as the teacher's button does, which must be accepted; returns the new links.</summary>
    public async Task<(string Debrief, string Export, string Key)> ReplaceKeyAsync(string code, string teacher)
    {
        using var response = await SendAsync(HttpMethod.Post, $"api/games/{code}/key", teacher: teacher);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        var links = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (links.GetProperty("debrief").GetString()!, links.GetProperty("export").GetString()!, links.GetProperty("key").GetString()!);
    }

    /// <summary>The game's debrief page, opened by the teacher's link (<paramref name="query"/>: more of its address, as "&amp;tz=…").</summary>
    public async Task<string> DebriefAsync(string code, string teacher, string query = "") =>
        await http.GetStringAsync((await LinksAsync(code, teacher)).Debrief + query);

    /// <summary>The game's <c>export.csv</c>, opened by the teacher's link.</summary>
    public async Task<string> ExportAsync(string code, string teacher) => await http.GetStringAsync((await LinksAsync(code, teacher)).Export);

    /// <summary>The rows of the game's <c>export.csv</c>, each by column name (the tests' names hold no commas).</summary>
    public async Task<List<Dictionary<string, string>>> ExportRowsAsync(string code, string teacher)
    {
        var lines = (await ExportAsync(code, teacher)).TrimStart('\uFEFF')
            .Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var header = lines[0].Split(',');
        return [.. lines.Skip(1).Select(line => header.Zip(line.Split(',')).ToDictionary(p => p.First, p => p.Second))];
    }

    public async Task<JsonElement> ViewAsync(string code, string? seat = null)
    {
        using var response = await SendAsync(HttpMethod.Get, $"api/games/{code}", seat: seat);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
