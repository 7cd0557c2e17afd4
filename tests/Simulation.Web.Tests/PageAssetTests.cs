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
    [InlineData("play-teams.js", "text/javascript", "")]
    [InlineData("play-effort.js", "text/javascript", "")]
    [InlineData("play-seat.js", "text/javascript", "")]
    [InlineData("replay.js", "text/javascript", "")]
    [InlineData("problem.js", "text/javascript", "")]
    [InlineData("style.css", "text/css", "")]
    [InlineData("play.css", "text/css", "")]
    [InlineData("favicon.svg", "image/svg+xml", "<svg")]
    public async Task EveryEmbeddedPageFile_IsServedWithTheTypeOfItsExtension(string path, string type, string start)
    {
        using var client = server.Client();

        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(type, response.Content.Headers.ContentType!.MediaType);
        Assert.Contains(start, await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("", "text/html")]
    [InlineData("play", "text/html")]
    [InlineData("style.css", "text/css")]
    public async Task APageAskedWithHead_AnswersLikeGet_WithoutABody(string path, string type)
    {
        using var client = server.Client();

        using var response = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, path));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(type, response.Content.Headers.ContentType!.MediaType);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("", "<button id=\"run\" type=\"button\" disabled>")]
    [InlineData("play", "<button type=\"submit\" class=\"primary\" id=\"start-game\" disabled>")]
    public async Task AButtonThatSendsTheScenariosName_IsServedDisabled_UntilTheListHasArrived(string path, string button)
    {
        // Sent before the list arrived, the request named no scenario and was refused; the page enables it once loaded.
        using var client = server.Client();

        var page = await client.GetStringAsync(path);

        Assert.Contains(button, page);
        Assert.Contains("<link rel=\"icon\" href=\"favicon.svg\"", page);
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
