using Simulation.Core;
using Simulation.Core.Regimes;
using Simulation.Experiments.Scenarios;

namespace Simulation.Experiments.Tests;

public class MonteCarloTests
{
    private static readonly Scenario Smoke = ScenarioLoader.Load(Repository.Scenario("smoke.json")).Model;

    [Fact]
    public void Results_AreIdenticalWhateverTheThreadCount()
    {
        var one = Fingerprint(1);
        var two = Fingerprint(2);
        var five = Fingerprint(5);

        Assert.Equal(one.Observed, two.Observed);
        Assert.Equal(one.Observed, five.Observed);
        Assert.Equal(one.Result.WinProbabilities, two.Result.WinProbabilities);
        Assert.Equal(one.Result.Summaries, five.Result.Summaries);
    }

    [Fact]
    public void ALongRunsSummaries_ComputedOnItsThreads_AreIdenticalToOneThreads()
    {
        // 2,500 replications: enough for the summaries to be computed in parallel, and exact (every value kept and sorted).
        var one = MonteCarlo.Run(Smoke, new RunOptions(2_500, 8, 1));
        var three = MonteCarlo.Run(Smoke, new RunOptions(2_500, 8, 3));

        Assert.Equal(one.Summaries, three.Summaries);
        Assert.Equal(one.Summaries.Select(s => (s.Metric, s.Regime)), three.Summaries.Select(s => (s.Metric, s.Regime)));
        var gini = one.Summaries.First(s => s.Metric == Simulation.Experiments.Outcomes.OutcomeMetrics.Gini && s.Regime == one.Modes[0]);
        var middle = one.Samples[(Simulation.Experiments.Outcomes.OutcomeMetrics.Gini, one.Modes[0])].Order().Skip(1_249).Take(2).ToArray();
        Assert.Equal((middle[0] + middle[1]) / 2, gini.P50, 15); // R-7: halfway between the 1,250th and 1,251st of the kept values
    }

    [Fact]
    public void PastTheExactLimit_SummariesFromTheSketches_AreIdenticalWhateverTheThreadCount()
    {
        var options = new Func<int, RunOptions>(threads => new RunOptions(Simulation.Experiments.Statistics.MetricAccumulator.ExactLimit + 700, 5, threads));
        var one = MonteCarlo.Run(Smoke, options(1));
        var three = MonteCarlo.Run(Smoke, options(3));

        Assert.Equal(one.Summaries, three.Summaries);
        // Past the limit the percentiles are the sketch's, not the kept values': a continuous metric's median is a bucket
        // centre, which no kept value equals exactly.
        var gini = one.Summaries.First(s => s.Metric == Simulation.Experiments.Outcomes.OutcomeMetrics.Gini && s.Regime == one.Modes[0]);
        Assert.Equal(options(1).Replications, gini.Count);
        Assert.DoesNotContain(gini.P50, one.Samples[(Simulation.Experiments.Outcomes.OutcomeMetrics.Gini, one.Modes[0])]);
    }

    [Fact]
    public void PastTheExactLimit_AnAccumulatorFedAsAnObserver_SummarisesAsTheRunDoes_WhateverTheNumbersItIsGiven()
    {
        var options = new RunOptions(Simulation.Experiments.Statistics.MetricAccumulator.ExactLimit + 300, 6, 2);
        var run = MonteCarlo.Run(Smoke, options);
        var accumulator = new RunAccumulator(Smoke);
        var misnumbered = new MisnumberingObserver(accumulator); // every replication called number 0

        MonteCarlo.Ensemble(Smoke, options, [misnumbered]);

        Assert.Equal(run.Summaries, accumulator.Result(options).Summaries);
    }

    [Theory]
    [InlineData(600)]
    [InlineData(Simulation.Experiments.Statistics.MetricAccumulator.ExactLimit + 200)]
    public void Moments_AreTheFullResultsCountsMeansDeviationsAndWinProbabilities(int replications)
    {
        var options = new RunOptions(replications, 12, 2);
        var full = MonteCarlo.Run(Smoke, options);

        var moments = MonteCarlo.RunMoments(Smoke, options);

        Assert.Equal(full.Modes, moments.Modes.Select(m => m.Mode));
        foreach (var mode in moments.Modes)
        {
            var summaries = full.Summaries.Where(s => s.Regime == mode.Mode).ToList();
            Assert.Equal(summaries.Select(s => (s.Count, s.Mean, s.Sd)), mode.Metrics.Select(m => (m.Count, m.Mean, m.StandardDeviation)));
            Assert.Equal(full.WinProbabilities.Where(w => w.Regime == mode.Mode).Select(w => w.Probability), mode.WinProbabilities);
        }
        Assert.Contains(moments.Modes.SelectMany(m => m.Metrics), m => m.StandardDeviation > 0);
    }

    [Fact]
    public void Observers_SeeReplicationsInOrder_EachModeOnce()
    {
        var recorder = new Recorder();
        MonteCarlo.Run(Smoke, new RunOptions(37, 5, 3), [recorder]);

        var expected = Enumerable.Range(0, 37).SelectMany(r => Smoke.Modes().Select(m => (long)r * 10 + Smoke.Modes().ToList().IndexOf(m))).ToList();
        Assert.Equal(expected, recorder.Keys);
    }

