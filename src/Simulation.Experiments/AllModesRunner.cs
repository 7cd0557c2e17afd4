using Simulation.Core;
using Simulation.Core.Randomness;
using Simulation.Core.Regimes;
using Simulation.Experiments.Scheduling;

namespace Simulation.Experiments;

/// <summary>
/// One thread's models, running every mode of each replication, <see cref="Lanes"/> replications side by side
/// (<see cref="ModelLanes"/>: the same results as one at a time, faster). Where the timeline applies the same regime as a
/// counterfactual in its first years (the baseline: Roh to 2007), those years are simulated once: the counterfactual runs
/// first and is saved at the end of them, and the timeline resumes from that snapshot. Both start from the same stream, so
/// this is exactly a separate run of each.
/// </summary>
internal sealed class AllModesRunner
{
    /// <summary>How many replications run side by side.</summary>
    public const int Lanes = 8;

    private readonly ModelLanes _lanes;
    private readonly IReadOnlyList<RegimeMode> _modes;
    private readonly ModelSnapshot[] _snapshots;
    private readonly int[] _order;
    private readonly int _savingMode = -1;
    private readonly int _resumingMode = -1;
    private readonly int _snapshotYear;

    /// <summary>Creates the model of <paramref name="scenario"/> and finds the mode pair that shares the most early years.</summary>
    public AllModesRunner(Scenario scenario, IReadOnlyList<RegimeMode> modes)
    {
        _lanes = new ModelLanes(scenario, Lanes);
        var model = _lanes[0];
        _modes = modes;
        _snapshots = [.. Enumerable.Range(0, Lanes).Select(lane => _lanes[lane].CreateSnapshot())];
        var shared = 0;
        for (var resuming = 0; resuming < modes.Count; resuming++)
        {
            for (var saving = 0; saving < modes.Count && modes[resuming].Regime is null; saving++)
            {
                var years = saving == resuming || modes[saving].Regime is null ? 0 : model.SharedYears(modes[resuming], modes[saving]);
                if (years > shared)
                {
                    (shared, _savingMode, _resumingMode) = (years, saving, resuming);
                }
            }
        }
        _snapshotYear = scenario.Timeline.FirstYear + shared;
        _order = [.. Enumerable.Range(0, modes.Count).OrderBy(m => m == _resumingMode ? 1 : 0)];
    }

    /// <summary>Runs every mode of the replications of <paramref name="block"/> into <paramref name="results"/>.</summary>
    public void Run(ReplicationBlock results, JobBlock block, ulong seed)
    {
        for (var first = 0; first < block.Count; first += Lanes)
        {
            var lanes = Math.Min(Lanes, block.Count - first);
            foreach (var m in _order)
            {
                for (var lane = 0; lane < lanes; lane++)
                {
                    if (m == _resumingMode)
                    {
                        _lanes[lane].Restore(_snapshots[lane], _modes[m]);
                    }
                    else
                    {
                        _lanes[lane].Reset(_modes[m], RandomStream.ForReplication(seed, block.First + first + lane));
                    }
                }
                if (m == _savingMode)
                {
                    _lanes.StepUntil(lanes, _snapshotYear);
                    for (var lane = 0; lane < lanes; lane++)
                    {
                        _lanes[lane].Save(_snapshots[lane]);
                    }
                }
                _lanes.StepUntil(lanes);
                for (var lane = 0; lane < lanes; lane++)
                {
                    _lanes[lane].Finish().CopyTo(results.Outcome(first + lane, m));
                }
            }
        }
    }
}
