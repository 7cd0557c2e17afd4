using System.Net;

namespace Simulation.Web.Tests;

public sealed class PageAssetTests(ClassroomServerFixture server) : IClassFixture<ClassroomServerFixture>
{
    [Theory]
    [InlineData("", "text/html", "<html")]
    [InlineData("play", "text/html", "<html")]
    [InlineData("app.js", "text/javascript", "")]
    [InlineData("play.js", "text/javascript", "")]
    [InlineData("play-common.js", "text/javascript", "")]
    [InlineData("play-start.js", "text/javascript", "")]
    [InlineData("play-clock.js", "text/javascript", "")]
    [InlineData("play-board.js", "text/javascript", "")]
    [InlineData("replay.js", "text/javascript", "")]
    [InlineData("problem.js", "text/javascript", "")]
    [InlineData("style.css", "text/css", "")]
    [InlineData("play.css", "text/css", "")]
    public async Task EveryEmbeddedPageFile_IsServedWithTheTypeOfItsExtension(string path, string type, string start)
    {
        using var client = server.Client();

        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(type, response.Content.Headers.ContentType!.MediaType);
        Assert.Contains(start, await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("nothing.js")]
    [InlineData("index")]
    [InlineData("Simulation.Web.dll")]
    [InlineData("%2E%2E%2Fappsettings.json")]
    public async Task ANameThatIsNotAnEmbeddedPageFile_IsA404Problem(string path)
    {
        using var client = server.Client();

        using var response = await client.GetAsync(path);

        await Problems.AssertAsync(response, HttpStatusCode.NotFound, null);
    }
}
