using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Simulation.Web;

/// <summary>
/// Serves the pages' files, embedded from <c>wwwroot/</c>, under one route: <c>/</c> is the classroom page, <c>/play</c> the
/// class game, and <c>/NAME</c> any other embedded file with the content type of its extension. A new page file needs no
/// new route; a name that is not embedded is a 404 problem.
/// </summary>
internal static class PageAssets
{
    private static readonly Dictionary<string, string> Pages = new(StringComparer.Ordinal) { [""] = "index.html", ["play"] = "play.html" };

    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.Ordinal)
    {
        [".html"] = "text/html; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".svg"] = "image/svg+xml",
    };

    /// <summary>Maps the route, for GET and for HEAD (what link checkers and uptime monitors send; the server sends no body).</summary>
    public static void Map(WebApplication app)
    {
        string[] methods = [HttpMethods.Get, HttpMethods.Head];
        app.MapMethods("/", methods, () => Serve(Pages[""]));
        app.MapMethods("/{name}", methods, (string name) => Serve(Pages.GetValueOrDefault(name, name)));
    }

    private static IResult Serve(string file)
    {
        var stream = ContentTypes.TryGetValue(Path.GetExtension(file), out var type)
            ? typeof(PageAssets).Assembly.GetManifestResourceStream($"wwwroot/{file}")
            : null;
        return stream is null ? RequestProblem.NotFound(null, $"there is no page or file '{file}'").ToResult() : Results.Stream(stream, type);
    }
}
