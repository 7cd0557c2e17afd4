using System.Diagnostics;
using System.Text.Json;

namespace Simulation.Web.Games.Load;

/// <summary>One simulated student's page following the game's event stream: it keeps the last state and when each
/// version arrived, and notices a version that comes twice or goes back.</summary>
internal sealed class StudentStream(string token) : IDisposable
{
    private readonly object _gate = new();
    private readonly List<(long Version, string Phase, int? Round, long Ticks)> _seen = [];
    private TaskCompletionSource _next = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Task? _reading;
    private HttpResponseMessage? _response;
    private string _last = "{}";

    public string Token { get; } = token;

    /// <summary>The last state received, parsed when asked (a real page parses each; here the class shares two cores with the
    /// server, so only the header of each state is read as it arrives).</summary>
    public JsonElement Last
    {
        get
        {
            lock (_gate)
            {
                return JsonDocument.Parse(_last).RootElement.Clone();
            }
        }
    }

    /// <summary>Versions that arrived twice or out of order.</summary>
    public int Disorder { get; private set; }

    public async Task OpenAsync(HttpClient http, string code, CancellationToken cancellationToken)
    {
        _response = await http.GetAsync($"api/games/{code}/events?seat={Token}", HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        _response.EnsureSuccessStatusCode();
        var reader = new StreamReader(await _response.Content.ReadAsStreamAsync(cancellationToken));
        _reading = Task.Run(async () =>
        {
            while (await reader.ReadLineAsync(cancellationToken) is { } line)
            {
                if (line.StartsWith("data: ", StringComparison.Ordinal))
                {
                    Receive(line[6..]);
                }
            }
        }, cancellationToken);
    }

    /// <summary>Waits until a state satisfying <paramref name="condition"/> has arrived; returns when it did (stopwatch ticks).</summary>
    public async Task<long> WaitForAsync(Func<string, int?, bool> condition, CancellationToken cancellationToken)
    {
        while (true)
        {
            Task next;
            lock (_gate)
            {
                foreach (var (_, phase, round, ticks) in _seen)
                {
                    if (condition(phase, round))
                    {
                        return ticks;
                    }
                }
                next = _next.Task;
            }
            await next.WaitAsync(cancellationToken);
        }
    }

    public void Dispose()
    {
        _response?.Dispose();
        _ = _reading?.ContinueWith(_ => { }, TaskScheduler.Default);
    }

    private void Receive(string json)
    {
        var ticks = Stopwatch.GetTimestamp();
        var (version, phase, round) = Header(json);
        lock (_gate)
        {
            if (_seen.Count > 0 && version <= _seen[^1].Version)
            {
                Disorder++;
            }
            _seen.Add((version, phase, round, ticks));
            _last = json;
            var next = _next;
            _next = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            next.SetResult();
        }
    }

    // Reads the top-level "phase", "version" and "round" of a state, skipping everything else without building a document.
    private static (long Version, string Phase, int? Round) Header(string json)
    {
        var reader = new Utf8JsonReader(System.Text.Encoding.UTF8.GetBytes(json));
        long version = -1;
        string phase = "";
        int? round = null;
        var found = 0;
        reader.Read();
        while (found < 3 && reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString();
            reader.Read();
            switch (name)
            {
                case "version":
                    version = reader.GetInt64();
                    found++;
                    break;
                case "phase":
                    phase = reader.GetString()!;
                    found++;
                    break;
                case "round":
                    round = reader.TokenType == JsonTokenType.Number ? reader.GetInt32() : null;
                    found++;
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }
        return (version, phase, round);
    }
}
