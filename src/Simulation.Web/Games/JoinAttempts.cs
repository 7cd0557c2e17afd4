using System.Collections.Concurrent;
using System.Net;

namespace Simulation.Web.Games;

/// <summary>
/// Counts, per client address, requests naming a game that does not exist, so join codes (about 30 bits) cannot be found by
/// trying: past <see cref="Limit"/> misses in <see cref="Window"/>, the client's requests by code alone are answered 429 until
/// the window has passed. Students who already hold a seat or the teacher's token are never held back.
/// </summary>
public sealed class JoinAttempts(TimeProvider clock)
{
    /// <summary>Misses allowed per client in one window: a class behind one address mistypes a few codes, not hundreds.</summary>
    public const int Limit = 30;

    /// <summary>How long misses are remembered.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(10);

    private readonly ConcurrentDictionary<IPAddress, Misses> _clients = new();

    /// <summary>Seconds until <paramref name="client"/> may try codes again, or null when it may now.</summary>
    public int? BlockedFor(IPAddress? client)
    {
        if (client is null || !_clients.TryGetValue(client, out var misses))
        {
            return null;
        }
        lock (misses)
        {
            var now = clock.GetUtcNow();
            misses.Times.RemoveAll(t => now - t > Window);
            return misses.Times.Count >= Limit ? (int)Math.Ceiling((misses.Times[0] + Window - now).TotalSeconds) : null;
        }
    }

    /// <summary>Records that <paramref name="client"/> named a game that does not exist.</summary>
    public void Miss(IPAddress? client)
    {
        if (client is null)
        {
            return;
        }
        if (_clients.Count > 10_000)
        {
            _clients.Clear(); // a flood of addresses must not grow memory; the window restarts for all
        }
        var misses = _clients.GetOrAdd(client, _ => new Misses());
        lock (misses)
        {
            misses.Times.Add(clock.GetUtcNow());
        }
    }

    private sealed class Misses
    {
        public List<DateTimeOffset> Times { get; } = [];
    }
}
