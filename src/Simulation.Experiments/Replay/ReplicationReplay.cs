using Simulation.Core;
using Simulation.Core.Randomness;
using Simulation.Core.Regimes;

namespace Simulation.Experiments.Replay;

/// <summary>
/// One replication told year by year: the regime, resources received per person so far, and every competition with its bids,
/// efforts, winners and reasons. Replication k under a mode is exactly the one <see cref="MonteCarlo"/> runs as k.
/// </summary>
/// <param name="Mode">The regime mode's label.</param>
/// <param name="Replication">The replication's number.</param>
/// <param name="Regions">Region ids, in the order of <see cref="YearRecord.ResourcesPerCapita"/>.</param>
/// <param name="Years">Every year of the horizon.</param>
public sealed record ReplicationReplay(string Mode, long Replication, IReadOnlyList<string> Regions, IReadOnlyList<YearRecord> Years)
{
    /// <summary>Replays replication <paramref name="replication"/> of <paramref name="scenario"/> under <paramref name="mode"/>.</summary>
    public static ReplicationReplay Run(Scenario scenario, RegimeMode mode, ulong seed, long replication)
    {
        var model = new SimulationModel(scenario);
        var recorder = new CompetitionRecorder(scenario);
        model.Observer = recorder;
        model.Reset(mode, RandomStream.ForReplication(seed, replication));
        var years = new List<YearRecord>();
        while (!model.IsFinished)
        {
            var year = model.Year;
            var regime = scenario.Regimes[model.RegimeInForce].Id;
            var before = recorder.Records.Count;
            model.Step();
            var perCapita = model.Governments.Select(g => g.ResourcesReceived * 1000.0 / g.Population).ToArray();
            years.Add(new YearRecord(year, regime, perCapita, recorder.Records.Skip(before).ToList()));
        }
        model.Finish();
        return new ReplicationReplay(mode.Label, replication, scenario.Regions.Select(r => r.Id).ToList(), years);
    }
}
