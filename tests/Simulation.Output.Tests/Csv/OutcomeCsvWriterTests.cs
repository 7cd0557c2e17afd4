using Simulation.Core;
using Simulation.Core.Regimes;
using Simulation.Experiments;
using Simulation.Experiments.Outcomes;
using Simulation.Output.Csv;

namespace Simulation.Output.Tests.Csv;

public class OutcomeCsvWriterTests
{
    private static Scenario Scenario => SmokeRun.Scenario.Model;

    [Fact]
    public void Header_IsReplicationRegimeWinnersThenMetrics()
    {
        using var temp = new TempFolder();
        var path = temp.File("outcomes.csv");

        new OutcomeCsvWriter(path, Scenario).Dispose();

        var expected = new List<string> { "replication", "regime" };
        expected.AddRange(Scenario.Projects.Select(p => $"winners_{p.Id}"));
        expected.AddRange(OutcomeMetrics.For(Scenario).Select(m => m.Name));
        Assert.Equal(string.Join(',', expected), File.ReadLines(path).Single());
    }

    [Fact]
    public void Row_RoundTripsWinnersAndMetrics()
    {
        using var temp = new TempFolder();
        var path = temp.File("outcomes.csv");
        var twoWinners = Scenario.Projects.ToList().FindIndex(p => p.Winners >= 2);
        Assert.True(twoWinners >= 0, "the smoke scenario should have a project with two winners");
        var outcome = new ReplicationOutcome(Scenario);
        outcome.AddWinner(twoWinners, Members("gyeongbuk", "daegu"));
        outcome.AddWinner(twoWinners, Members("chungbuk"));
        outcome.Gini = 0.1 + 0.2;
        outcome.JointBids = 3;

        using (var writer = new OutcomeCsvWriter(path, Scenario))
        {
            writer.Observe(41, RegimeMode.Counterfactual("lee", 1), outcome);
        }

        var lines = File.ReadAllLines(path);
        var header = lines[0].Split(',');
        var row = lines[1].Split(',');
        Assert.Equal(header.Length, row.Length);
        Assert.Equal("41", row[0]);
        Assert.Equal("lee", row[1]);
        Assert.Equal("daegu+gyeongbuk;chungbuk", row[Array.IndexOf(header, $"winners_{Scenario.Projects[twoWinners].Id}")]);
        Assert.All(Scenario.Projects.Where((_, p) => p != twoWinners), p => Assert.Equal("", row[Array.IndexOf(header, $"winners_{p.Id}")]));
        Assert.Equal(0.1 + 0.2, double.Parse(row[Array.IndexOf(header, OutcomeMetrics.Gini)], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("3", row[Array.IndexOf(header, "joint_bids")]);
    }

    [Fact]
    public void NaN_IsWrittenAsEmptyField()
    {
        using var temp = new TempFolder();
        var path = temp.File("outcomes.csv");
        var outcome = new ReplicationOutcome(Scenario) { Theil = double.NaN };

        using (var writer = new OutcomeCsvWriter(path, Scenario))
        {
            writer.Observe(0, RegimeMode.Timeline, outcome);
        }

        var lines = File.ReadAllLines(path);
        var header = lines[0].Split(',');
        var row = lines[1].Split(',');
        Assert.Equal("", row[Array.IndexOf(header, OutcomeMetrics.Theil)]);
        // Nothing was planned in an empty outcome, so every realisation ratio is missing too.
        Assert.All(header.Select((name, i) => (name, i)).Where(c => c.name.StartsWith("realisation_")), c => Assert.Equal("", row[c.i]));
        Assert.DoesNotContain("NaN", lines[1]);
    }

    [Fact]
    public void AsObserverOfRealRun_WritesOneRowPerReplicationAndMode()
    {
        using var temp = new TempFolder();
        var path = temp.File("outcomes.csv");

        using (var writer = new OutcomeCsvWriter(path, Scenario))
        {
            MonteCarlo.Run(Scenario, new RunOptions(5, 7, 2), [writer]);
        }

        var modes = Scenario.Modes();
        var rows = File.ReadAllLines(path).Skip(1).Select(l => l.Split(',')).ToList();
        Assert.Equal(5 * modes.Count, rows.Count);
        Assert.Equal(Enumerable.Range(0, 5).SelectMany(r => modes.Select(m => $"{r},{m.Label}")), rows.Select(r => $"{r[0]},{r[1]}"));
    }

    private static ulong Members(params string[] ids) =>
        ids.Aggregate(0UL, (set, id) => set | (1UL << Scenario.Regions.ToList().FindIndex(r => r.Id == id)));
}
