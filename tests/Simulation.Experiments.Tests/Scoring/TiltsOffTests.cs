using System.Text.Json.Nodes;
using Simulation.Core;
using Simulation.Core.Regimes;
using Simulation.Experiments.Scenarios;
using Simulation.Experiments.Scoring;
using Simulation.Experiments.Validation;

namespace Simulation.Experiments.Tests.Scoring;

/// <summary>The no-tilts null judges every competition on the call's own criteria: each regime's tilt at 0, and nothing else
/// changed.</summary>
public class TiltsOffTests
{
    private static readonly LoadedScenario Loaded = ScenarioLoader.Load(Repository.Scenario("baseline.json"));
    private static readonly Scenario Baseline = Loaded.Model;

    [Fact]
    public void EveryRegimesTilt_IsZero_AndOnlyThat()
    {
        var off = TiltsOff.Of(Baseline);

        Assert.Contains(Baseline.Regimes, r => r.Tilt.Any(c => c.Weight != 0));
        Assert.All(off.Regimes, r => Assert.All(r.Tilt, c => Assert.Equal(0.0, c.Weight)));
        Assert.Equal(Baseline.Regimes.Select(r => r.Tilt.Select(c => c.Signal)), off.Regimes.Select(r => r.Tilt.Select(c => c.Signal)));
        Assert.Equal(Baseline.Regimes.Select(r => r with { Tilt = [] }), off.Regimes.Select(r => r with { Tilt = [] }));
        Assert.Equal(Baseline.Projects, off.Projects);
        Assert.Equal(Baseline.Programmes, off.Programmes);
        Assert.Equal(Baseline.Behaviour, off.Behaviour);
        Assert.Equal(Baseline.Partnerships, off.Partnerships);
    }

    [Fact]
    public void ItsScore_IsThatOfTheScenarioWithEveryTiltWrittenAs0()
    {
        var record = HistoricalRecord.Of(Loaded);
        var document = (JsonObject)Loaded.Document.DeepClone();
        foreach (var tilt in document["regimes"]!.AsArray().SelectMany(r => r!["tilt"]!.AsArray()))
        {
            tilt!["weight"]!["value"] = 0.0;
        }
        var written = ScenarioLoader.Parse(document.ToJsonString(), "tilts written as 0").Model;
        var options = new RunOptions(40, 11, 2);

        var scores = RecordScoring.Run(Baseline, record, options);
        var direct = RecordLikelihood.Estimate(written, record, RegimeMode.Timeline, options, "model", "written");

        var off = scores.Single(s => s.Key == RecordScoring.TiltsOffKey);
        Assert.Equal("no regime tilts (the calls' own criteria)", off.Model);
        Assert.Equal(direct.LogScore, off.LogScore, 12);
        Assert.Equal(direct.Competitions.Select(c => c.LogScore), off.Competitions.Select(c => c.LogScore));
        // The tilts weigh in who wins: without them the record's probability changes.
        Assert.NotEqual(scores.Single(s => s.Key == RecordScoring.ModelKey).LogScore, off.LogScore);
    }
}
