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

    /// <summary>Evaluates every point of <paramref name="input"/> against the scenario of <paramref name="scenarioPath"/>, in
    /// order, handing each outcome to <paramref name="write"/> as soon as it is known (a tool reading the output waits for one
    /// point at a time). Blank lines are skipped but counted, so that outcomes name the lines they answer; a byte-order mark
    /// before the first point (PowerShell writes one into a pipe) is not part of it.</summary>
    /// <exception cref="ScenarioException">The scenario does not load.</exception>
    public async Task Run(string scenarioPath, TextReader input, Func<PointOutcome, Task> write, int defaultReplications, int threads,
        CancellationToken cancellationToken)
    {
        var scenario = ScenarioLoader.Load(scenarioPath);
        var number = 0;
        while (await input.ReadLineAsync(cancellationToken) is { } read)
        {
            number++;
            var line = number == 1 ? read.TrimStart('\uFEFF') : read;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }
            var lineNumber = number;
            await write(await Task.Run(() => Evaluate(scenario, lineNumber, line, defaultReplications, threads, cancellationToken), cancellationToken));
        }
    }

    /// <summary>Evaluates line <paramref name="lineNumber"/> (1 first) of the input against <paramref name="scenario"/>.</summary>
    public PointOutcome Evaluate(LoadedScenario scenario, int lineNumber, string line, int defaultReplications, int threads, CancellationToken cancellationToken)
    {
        var (request, error, id) = PointReader.Read(line);
        if (request is null)
        {
            return Refused(lineNumber, id, error!.Field, error.Message);
        }
        var document = scenario.Document.DeepClone().AsObject();
        var written = new List<(string Text, ParameterPath Path)>();
        foreach (var (path, value) in request.Parameters ?? [])
        {
            try
            {
                var parameter = ParameterPath.Parse(path);
                if (parameter.Unread() is { } unread)
                {
                    return Refused(lineNumber, request.Id, $"parameters.{path}", unread);
                }
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

    private static double? Finite(double value) => double.IsFinite(value) ? value : null;
}
