using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Simulation.Core;
using Simulation.Core.Regimes;
using Simulation.Experiments;
using Simulation.Experiments.Replay;
using Simulation.Experiments.Scenarios;

namespace Simulation.Web.Tests;

public sealed class ReplayApiTests(ClassroomServerFixture server) : IClassFixture<ClassroomServerFixture>
{
    private static readonly Scenario Baseline = ScenarioLoader.Load(Path.Combine(ClassroomServerFixture.ScenariosFolder(), "baseline.json")).Model;

    private async Task<JsonElement> Replay(string body)
    {
        using var client = server.Client();
        using var response = await client.PostAsync("api/replays", new StringContent(body, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    [Fact]
    public async Task Replay_ReturnsEveryYearOfTheHorizon_WithItsMap_AndTheCompetitionsOf2007And2009()
    {
        var replay = await Replay("""{"scenario":"baseline","mode":"timeline","replication":3}""");

        var years = replay.GetProperty("years").EnumerateArray().ToList();
        Assert.Equal(Enumerable.Range(2003, 13), years.Select(y => y.GetProperty("year").GetInt32()));
        foreach (var year in years)
        {
            var projects = year.GetProperty("competitions").EnumerateArray().Select(c => c.GetProperty("project").GetString()!).ToList();
            var expected = year.GetProperty("year").GetInt32() switch
            {
                2007 => ["maglev", "robotLand"],
                2009 => ["medicalComplex"],
                _ => new List<string>(),
            };
            Assert.Equal(expected, projects);
            Assert.Equal(year.GetProperty("year").GetInt32() <= 2007 ? "roh" : "lee", year.GetProperty("regime").GetString());
            Assert.StartsWith("<svg", year.GetProperty("map").GetString());
            Assert.Contains("viewBox", year.GetProperty("map").GetString());
        }
        foreach (var year in years)
        {
            // Every year's map outlines exactly that year's winners.
            var winners = year.GetProperty("competitions").EnumerateArray().SelectMany(c => c.GetProperty("bids").EnumerateArray())
                .Where(b => b.GetProperty("won").GetBoolean()).SelectMany(b => b.GetProperty("regions").EnumerateArray().Select(r => r.GetString()!)).Distinct().Order();
            var map = System.Xml.Linq.XDocument.Parse(year.GetProperty("map").GetString()!);
            var marked = map.Descendants().Where(e => (string?)e.Attribute("class") == "tile" && e.Descendants().Any(r => (string?)r.Attribute("class") == "marked"))
                .Select(e => (string)e.Attribute("data-region")!).Order();
            Assert.Equal(winners, marked);
        }
        var maglev = years[4].GetProperty("competitions")[0];
        Assert.NotEmpty(maglev.GetProperty("bids").EnumerateArray());
        Assert.Contains(maglev.GetProperty("why").EnumerateArray(), w => w.GetString()!.Contains(" won: "));
        Assert.Equal("Incheon", replay.GetProperty("regionNames").GetProperty("incheon").GetString());
        Assert.Equal(Baseline.Seed, replay.GetProperty("seed").GetUInt64());
    }

    [Fact]
    public async Task Replay_SendsEveryLabelThePageShows_WordedFromTheScenario()
    {
        var replay = await Replay("""{"scenario":"baseline","mode":"lee","replication":3}""");
        var lee = Baseline.Regimes.Single(r => r.Id == "lee").Name;

        Assert.Equal(ModeCatalogue.From(Baseline).Label("lee"), replay.GetProperty("modeLabel").GetString());
        Assert.Contains("₩ thousand per person", replay.GetProperty("mapCaption").GetString());
        var years = replay.GetProperty("years").EnumerateArray().ToList();
        Assert.Equal($"2003 (year 1 of 13): {lee} in force, no competition", years[0].GetProperty("heading").GetString());
        Assert.Equal("No competition this year.", years[0].GetProperty("note").GetString());
        Assert.Equal($"2007 (year 5 of 13): {lee} in force, 2 competitions", years[4].GetProperty("heading").GetString());
        Assert.Equal(JsonValueKind.Null, years[4].GetProperty("note").ValueKind);

        var maglev = years[4].GetProperty("competitions")[0];
        Assert.Equal(Baseline.Projects.Single(p => p.Id == "maglev").Name, maglev.GetProperty("title").GetString());
        Assert.Equal("(1 winner)", maglev.GetProperty("subtitle").GetString());
        var table = maglev.GetProperty("table");
        Assert.Equal(["Bid:label", "Effort (₩\u00a0bn):number", "Criteria score:number", "Chance before the selection:number", "Won:mark"],
            table.GetProperty("columns").EnumerateArray().Select(c => $"{c.GetProperty("label").GetString()}:{c.GetProperty("kind").GetString()}"));
        var bids = maglev.GetProperty("bids").EnumerateArray().ToList();
        var rows = table.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal(bids.Count, rows.Count);
        var names = Baseline.Regions.ToDictionary(r => r.Id, r => r.Name);
        for (var i = 0; i < bids.Count; i++)
        {
            var cells = rows[i].GetProperty("cells").EnumerateArray().Select(c => c.GetString()!).ToList();
            Assert.Equal(string.Join(" + ", bids[i].GetProperty("regions").EnumerateArray().Select(r => names[r.GetString()!])), cells[0]);
            Assert.Equal(bids[i].GetProperty("won").GetBoolean(), rows[i].GetProperty("won").GetBoolean());
            Assert.Equal(bids[i].GetProperty("won").GetBoolean() ? "won" : "did not win", cells[4]);
            Assert.EndsWith(" %", cells[3]);
        }
    }

    [Fact]
    public async Task ReplayedWinners_AreThoseOfTheSameReplicationInARun_UnderTheSameMode()
    {
        const int replication = 5;
        var winners = new WinnersOf(Baseline, replication);
        MonteCarlo.Run(Baseline, new RunOptions(replication + 1, Baseline.Seed, 1), [winners]);

        foreach (var mode in Baseline.Modes())
        {
            var replay = await Replay($$"""{"scenario":"baseline","mode":"{{mode.Label}}","replication":{{replication}}}""");

            var replayed = replay.GetProperty("years").EnumerateArray()
                .SelectMany(y => y.GetProperty("competitions").EnumerateArray())
                .ToDictionary(c => c.GetProperty("project").GetString()!, c => c.GetProperty("bids").EnumerateArray()
                    .Where(b => b.GetProperty("won").GetBoolean())
                    .Select(b => string.Join("+", b.GetProperty("regions").EnumerateArray().Select(r => r.GetString())))
                    .Order(StringComparer.Ordinal).ToList());
            Assert.Equal(winners.ByMode[mode.Label], replayed);
            var direct = ReplicationReplay.Run(Baseline, mode, Baseline.Seed, replication).Years.Single(y => y.Year == 2007).Competitions.Single(c => c.Project == "maglev");
            Assert.Equal(direct.Bids.Single(b => b.Won).Regions.Single(), replayed["maglev"].Single());
        }
    }

    [Fact]
    public async Task Replay_AppliesTheRunsParameterOverrides()
    {
        const string equity = "regimes[lee].tilt[equity].weight";
        var plain = await Replay("""{"scenario":"baseline","mode":"lee","replication":2}""");
        var changed = await Replay($$$"""{"scenario":"baseline","mode":"lee","replication":2,"parameters":{"{{{equity}}}":10}}""");

        static string Merits(JsonElement replay) => string.Join(",", replay.GetProperty("years").EnumerateArray()
            .SelectMany(y => y.GetProperty("competitions").EnumerateArray()).SelectMany(c => c.GetProperty("bids").EnumerateArray())
            .Select(b => b.GetProperty("merit").GetDouble()));
        Assert.NotEqual(Merits(plain), Merits(changed));
    }

    [Theory]
    [InlineData("""{"scenario":"baseline","mode":"park","replication":0}""", "mode")]
    [InlineData("""{"scenario":"baseline","mode":"timeline","replication":5000}""", "replication")]
    [InlineData("""{"scenario":"baseline","mode":"timeline","replication":-1}""", "replication")]
    [InlineData("""{"scenario":"baseline","mode":"timeline","replication":"first"}""", "replication")]
    [InlineData("""{"scenario":"nope","mode":"timeline","replication":0}""", "scenario")]
    [InlineData("""{"mode":"lee","replication":0}""", "scenario")]
    [InlineData("""{"scenario":"baseline","mode":"lee","replication":0,"parameters":{"regimes[lee].tilt[equity].weight":11}}""", "parameters.regimes[lee].tilt[equity].weight")]
    public async Task BadReplayRequest_Gets400ProblemNamingTheField(string body, string field)
    {
        using var client = server.Client();
        using var response = await client.PostAsync("api/replays", new StringContent(body, Encoding.UTF8, "application/json"));

        await Problems.AssertAsync(response, HttpStatusCode.BadRequest, field);
    }

    [Theory]
    [InlineData("1.5")]
    [InlineData("0.5")]
    [InlineData("2.0001")]
    public async Task AReplicationThatIsNotWhole_IsRefused_NotRoundedToAnother(string replication)
    {
        using var client = server.Client();
        using var response = await client.PostAsync("api/replays",
            new StringContent($$"""{"scenario":"baseline","mode":"timeline","replication":{{replication}}}""", Encoding.UTF8, "application/json"));

        var problem = await Problems.AssertAsync(response, HttpStatusCode.BadRequest, "replication");
        Assert.Contains("whole number", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheBidTables_MarkTheCriteriaScoreAsTheColumnThatGivesWayOnAPhone()
    {
        var replay = await Replay("""{"scenario":"baseline","mode":"timeline","replication":3}""");

        var columns = replay.GetProperty("years")[4].GetProperty("competitions")[0].GetProperty("table").GetProperty("columns").EnumerateArray().ToList();
        Assert.Equal(["Criteria score"], columns.Where(c => c.GetProperty("givesWay").GetBoolean()).Select(c => c.GetProperty("label").GetString()));
        // Its scale is said beside it: the only column whose numbers need a word.
        var noted = Assert.Single(columns, c => c.GetProperty("note").ValueKind == System.Text.Json.JsonValueKind.String);
        Assert.Equal("Criteria score", noted.GetProperty("label").GetString());
        Assert.Contains("0 is an average region", noted.GetProperty("note").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownMode_NamesTheModesTheScenarioHas()
    {
        using var client = server.Client();
        using var response = await client.PostAsync("api/replays", new StringContent("""{"scenario":"roh-only","mode":"lee"}""", Encoding.UTF8, "application/json"));

        var problem = await Problems.AssertAsync(response, HttpStatusCode.BadRequest, "mode");
        Assert.Contains("timeline", problem.GetProperty("detail").GetString());
    }

    // The winners of every project in one replication of a run, per mode.
    private sealed class WinnersOf(Scenario scenario, long replication) : IReplicationObserver
    {
        public Dictionary<string, Dictionary<string, List<string>>> ByMode { get; } = [];

        public void Observe(long index, RegimeMode mode, ReplicationOutcome outcome)
        {
            if (index != replication)
            {
                return;
            }
            ByMode[mode.Label] = scenario.Projects.Select((p, i) => (p.Id, Winners: outcome.Winners(i).ToArray()
                    .Select(m => string.Join("+", Enumerable.Range(0, scenario.Regions.Count).Where(r => (m & (1UL << r)) != 0).Select(r => scenario.Regions[r].Id)))
                    .Order(StringComparer.Ordinal).ToList()))
                .ToDictionary(x => x.Id, x => x.Winners);
        }
    }
}
