using System.Text.Json;
using Simulation.Experiments;
using Simulation.Experiments.Outcomes;
using Simulation.Experiments.Scenarios;
using Simulation.Experiments.Sweeps;

namespace Simulation.Application.Evaluation;

/// <summary>
/// The model as a black box for exploration tools in any language: each line of input is a parameter point (JSON), each line
/// of output its outcome means and intervals per regime mode. A point's result depends only on the scenario, its parameters,
/// its seed and its replications, so tools may spread points over several processes. A bad line gets an error naming the
/// line and the field, and the stream goes on.
/// </summary>
public sealed class EvaluatePoints
{
    /// <summary>Replications of a point that names none.</summary>
    public const int DefaultReplications = 200;

    /// <summary>The most replications a point may ask for, as in a scenario or an experiment file.</summary>
    public const int MaxReplications = 100_000_000;

    // Web defaults (camelCase names) but strict: no number given as text, no unknown field, no key given twice.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
        NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.Strict,
        AllowDuplicateProperties = false,
    };

    /// <summary>Evaluates line <paramref name="lineNumber"/> (1 first) of the input against <paramref name="scenario"/>.</summary>
    public PointOutcome Evaluate(LoadedScenario scenario, int lineNumber, string line, int defaultReplications, int threads, CancellationToken cancellationToken)
    {
        PointRequest? request;
        try
        {
            request = JsonSerializer.Deserialize<PointRequest>(line, Json);
        }
        catch (JsonException e)
        {
            var (field, message) = PointSyntax.Explain(e, line);
            return Refused(lineNumber, IdOf(line), field, message);
        }
        if (request is null)
        {
            return Refused(lineNumber, null, "line", "is null; send an object such as {\"parameters\": {\"PATH\": 0.5}}");
        }
        if (request.Replications is < 1 or > MaxReplications)
        {
            return Refused(lineNumber, request.Id, "replications", $"must be from 1 to 10^8 (got {request.Replications})");
        }
        if (request.Seed is > long.MaxValue)
        {
            return Refused(lineNumber, request.Id, "seed", $"must be from 0 to 2^63 − 1 (got {request.Seed})");
        }
        if ((request.Parameters ?? []).FirstOrDefault(p => !double.IsFinite(p.Value)) is { Key: { } huge })
        {
            return Refused(lineNumber, request.Id, $"parameters.{huge}", "is too large for any field (beyond ±1.8·10^308)");
        }
        var document = scenario.Document.DeepClone().AsObject();
        var written = new List<(string Text, ParameterPath Path)>();
        foreach (var (path, value) in request.Parameters ?? [])
        {
            try
            {
                var parameter = ParameterPath.Parse(path);
                parameter.Write(document, value);
                written.Add((path, parameter));
            }
            catch (Exception e) when (e is FormatException or KeyNotFoundException or InvalidOperationException)
            {
                return Refused(lineNumber, request.Id, $"parameters.{path}", e.Message);
            }
        }
        Core.Scenario model;
        try
        {
            model = ScenarioLoader.Parse(document.ToJsonString(), $"line {lineNumber}").Model;
        }
        catch (ScenarioException e)
        {
            // A value out of its range is the fault of the parameter that set it, named as the request named it.
            var at = written.FirstOrDefault(w => w.Path.Target(document) == e.Problems[0].JsonPath).Text;
            return Refused(lineNumber, request.Id, at is null ? "parameters" : $"parameters.{at}",
                string.Join("; ", e.Problems.Select(p => $"{KeyedPaths.Rewrite(p.JsonPath, document)}: {p.Message}")));
        }
        var seed = request.Seed ?? Core.Randomness.RandomStream.ForReplication(scenario.Model.Seed, lineNumber).NextSeed();
        var replications = request.Replications ?? defaultReplications;
        var result = MonteCarlo.RunMoments(model, new RunOptions(replications, seed, threads), cancellationToken);
        var metrics = OutcomeMetrics.For(model).Select(m => m.Name).ToList();
        var wins = model.Projects.SelectMany(p => model.Regions.Select(r => $"{p.Id}:{r.Id}")).ToList();
        var modes = Sweep.Rows(new DesignPoint(lineNumber, [], seed), result).ToDictionary(
            row => row.Regime,
            row => new ModeOutcome(
                metrics.Select((name, i) => (name, new MetricEstimate(Finite(row.Means[i]), Finite(row.CiLows[i]), Finite(row.CiHighs[i])))).ToDictionary(x => x.name, x => x.Item2),
                wins.Select((name, i) => (name, row.WinProbabilities[i])).ToDictionary(x => x.name, x => x.Item2)));
        return new PointOutcome(lineNumber, request.Id, seed, replications, modes, null);
    }

    private static PointOutcome Refused(int line, string? id, string field, string message) => new(line, id, null, null, null, new PointError(field, message));

    // The id of a line that is JSON but not a valid point (a parameter given as text, a negative seed), so that a driver
    // matching answers by id can tell which point failed; null when the line is not JSON or has no text id.
    private static string? IdOf(string line)
    {
        try
        {
            // A document, not a node: it takes a line with a key twice, which a node would throw on.
            using var point = JsonDocument.Parse(line);
            return point.RootElement.ValueKind == JsonValueKind.Object && point.RootElement.TryGetProperty("id", out var id)
                && id.ValueKind == JsonValueKind.String ? id.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static double? Finite(double value) => double.IsFinite(value) ? value : null;
}
