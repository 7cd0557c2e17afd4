using Simulation.Core.Bidding;
using Simulation.Core.Randomness;

namespace Simulation.Core;

/// <summary>
/// Models of one scenario run side by side, a year at a time, each with its own replication: every phase runs model by
/// model as <see cref="SimulationModel.Step"/> would, except that the best-response problems of the models' competitions
/// are solved in one batch and the fund is shared out four models at a time (<see cref="LaneStreams"/>). A replication is
/// chains of dependent operations (a draw, its exponential, a logarithm); several models give the processor independent
/// chains to overlap, and every lane computes exactly what its model would alone, so each replication is the same bit for
/// bit as when it runs by itself.
/// </summary>
public sealed class ModelLanes
{
    private readonly Scenario _scenario;
    private readonly SimulationModel[] _models;
    private readonly ResponseBatch[] _waiting;
    private readonly int[] _regimes;
    private readonly bool[] _competing;
    private readonly Agents.RegionalGovernment[][] _governments = new Agents.RegionalGovernment[LaneStreams.Count][];
    private readonly double[] _spent = new double[LaneStreams.Count];
    private readonly double[] _cells;

    /// <summary>Builds <paramref name="count"/> models of <paramref name="scenario"/>.</summary>
    public ModelLanes(Scenario scenario, int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        _scenario = scenario;
        var roots = new RootTables();
        _models = [.. Enumerable.Range(0, count).Select(_ => new SimulationModel(scenario, roots))];
        _waiting = new ResponseBatch[count];
        _regimes = new int[count];
        _competing = new bool[count];
        // A competition's slots: every region's bid and a joint bid weighed beside its members.
        _cells = new double[Bidding.NewtonColumns.CellsFor(count * (scenario.Regions.Count + 1))];
    }

    /// <summary>How many models there are.</summary>
    public int Count => _models.Length;

    /// <summary>The model in lane <paramref name="lane"/>.</summary>
    public SimulationModel this[int lane] => _models[lane];

    /// <summary>Simulates one year in each of the first <paramref name="lanes"/> models, which must all be in the same year
    /// (each under the regime its own mode puts in force).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="lanes"/> is below 1 or above <see cref="Count"/>.</exception>
    /// <exception cref="InvalidOperationException">The models are not all in the same year, or past the horizon.</exception>
    public void Step(int lanes)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(lanes, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(lanes, _models.Length);
        var models = _models.AsSpan(0, lanes);
        var year = models[0].Year;
        foreach (var model in models)
        {
            if (model.Year != year || model.IsFinished)
            {
                throw new InvalidOperationException($"Lanes step together only within the horizon and in the same year ({year}, {model.Year}).");
            }
        }
        for (var lane = 0; lane < lanes; lane++)
        {
            _regimes[lane] = models[lane].RegimeInForce;
        }
        for (var first = 0; first < lanes; first += LaneStreams.Count)
        {
            var group = models.Slice(first, Math.Min(LaneStreams.Count, lanes - first));
            var regime = _regimes[first];
            if (_regimes.AsSpan(first, group.Length).ContainsAnyExcept(regime))
            {
                for (var lane = 0; lane < group.Length; lane++)
                {
                    group[lane].OpenYear(_regimes[first + lane]);
                }
            }
            else
            {
                SimulationModel.OpenYearTogether(group, regime, _governments, _spent);
            }
        }
        for (var p = 0; p < _scenario.Projects.Count; p++)
        {
            if (_scenario.Projects[p].IsHeldIn(year))
            {
                HoldTogether(models, p);
            }
        }
        foreach (var model in models)
        {
            model.CloseYear();
        }
    }

    /// <summary>Steps the first <paramref name="lanes"/> models together until the year <paramref name="year"/> (not simulated)
    /// or the end of the horizon, whichever comes first.</summary>
    public void StepUntil(int lanes, int year = int.MaxValue)
    {
        while (!_models[0].IsFinished && _models[0].Year < year)
        {
            Step(lanes);
        }
    }

    // Runs project p's competition in every model, solving the stages' problems of all the models still competing at once.
    private void HoldTogether(Span<SimulationModel> models, int project)
    {
        var waiting = 0;
        for (var lane = 0; lane < models.Length; lane++)
        {
            _competing[lane] = models[lane].BeginCompetition(project, _regimes[lane]);
            if (_competing[lane])
            {
                _waiting[waiting++] = models[lane].PendingResponses;
            }
        }
        while (waiting > 0)
        {
            ResponseBatch.SolveTogether(_waiting.AsSpan(0, waiting), _cells);
            waiting = 0;
            for (var lane = 0; lane < models.Length; lane++)
            {
                _competing[lane] = _competing[lane] && models[lane].ContinueCompetition();
                if (_competing[lane])
                {
                    _waiting[waiting++] = models[lane].PendingResponses;
                }
            }
        }
    }
}
