using Simulation.Core;
using Simulation.Core.Regimes;
using Simulation.Experiments.Outcomes;
using Simulation.Experiments.Scenarios;
using Simulation.Experiments.Scheduling;

namespace Simulation.Experiments.Comparison;

/// <summary>
/// Compares two scenarios on common random numbers: replication k of A and of B draw from the same stream, so their
/// difference measures the scenarios, not the luck of the draw, and its interval is the paired one.
/// </summary>
public static class ScenarioComparison
{
    /// <summary>Values kept per metric, mode and scenario for the distribution plots.</summary>
    public const int SampleSize = 20_000;

    private static readonly string[] Plotted = [OutcomeMetrics.Gini, OutcomeMetrics.Theil, OutcomeMetrics.CapitalRegionShare, OutcomeMetrics.RentDissipation];

    /// <summary>Returns the parameter differences and every outcome's paired difference B − A under the modes both run.</summary>
    public static ComparisonResult Run(LoadedScenario a, LoadedScenario b, RunOptions options, IProgress<long>? progress = null, CancellationToken cancellationToken = default)
    {
        options.Validate();
        var modesA = a.Model.Modes();
        var modesB = b.Model.Modes();
        var common = modesA.Select(m => m.Label).Intersect(modesB.Select(m => m.Label)).ToList();
        if (common.Count == 0)
        {
            throw new InputConflictException($"the scenarios share no regime mode (A runs {string.Join(", ", modesA.Select(m => m.Label))}; B runs {string.Join(", ", modesB.Select(m => m.Label))})");
        }
        var pairsA = common.Select(l => modesA.First(m => m.Label == l)).ToArray();
        var pairsB = common.Select(l => modesB.First(m => m.Label == l)).ToArray();
        var metricsA = OutcomeMetrics.For(a.Model).ToDictionary(m => m.Name);
        var metricsB = OutcomeMetrics.For(b.Model);
        var metrics = metricsB.Where(m => metricsA.ContainsKey(m.Name)).Select(m => (metricsA[m.Name], m)).ToArray();
        var wins = WinCells(a.Model, b.Model);

        var metricStats = New(common.Count, metrics.Length);
        var winStats = New(common.Count, wins.Length);
        var samples = new Dictionary<(string, string, string), List<double>>();

        OrderedParallel.Run(options.Replications, options.Threads, MonteCarlo.MaxBlock,
            () => new PairedModels(a.Model, b.Model),
            size => new PairedBlock(new ReplicationBlock(a.Model, size, common.Count), new ReplicationBlock(b.Model, size, common.Count)),
            (models, results, jobs) => models.Run(results, jobs, pairsA, pairsB, options.Seed),
            (results, jobs) =>
            {
                for (var i = 0; i < jobs.Count; i++)
                {
                    for (var m = 0; m < common.Count; m++)
                    {
                        var (oa, ob) = (results.A.Outcome(i, m), results.B.Outcome(i, m));
                        for (var k = 0; k < metrics.Length; k++)
                        {
                            var (ma, mb) = metrics[k];
                            var (va, vb) = (ma.Read(oa), mb.Read(ob));
                            metricStats[m][k].Add(va, vb);
                            if (Plotted.Contains(ma.Name))
                            {
                                Keep(samples, (ma.Name, common[m], "A"), va);
                                Keep(samples, (ma.Name, common[m], "B"), vb);
                            }
                        }
                        for (var c = 0; c < wins.Length; c++)
                        {
                            winStats[m][c].Add(Won(oa, wins[c].ProjectA, wins[c].RegionA), Won(ob, wins[c].ProjectB, wins[c].RegionB));
                        }
                    }
                }
            },
            progress, cancellationToken);

        var differences = new List<OutcomeDifference>();
        for (var m = 0; m < common.Count; m++)
        {
            differences.AddRange(metrics.Select((x, k) => metricStats[m][k].Summarise(DifferenceKind.Metric, x.Item1.Name, common[m])));
            differences.AddRange(wins.Select((w, c) => winStats[m][c].Summarise(DifferenceKind.Win, w.Name, common[m])));
        }
        var notCompared = new[]
        {
            NotCompared.Between(ComparedPart.RegimeModes, modesA.Select(m => m.Label), modesB.Select(m => m.Label)),
            NotCompared.Between(ComparedPart.Projects, a.Model.Projects.Select(p => p.Id), b.Model.Projects.Select(p => p.Id)),
            NotCompared.Between(ComparedPart.Regions, a.Model.Regions.Select(r => r.Id), b.Model.Regions.Select(r => r.Id)),
            NotCompared.Between(ComparedPart.Metrics, metricsA.Keys, metricsB.Select(m => m.Name)),
        };
        return new ComparisonResult(common, options, ParameterDiff.Between(a.Document, b.Document), differences,
            samples.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<double>)kv.Value), [.. notCompared.OfType<NotCompared>()]);
    }

    private static PairedStatistics[][] New(int modes, int items) =>
        Enumerable.Range(0, modes).Select(_ => Enumerable.Range(0, items).Select(_ => new PairedStatistics()).ToArray()).ToArray();

    private static void Keep(Dictionary<(string, string, string), List<double>> samples, (string, string, string) key, double value)
    {
        if (!samples.TryGetValue(key, out var list))
        {
            samples[key] = list = [];
        }
        if (list.Count < SampleSize)
        {
            list.Add(value);
        }
    }

    // (project, region) pairs both scenarios have, matched by id.
    private static (string Name, int ProjectA, int RegionA, int ProjectB, int RegionB)[] WinCells(Scenario a, Scenario b) =>
        (from pa in Enumerable.Range(0, a.Projects.Count)
         let pb = b.Projects.ToList().FindIndex(p => p.Id == a.Projects[pa].Id)
         where pb >= 0
         from ra in Enumerable.Range(0, a.Regions.Count)
         let rb = b.Regions.ToList().FindIndex(r => r.Id == a.Regions[ra].Id)
         where rb >= 0
         select ($"{a.Projects[pa].Id}:{a.Regions[ra].Id}", pa, ra, pb, rb)).ToArray();

    private static double Won(ReplicationOutcome outcome, int project, int region)
    {
        foreach (var bid in outcome.Winners(project))
        {
            if ((bid & (1UL << region)) != 0)
            {
                return 1.0;
            }
        }
        return 0.0;
    }

    // The outcomes of a block of replications under both scenarios, the common modes of each.
    private sealed record PairedBlock(ReplicationBlock A, ReplicationBlock B);

    // One thread's pair of models.
    private sealed class PairedModels(Scenario a, Scenario b)
    {
        private readonly SimulationModel _modelA = new(a);
        private readonly SimulationModel _modelB = new(b);

        public void Run(PairedBlock results, JobBlock jobs, RegimeMode[] modesA, RegimeMode[] modesB, ulong seed)
        {
            for (var i = 0; i < jobs.Count; i++)
            {
                for (var m = 0; m < modesA.Length; m++)
                {
                    Replication.Run(_modelA, modesA[m], seed, jobs.First + i).CopyTo(results.A.Outcome(i, m));
                    Replication.Run(_modelB, modesB[m], seed, jobs.First + i).CopyTo(results.B.Outcome(i, m));
                }
            }
        }
    }
}
