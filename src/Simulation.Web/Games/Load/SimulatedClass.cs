using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Simulation.Web.Games.Load;

/// <summary>
/// A class played over the HTTP API as real pages would, to measure what a class puts on the server: a teacher starts a game
/// in teams, every student takes a seat and follows the live event stream, and for each round every student sends a
/// proposal and the teacher judges. Checks that nothing is lost or duplicated (every proposal acknowledged and in the
/// export, every page sees every round, no state twice) and measures the latencies of <see cref="ClassLoadReport"/>.
/// Loopback only; bounded by the rounds asked for.
/// </summary>
public sealed class SimulatedClass(HttpClient http, int students, int teams)
{
    /// <summary>Plays <paramref name="rounds"/> rounds and returns the measurements; throws <see cref="InvalidDataException"/>
    /// when anything was lost or duplicated, and <see cref="Application.OptionValueException"/> when the game has fewer rounds.</summary>
    public async Task<ClassLoadReport> PlayAsync(int rounds, CancellationToken cancellationToken)
    {
        var teamSize = (students + teams - 1) / teams;
        var start = await PostAsync("api/games", $$"""{"scenario":"baseline","teamSize":{{teamSize}}}""", null, cancellationToken);
        var total = start.GetProperty("view").GetProperty("rounds").GetArrayLength();
        if (rounds > total)
        {
            throw new Application.OptionValueException("--rounds", $"--rounds must be at most {total}, the rounds of the baseline's game, not {rounds}.");
        }
        var code = start.GetProperty("code").GetString()!;
        var teacher = start.GetProperty("teacherToken").GetString()!;
        var regions = start.GetProperty("view").GetProperty("regions").EnumerateArray().Select(r => r.GetProperty("id").GetString()!).Take(teams).ToList();
        var streams = new List<StudentStream>();
        try
        {
            for (var s = 0; s < students; s++)
            {
                var seat = await PostAsync($"api/games/{code}/seats", $$"""{"name":"Student {{s + 1}}","region":"{{regions[s % teams]}}"}""", null, cancellationToken);
                var stream = new StudentStream(seat.GetProperty("token").GetString()!);
                await stream.OpenAsync(http, code, cancellationToken);
                streams.Add(stream);
            }
            var played = rounds;
            var decisions = new List<double>();
            var judged = new List<double>();
            var proposals = 0;
            for (var round = 1; round <= played; round++)
            {
                var number = round;
                await PostAsync($"api/games/{code}/advance", null, teacher, cancellationToken);
                await Task.WhenAll(streams.Select(s => s.WaitForAsync((phase, r) => phase == "deciding" && r == number, cancellationToken)));
                var answered = await Task.WhenAll(streams.Select(s => ProposeAsync(code, s, cancellationToken)));
                decisions.AddRange(answered.OfType<double>());
                proposals += answered.Count(a => a is not null);
                var sent = Stopwatch.GetTimestamp();
                await PostAsync($"api/games/{code}/advance", null, teacher, cancellationToken);
                var arrivals = await Task.WhenAll(streams.Select(s => s.WaitForAsync((phase, r) => phase is "judged" or "finished" && r == number, cancellationToken)));
                judged.AddRange(arrivals.Select(t => Stopwatch.GetElapsedTime(sent, t).TotalMilliseconds));
            }
            await CheckNothingLostAsync(code, teacher, streams, played, proposals, cancellationToken);
            return new ClassLoadReport(students, teams, played, decisions.Count, Percentile(decisions, 0.5), Percentile(decisions, 0.95),
                Percentile(judged, 0.5), Percentile(judged, 0.95));
        }
        finally
        {
            foreach (var stream in streams)
            {
                stream.Dispose();
            }
        }
    }

    // Every proposal in the export once, every page in order: what the class sent is what the server kept.
    private async Task CheckNothingLostAsync(string code, string teacher, IReadOnlyList<StudentStream> streams, int rounds, int sent,
        CancellationToken cancellationToken)
    {
        using var export = new HttpRequestMessage(HttpMethod.Get, $"api/games/{code}/export.csv");
        export.Headers.Add(GameEndpoints.TeacherHeader, teacher);
        using var answer = await http.SendAsync(export, cancellationToken);
        answer.EnsureSuccessStatusCode();
        var csv = await answer.Content.ReadAsStringAsync(cancellationToken);
        var rows = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).ToList();
        var proposed = rows.Count(r => r.Split(',')[8].Length > 0);
        if (rows.Count != rounds * streams.Count || proposed != sent)
        {
            throw new InvalidDataException($"the export has {rows.Count} rows for {rounds * streams.Count} seats and rounds, and {proposed} proposals; {sent} were sent");
        }
        if (streams.Sum(s => s.Disorder) is > 0 and var disorder)
        {
            throw new InvalidDataException($"pages received {disorder} states twice or out of order");
        }
    }

    // A candidate's student bids the least effort; a student whose region is no candidate has nothing to send (null).
    private async Task<double?> ProposeAsync(string code, StudentStream stream, CancellationToken cancellationToken)
    {
        var brief = stream.Last.GetProperty("me").GetProperty("brief");
        if (!brief.GetProperty("eligible").GetBoolean())
        {
            return null;
        }
        var body = string.Create(CultureInfo.InvariantCulture, $$"""{"bid":true,"effort":{{brief.GetProperty("effortFloorBillionWon").GetDouble():R}},"teamUp":false}""");
        using var request = new HttpRequestMessage(HttpMethod.Put, $"api/games/{code}/decision") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add(GameEndpoints.SeatHeader, stream.Token);
        var sent = Stopwatch.GetTimestamp();
        using var response = await http.SendAsync(request, cancellationToken);
        var elapsed = Stopwatch.GetElapsedTime(sent).TotalMilliseconds;
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidDataException($"a proposal was refused ({(int)response.StatusCode}): {await Problem(response, cancellationToken)}");
        }
        return elapsed;
    }

    private async Task<JsonElement> PostAsync(string path, string? json, string? teacher, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = json is null ? null : new StringContent(json, Encoding.UTF8, "application/json") };
        if (teacher is not null)
        {
            request.Headers.Add(GameEndpoints.TeacherHeader, teacher);
        }
        using var response = await http.SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidDataException($"{path} was refused ({(int)response.StatusCode}): {await Problem(response, cancellationToken)}");
        }
        return await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
    }

    private static double Percentile(List<double> values, double p)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length == 0 ? double.NaN : sorted[(int)Math.Min(sorted.Length - 1, Math.Ceiling(p * sorted.Length) - 1)];
    }

    // A refusal in the server's words: the problem's field and detail rather than its whole JSON.
    private static async Task<string> Problem(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        try
        {
            using var problem = JsonDocument.Parse(text);
            var root = problem.RootElement;
            var detail = root.TryGetProperty("detail", out var d) ? d.GetString() : root.TryGetProperty("title", out var t) ? t.GetString() : null;
            var field = root.TryGetProperty("field", out var f) ? f.GetString() : null;
            return detail is null ? text : field is null ? detail : $"{field}: {detail}";
        }
        catch (JsonException)
        {
            return text;
        }
    }
}
