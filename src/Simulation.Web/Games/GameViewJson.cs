using System.Text.Json;

namespace Simulation.Web.Games;

/// <summary>
/// A game's view as the JSON an event stream sends. The part every page shares is serialized once per version and each
/// student's own seat is spliced into its last member (<c>"me"</c>), so a change seen by sixty pages costs one large
/// serialization and sixty small ones. The result is the same text as serializing the whole <see cref="GameView"/>.
/// </summary>
public static class GameViewJson
{
    /// <summary>The serializer options of every JSON the server sends.</summary>
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    private const string NoSeat = "null}";

    /// <summary>Returns the view of <paramref name="game"/> for the holder of <paramref name="seat"/> as JSON, and its version.</summary>
    public static (string Json, long Version) For(ClassroomGame game, Seat? seat)
    {
        var view = GameView.Of(game, seat);
        var shared = game.Read(g =>
        {
            if (g.SharedJson is not { } cached || cached.Version != view.Version)
            {
                g.SharedJson = cached = (JsonSerializer.Serialize(view with { Me = null }, Options), view.Version);
            }
            return cached.Json;
        });
        return view.Me is null ? (shared, view.Version) : (string.Concat(shared.AsSpan(0, shared.Length - NoSeat.Length), JsonSerializer.Serialize(view.Me, Options), "}"), view.Version);
    }
}
