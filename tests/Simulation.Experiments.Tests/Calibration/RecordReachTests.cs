using Simulation.Experiments.Calibration;
using Simulation.Experiments.Scenarios;
using Simulation.Tests.Shared;

namespace Simulation.Experiments.Tests.Calibration;

/// <summary>Which uncertain parameters the record's likelihood moves with: found by running the record at each prior's ends on
/// the same streams, so that a parameter the model reads only after the record's competitions counts as a placebo.</summary>
public sealed class RecordReachTests
{
    private static readonly LoadedScenario Scenario = ScenarioLoader.Load(Repository.Scenario("calibration.json"));

    private static readonly Lazy<(RecordCalibration Calibration, RecordReach Reach)> Measured = new(() =>
    {
        var calibration = RecordCalibration.Create(Scenario, new CalibrationSettings(10, 10, 5, 60));
        return (calibration, RecordReach.Of(calibration, 2));
    });

    private static bool Moves(string path)
    {
        var (calibration, reach) = Measured.Value;
        var j = calibration.Priors.Select(p => p.Path.Text).ToList().IndexOf(path);
        Assert.True(j >= 0, $"no prior on {path} in scenarios/calibration.json");
        return reach.Moves[j];
    }

    [Fact]
    public void ACriterionOfTheRecordsFirstCompetition_MovesTheRecord()
    {
        Assert.True(Moves("projects[maglev].criteria[capacity].weight"));
        Assert.True(Moves("regimes[roh].tilt[alignment].weight"));
    }

    [Fact]
    public void ADeliveryLagThatEndsAfterTheLastCompetition_DoesNotMoveTheRecord()
    {
        // Innovation cities are designated in 2005 and delivered 7-10 years later, after the Medical Complex (2009).
        Assert.False(Moves("programmes[innovationCities].delivery.lagYears"));
    }

    [Fact]
    public void AParameterTheModelDoesNotRead_IsNotRun_AndCountsAsNotMoving()
    {
        var (calibration, reach) = Measured.Value;

        Assert.All(Enumerable.Range(0, reach.Moves.Count).Where(j => !calibration.Reads.IsRead(j)), j => Assert.False(reach.Moves[j]));
        Assert.Equal(60, reach.Replications);
    }

    [Fact]
    public void TheResult_IsTheSameWhateverTheThreadCount()
    {
        var (calibration, reach) = Measured.Value;

        Assert.Equal(reach.Moves, RecordReach.Of(calibration, 1).Moves);
    }

    [Fact]
    public void ThePosteriorSummary_MarksAParameterTheRecordDoesNotMove_AsAPlacebo_WithWhy()
    {
        var (calibration, reach) = Measured.Value;
        var values = calibration.Priors.Select(p => p.ScenarioValue).ToList();
        var posterior = new RecordPosterior([new Particle(0, values, [-1, -1, -1], -3), new Particle(1, values, [-1, -1, -1], -3)], 2, 2, -3);

        var parameters = calibration.Summarise(posterior, reach);
        var lag = parameters.Single(p => p.Prior.Path.Text == "programmes[innovationCities].delivery.lagYears");
        var maglev = parameters.Single(p => p.Prior.Path.Text == "projects[maglev].criteria[capacity].weight");

        Assert.True(lag.IsRead);
        Assert.True(lag.IsPlacebo);
        Assert.Equal(RecordReach.Unmoved, lag.PlaceboBecause);
        Assert.False(maglev.IsPlacebo);
        Assert.Contains("`programmes[innovationCities].delivery.lagYears`", RecordReach.Sentence(parameters, reach.Replications, n => $"`{n}`"));
        Assert.DoesNotContain("maglev", RecordReach.Sentence(parameters, reach.Replications, n => n));
    }

    [Fact]
    public void EachRun_TakesThePredictiveReplications_UpToAThousand()
    {
        Assert.Equal(60, RecordReach.ReplicationsFor(new CalibrationSettings(10, 10, 5, 60)));
        Assert.Equal(RecordReach.MaxReplications, RecordReach.ReplicationsFor(new CalibrationSettings(10, 10, 5, 50_000)));
    }
}
