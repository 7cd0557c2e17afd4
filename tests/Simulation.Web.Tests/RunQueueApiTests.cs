using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;

namespace Simulation.Web.Tests;

/// <summary>Runs pressed while the server computes others wait their turn, first come, first served, each page told its
/// place in line as it changes; only a full queue refuses a run.</summary>
public sealed class RunQueueApiTests
{
    // Too long to end by itself during a test; it holds the one slot until it is deleted.
    private const string Endless = """{"scenario":"baseline","replications":50000000}""";

    private static ClassroomOptions OneSlot(int queued = 60) => new([], ClassroomServerFixture.ScenariosFolder())
    {
        MaxConcurrentRuns = 1,
        MaxQueuedRuns = queued,
        MaxReplications = 50_000_000,
        AttachTimeout = TimeSpan.FromMinutes(30),
    };

    [Fact]
    public async Task RunsPressedWhileTheSlotIsTaken_StartInTheOrderTheyWerePressed_EachToldItsPlace()
    {
        var (app, address) = await ClassroomServerFixture.StartAsync(OneSlot());
        await using var _ = app;
        using var client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromMinutes(5) };
        var holder = await ApiTests.Start(client, Endless);
        var ids = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            ids.Add(await ApiTests.Start(client, """{"scenario":"smoke","replications":1000}"""));
        }
        var streams = ids.Select(id => new Followed(client, id)).ToList();
        await Task.WhenAll(streams.Select(s => s.FirstEvent));

        // Each is told its place, in the order pressed.
        Assert.Equal([1, 2, 3, 4, 5], streams.Select(s => s.Places.First()));

        // The second leaves the line (its page cancels): those behind it move up one place.
        using (var cancelled = await client.DeleteAsync($"api/runs/{ids[1]}"))
        {
            Assert.Equal(HttpStatusCode.Accepted, cancelled.StatusCode);
        }
        await streams[1].Ended;
        Assert.Equal("cancelled", streams[1].Events[^1].Name);
        await WaitUntil(() => streams[4].Places.LastOrDefault() == 4);
        Assert.Equal(2, streams[2].Places.Last());

        // The slot frees: the rest run one after the other, in the order pressed. Compared by when each page first heard of
        // replications done (a run apart), not by one run's end against the next's start, which the client may read in
        // either order: the two happen at almost the same moment on the server, on two streams read independently.
        using (var stop = await client.DeleteAsync($"api/runs/{holder}"))
        {
            Assert.Equal(HttpStatusCode.Accepted, stop.StatusCode);
        }
        var rest = new[] { streams[0], streams[2], streams[3], streams[4] };
        await Task.WhenAll(rest.Select(s => s.Ended));
        Assert.All(rest, s => Assert.Equal("result", s.Events[^1].Name));
        for (var i = 1; i < rest.Length; i++)
        {
            Assert.True(rest[i].FirstReplicationsDone > rest[i - 1].FirstReplicationsDone, $"run {i} of the rest started computing before the one pressed before it");
        }
        // Places only ever move up.
        Assert.All(rest, s => Assert.Equal(s.Places.OrderByDescending(p => p), s.Places));
    }

    [Fact]
    public async Task ARunRefusedForItsRequest_LeavesNoPlaceInLineBehind()
    {
        var (app, address) = await ClassroomServerFixture.StartAsync(OneSlot(queued: 1));
        await using var _ = app;
        using var client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromMinutes(5) };
        var holder = await ApiTests.Start(client, Endless);
        foreach (var bad in new[] { """{"scenario":"nope"}""", """{"scenario":"smoke","replications":0}""", "{" })
        {
            using var refused = await client.PostAsync("api/runs", new StringContent(bad, Encoding.UTF8, "application/json"));
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        }

        // The queue holds one: were the refused requests still in it, this run would be refused, or told it is 4th.
        var waiting = await ApiTests.Start(client, """{"scenario":"smoke","replications":20}""");
        var stream = new Followed(client, waiting);
        await stream.FirstEvent;

        Assert.Equal(1, stream.Places.First());
        foreach (var id in new[] { waiting, holder })
        {
            using var stop = await client.DeleteAsync($"api/runs/{id}");
        }
        await stream.Ended;
    }

    [Fact]
    public async Task AFullQueue_RefusesTheNextRun_NamingTheRuns()
    {
        var (app, address) = await ClassroomServerFixture.StartAsync(OneSlot(queued: 1));
        await using var _ = app;
        using var client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromMinutes(5) };
        var holder = await ApiTests.Start(client, Endless);
        var waiting = await ApiTests.Start(client, Endless);

        using var refused = await client.PostAsync("api/runs", new StringContent(Endless, Encoding.UTF8, "application/json"));

        var problem = await Problems.AssertAsync(refused, HttpStatusCode.TooManyRequests, "runs");
        Assert.Contains("waiting their turn", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        foreach (var id in new[] { waiting, holder })
        {
            using var stop = await client.DeleteAsync($"api/runs/{id}");
        }
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(clock.Elapsed < TimeSpan.FromMinutes(1), "timed out");
            await Task.Delay(50);
        }
    }

    // A run's event stream read as it comes, each event timed.
    private sealed class Followed
    {
        private readonly TaskCompletionSource _first = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly ConcurrentQueue<(string Name, string Data, long At)> _events = new();

        public Followed(HttpClient client, string id) => Ended = ReadAsync(client, id);

        public Task FirstEvent => _first.Task;

        public Task Ended { get; }

        public IReadOnlyList<(string Name, string Data, long At)> Events => [.. _events];

        public IReadOnlyList<int> Places => [.. Events.Where(e => e.Name == "queued").Select(e => JsonDocument.Parse(e.Data).RootElement.GetProperty("place").GetInt32())];

        // When the page first heard of replications done: after the run began computing.
        public long FirstReplicationsDone => Events.First(e => e.Name == "progress" && JsonDocument.Parse(e.Data).RootElement.GetProperty("done").GetInt64() > 0).At;

        private async Task ReadAsync(HttpClient client, string id)
        {
            try
            {
                using var response = await client.GetAsync($"api/runs/{id}/events", HttpCompletionOption.ResponseHeadersRead);
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
                        _events.Enqueue((name!, line[6..], Stopwatch.GetTimestamp()));
                        _first.TrySetResult();
                    }
                }
            }
            finally
            {
                _first.TrySetResult();
            }
        }
    }
}
