using System.Text.Json.Nodes;
using Simulation.Experiments.Scenarios;
using Simulation.Experiments.Tests.Scenarios;
using Simulation.Experiments.Validation;

namespace Simulation.Experiments.Tests.Validation;

/// <summary>The record a scenario states is the one scored: a competition named twice, or in a year the scenario does not
/// hold it, is refused naming its path; one added in an extending file joins the parent's instead of replacing them.</summary>
public class HistoricalRecordTests
{
    [Fact]
    public void ACompetitionAddedInAnExtendingFile_JoinsTheParentsRecord()
    {
        using var folder = new ScenarioFolder();
        var path = folder.Write("more.json", """
            { "extends": "baseline.json", "name": "more",
              "record": [ { "project": "maglev", "year": 2007, "winners": ["daegu"], "bids": 4, "source": "what-if" } ] }
            """);

        var record = HistoricalRecord.Of(ScenarioLoader.Load(path));

        Assert.Equal(["maglev", "robotLand", "medicalComplex"], record.Select(c => c.Project));
        Assert.Equal(["daegu"], record[0].Winners);
    }

    [Fact]
    public void ACompetitionInAYearTheScenarioDoesNotHoldIt_IsRefused()
    {
        using var folder = new ScenarioFolder();
        var path = folder.Variant("late.json", d => d["record"]![0]!["year"] = 2008);

        var error = Assert.Throws<ScenarioException>(() => HistoricalRecord.Of(ScenarioLoader.Load(path)));

        Assert.Contains("$.record[maglev].year: the scenario holds no 'maglev' competition in 2008 (its first is in 2007)", error.Message);
    }

    [Fact]
    public void ACompetitionRecordedTwice_IsRefused()
    {
        using var folder = new ScenarioFolder();
        var path = folder.Variant("twice.json", d => d["record"]!.AsArray().Add(d["record"]![0]!.DeepClone()));

        var error = Assert.Throws<ScenarioException>(() => HistoricalRecord.Of(ScenarioLoader.Load(path)));

        Assert.Contains("$.record[3].project: the project 'maglev' is recorded twice", error.Message);
    }

    [Fact]
    public void MoreRecordedBidsThanTheModelCanHave_IsRefused_ForChanceWouldCountRivalsTheModelNeverMeets()
    {
        // Robot Land without its unnamed tenth candidate: nine named regions, ten recorded bids.
        using var folder = new ScenarioFolder();
        var path = folder.Variant("nine.json", d => ((JsonObject)d["projects"]![1]!).Remove("unnamedCandidates"));

        var error = Assert.Throws<ScenarioException>(() => HistoricalRecord.Of(ScenarioLoader.Load(path)));

        Assert.Contains("$.record[robotLand].bids: the record counts 10 bids, but the scenario's 'robotLand' can have at most 9", error.Message);
    }

    [Fact]
    public void TheRecordsConsortia_CountAsOneBidEach()
    {
        // The Medical Complex: 14 candidate regions, three of the record's joint bids among them (7 regions), so 10 bids at most.
        using var folder = new ScenarioFolder();
        var path = folder.Variant("eleven.json", d => d["record"]![2]!["bids"] = 11);

        var error = Assert.Throws<ScenarioException>(() => HistoricalRecord.Of(ScenarioLoader.Load(path)));

        Assert.Contains("$.record[medicalComplex].bids: the record counts 11 bids, but the scenario's 'medicalComplex' can have at most 10", error.Message);
    }

    [Fact]
    public void AWinnerWhoIsNoCandidate_IsRefused()
    {
        using var folder = new ScenarioFolder();
        var path = folder.Variant("jeju.json", d => d["record"]![0]!["winners"]![0] = "jeju");

        var error = Assert.Throws<ScenarioException>(() => HistoricalRecord.Of(ScenarioLoader.Load(path)));

        Assert.Contains("$.record[maglev].winners[0]: 'jeju' won in the record but is no candidate of the scenario's 'maglev'", error.Message);
    }
}
