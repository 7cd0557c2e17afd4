using System.Text.Json;
using Simulation.Application.Games;

namespace Simulation.Web.Games;

/// <summary>
/// A game's view as the JSON an event stream sends. The part every page shares is serialized once per version; the server's
/// time and each student's own seat are spliced into its last two members (<c>"serverTime"</c>, <c>"me"</c>), so a change seen
/// by sixty pages costs one large serialization and sixty small ones. The result is the same text as serializing the whole
/// <see cref="GameView"/>.
/// </summary>
public static class GameViewJson
{
    /// <summary>The serializer options of every JSON the server sends; a number JSON cannot hold is written as null.</summary>
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { Converters = { new FiniteNumberConverter() } };

    // How the shared text ends: no time and no seat, both spliced in.
    private const string NoTimeNoSeat = "null,\"me\":null}";

    /// <summary>Returns the view of <paramref name="game"/> for the holder of <paramref name="seat"/> at <paramref name="now"/>
    /// as JSON, and its version.</summary>
    public static (string Json, long Version) For(ClassroomGame game, Seat? seat, DateTimeOffset now)
    {
        var view = GameView.Of(game, seat, now);
        var shared = game.Read(g =>
        {
            if (g.SharedJson is not { } cached || cached.Version != view.Version)
            {
                g.SharedJson = cached = (JsonSerializer.Serialize(view with { ServerTime = null, Me = null }, Options), view.Version);
            }
            return cached.Json;
        });
        var me = view.Me is null ? "null}" : JsonSerializer.Serialize(view.Me, Options) + "}";
        return (string.Concat(shared.AsSpan(0, shared.Length - NoTimeNoSeat.Length), JsonSerializer.Serialize(now, Options), ",\"me\":", me), view.Version);
    }
}
