using Simulation.Core;
using Simulation.Core.Randomness;
using Simulation.Core.Regimes;
using Simulation.Experiments.Scheduling;

namespace Simulation.Experiments;

/// <summary>
/// One thread's model, running every mode of each replication. Where the timeline applies the same regime as a
/// counterfactual in its first years (the baseline: Roh to 2007), those years are simulated once: the counterfactual runs
/// first and is saved at the end of them, and the timeline resumes from that snapshot. Both start from the same stream, so
/// this is exactly a separate run of each.
/// </summary>
internal sealed class AllModesRunner
{
    private readonly SimulationModel _model;
    private readonly IReadOnlyList<RegimeMode> _modes;
    private readonly ModelSnapshot _snapshot;
    private readonly int[] _order;
    private readonly int _savingMode = -1;
    private readonly int _resumingMode = -1;
    private readonly int _snapshotYear;

    /// <summary>Creates the model of <paramref name="scenario"/> and finds the mode pair that shares the most early years.</summary>
    public AllModesRunner(Scenario scenario, IReadOnlyList<RegimeMode> modes)
    {
        _model = new SimulationModel(scenario);
        _modes = modes;
        _snapshot = _model.CreateSnapshot();
        var shared = 0;
        for (var resuming = 0; resuming < modes.Count; resuming++)
        {
            for (var saving = 0; saving < modes.Count && modes[resuming].Regime is null; saving++)
            {
                var years = saving == resuming || modes[saving].Regime is null ? 0 : _model.SharedYears(modes[resuming], modes[saving]);
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
        for (var i = 0; i < block.Count; i++)
        {
            var index = block.First + i;
            foreach (var m in _order)
            {
                if (m == _resumingMode)
                {
                    _model.Restore(_snapshot, _modes[m]);
                }
                else
                {
                    _model.Reset(_modes[m], RandomStream.ForReplication(seed, index));
                    if (m == _savingMode)
                    {
                        while (_model.Year < _snapshotYear)
                        {
                            _model.Step();
                        }
                        _model.Save(_snapshot);
                    }
                }
                _model.RunToEnd().CopyTo(results.Outcome(i, m));
            }
        }
    }
}
