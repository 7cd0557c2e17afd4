using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Simulation.Tests.Shared;

namespace Simulation.Web.Tests;

/// <summary>A server whose only scenario is the baseline with its regimes renamed (ids alpha and beta, names "Alpha regime"
/// and "Beta regime", every Roh and Lee in its text renamed too): the page gets every label from the server, and none of
/// them is an old id or name.</summary>
public sealed partial class RenamedRegimesApiTests : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "regsim-renamed-" + Guid.NewGuid().ToString("N"));
    private Microsoft.AspNetCore.Builder.WebApplication? _app;
    private Uri _address = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        var document = RenamedRegimes.Document(File.ReadAllText(Path.Combine(ClassroomServerFixture.ScenariosFolder(), "baseline.json")));
        document.Remove("$schema");
        File.WriteAllText(Path.Combine(_folder, "renamed.json"), document.ToJsonString());
        (_app, _address) = await ClassroomServerFixture.StartAsync(new ClassroomOptions([], _folder));
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
        Directory.Delete(_folder, recursive: true);
    }

    private HttpClient Client() => new() { BaseAddress = _address, Timeout = TimeSpan.FromMinutes(2) };

    [Fact]
    public async Task Regimes_AGameMayStartUnder_ComeFromTheScenario()
    {
        using var client = Client();

        var regimes = await client.GetFromJsonAsync<JsonElement>("api/scenarios/renamed/regimes");

        Assert.Equal(["alpha:Alpha regime", "beta:Beta regime"],
            regimes.EnumerateArray().Select(r => $"{r.GetProperty("id").GetString()}:{r.GetProperty("name").GetString()}"));
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await client.GetAsync("api/scenarios/nope/regimes")).StatusCode);
    }

    [Fact]
    public async Task Run_LabelsTheModesByName_MapsTheTwoRegimes_AndNeverShowsAnOldName()
    {
        using var client = Client();
        var id = await ApiTests.Start(client, """{"scenario":"renamed","replications":100,"seed":7}""");

        var events = await ApiTests.ReadEvents(client, id);

        Assert.Equal("result", events[^1].Name);
        var json = events[^1].Data;
        var result = JsonDocument.Parse(json).RootElement;
        Assert.Equal(["timeline:Historical timeline", "alpha:Alpha regime", "beta:Beta regime"],
            result.GetProperty("modeLabels").EnumerateArray().Select(m => $"{m.GetProperty("mode").GetString()}:{m.GetProperty("label").GetString()}"));
        Assert.Equal(["map_alpha:Alpha regime", "map_beta:Beta regime"],
            result.GetProperty("resourceMaps").GetProperty("maps").EnumerateArray().Select(m => $"{m.GetProperty("id").GetString()}:{m.GetProperty("title").GetString()}"));
        var sentences = string.Join(" ", result.GetProperty("charts").EnumerateArray().SelectMany(c => c.GetProperty("sentences").EnumerateArray()).Select(s => s.GetString()));
        Assert.Contains("under Alpha regime", sentences);
        Assert.Contains("under Beta regime", sentences);
        Assert.DoesNotMatch(OldRegime(), json);

        var parameters = await client.GetStringAsync("api/scenarios/renamed/parameters");
        Assert.Contains("\"group\":\"Alpha regime\"", parameters);
        Assert.DoesNotMatch(OldRegime(), parameters);
    }

    [Fact]
    public async Task Replay_LabelsItsModeAndYearsByTheScenariosNames_AndNeverShowsAnOldName()
    {
        using var client = Client();

        using var response = await client.PostAsync("api/replays", new StringContent("""{"scenario":"renamed","mode":"beta","replication":1}""", System.Text.Encoding.UTF8, "application/json"));

        response.EnsureSuccessStatusCode();
        var json = await response.Content.ReadAsStringAsync();
        var replay = JsonDocument.Parse(json).RootElement;
        Assert.Equal("Beta regime", replay.GetProperty("modeLabel").GetString());
        Assert.All(replay.GetProperty("years").EnumerateArray(), y => Assert.Contains("Beta regime in force", y.GetProperty("heading").GetString()));
        Assert.DoesNotMatch(OldRegime(), json);
    }

    [GeneratedRegex(@"\b(roh|lee)\b|Roh|Lee")]
    private static partial Regex OldRegime();
}