    [Fact]
    public void DifferentSeeds_GiveDifferentResults()
    {
        var a = MonteCarlo.Run(Smoke, new RunOptions(50, 1, 2));
        var b = MonteCarlo.Run(Smoke, new RunOptions(50, 2, 2));

        Assert.NotEqual(a.Summaries, b.Summaries);
    }

    [Fact]
    public void WinProbabilities_CoverEveryModeProjectAndRegion_WithIntervalsAroundThem()
    {
        var result = MonteCarlo.Run(Smoke, new RunOptions(200, 9, 2));

        Assert.Equal(3 * Smoke.Projects.Count * Smoke.Regions.Count, result.WinProbabilities.Count);
        Assert.All(result.WinProbabilities, w =>
        {
            Assert.InRange(w.Probability, w.CiLow, w.CiHigh);
            Assert.Equal(200, w.Replications);
        });
        // A region a project does not admit cannot win it: exactly 0, with no interval to estimate; an admitted region that
        // never won keeps the interval 200 replications leave.
        var closed = Smoke.Projects.First(p => Smoke.Regions.Select((_, r) => r).Any(r => !p.Admits(r)));
        var outsider = Smoke.Regions[Enumerable.Range(0, Smoke.Regions.Count).First(r => !closed.Admits(r))].Id;
        Assert.All(result.WinProbabilities.Where(w => w.Project == closed.Id && w.Region == outsider), w => Assert.Equal((0L, 0.0, 0.0), (w.Wins, w.CiLow, w.CiHigh)));
        Assert.Contains(result.WinProbabilities, w => w.Wins == 0 && w.CiHigh > 0);
        // Each project has as many winning regions per replication as its winners (more with joint bids).
        foreach (var project in Smoke.Projects)
        {
            var expectedWins = result.WinProbabilities.Where(w => w.Project == project.Id && w.Regime == "roh").Sum(w => w.Wins);
            Assert.True(expectedWins >= project.Winners * 200, $"{project.Id}: {expectedWins}");
        }
    }

    [Fact]
    public void Cancellation_StopsTheRun()
    {
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => MonteCarlo.Run(Smoke, new RunOptions(1000, 1, 2), cancellationToken: cancel.Token));
    }

    [Fact]
    public void Outcomes_AreThoseOfEachModeRunOnItsOwn()
    {
        // The timeline follows the Roh regime to 2007, as the roh counterfactual does; a run simulates those years once and
        // continues the timeline from a snapshot, which must give exactly a separate run of the timeline.
        var recorder = new Recorder();
        MonteCarlo.Run(Smoke, new RunOptions(40, 3, 2), [recorder]);

        var model = new SimulationModel(Smoke);
        var expected = new Recorder();
        for (var k = 0; k < 40; k++)
        {
            foreach (var mode in Smoke.Modes())
            {
                expected.Observe(k, mode, Replication.Run(model, mode, 3, k));
            }
        }
        Assert.Equal(expected.Rows, recorder.Rows);
    }

    [Fact]
    public void AFailingObserver_StopsTheRun_AndItsExceptionComesOut()
    {
        var failing = new Failing(after: 100);

        var error = Assert.Throws<InvalidOperationException>(() => MonteCarlo.Run(Smoke, new RunOptions(2000, 1, 2), [failing]));

        Assert.Equal("observer failed", error.Message);
    }

    private static (List<string> Observed, RunResult Result) Fingerprint(int threads)
    {
        var recorder = new Recorder();
        var result = MonteCarlo.Run(Smoke, new RunOptions(300, 77, threads), [recorder]);
        return (recorder.Rows, result);
    }

    private sealed class Recorder : IReplicationObserver
    {
        public List<string> Rows { get; } = [];

        public List<long> Keys { get; } = [];

        public void Observe(long replication, RegimeMode mode, ReplicationOutcome outcome)
        {
            Keys.Add((replication * 10) + Smoke.Modes().ToList().IndexOf(mode));
            Rows.Add(FormattableString.Invariant($"{replication}/{mode.Label}/{outcome.Gini:R}/{outcome.RentDissipation:R}/{string.Join(",", outcome.WinningBids)}/{string.Join(",", outcome.Resources.Select(r => r.ToString("R", System.Globalization.CultureInfo.InvariantCulture)))}"));
        }
    }

    private sealed class Failing(int after) : IReplicationObserver
    {
        private int _seen;

        public void Observe(long replication, RegimeMode mode, ReplicationOutcome outcome)
        {
            if (++_seen > after)
            {
                throw new InvalidOperationException("observer failed");
            }
        }
    }

    // Hands every outcome on as replication 0, as an observer that numbers them its own way might.
    private sealed class MisnumberingObserver(IReplicationObserver inner) : IReplicationObserver
    {
        public void Observe(long replication, RegimeMode mode, ReplicationOutcome outcome) => inner.Observe(0, mode, outcome);
    }
}
