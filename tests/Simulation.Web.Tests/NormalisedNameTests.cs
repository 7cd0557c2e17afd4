using System.Net;

namespace Simulation.Web.Tests;

/// <summary>A name typed with a combining accent is the same name as the one typed precomposed: the second student is asked
/// to add an initial, and the name is stored in Unicode normalization form C.</summary>
public sealed class NormalisedNameTests(GameServerFixture server) : IClassFixture<GameServerFixture>
{
    [Fact]
    public async Task JoseWithACombiningAccent_IsTheJoseAlreadyPlaying_AndNamesAreStoredComposed()
    {
        using var http = server.Client();
        var game = new GameClient(http);
        var (code, _) = await game.StartAsync();
        await game.TakeSeatAsync(code, "Jose\u0301", "daegu");

        using var second = await game.SendAsync(HttpMethod.Post, $"api/games/{code}/seats", "{\"name\":\"Jos\u00e9\",\"region\":\"incheon\"}");

        var problem = await Problems.AssertAsync(second, HttpStatusCode.Conflict, "name");
        Assert.StartsWith("someone called Jos\u00e9 already plays for Daegu", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var daegu = (await game.ViewAsync(code)).GetProperty("regions").EnumerateArray().Single(r => r.GetProperty("id").GetString() == "daegu");
        Assert.Equal("Jos\u00e9", daegu.GetProperty("player").GetString());
    }
}
