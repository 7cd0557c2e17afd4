using System.Text.Json.Nodes;
using Simulation.Experiments.Scenarios;
using Simulation.Experiments.Sweeps;
using Simulation.Experiments.Tests.Scenarios;
using Simulation.Experiments.Validation;

namespace Simulation.Experiments.Tests.Validation;

/// <summary>An entry of the record or its patterns declared in sample for named parameters stays in sample only while each
/// parameter keeps the value of the file that declared it: a what-if that changes one is judged on the entry, and the
/// report says why; a plain reason holds it in sample whatever changes.</summary>
public class InSampleStatusTests
{
    private const string Alignment = "regimes[lee].tilt[alignment].weight";
    private const string Reason = "the Lee era's alignment tilt was sized from the paper's account of Daegu, which includes this outcome (the Medical Complex 'a rare political victory')";

    private static HistoricalCompetition MedicalComplex(LoadedScenario scenario) => HistoricalRecord.Of(scenario).Single(c => c.Project == "medicalComplex");

    // A what-if that extends the baseline in the folder and sets one Lee tilt.
    private static string LeeTilt(ScenarioFolder folder, string signal, double weight) => folder.Write($"{signal}-{weight}.json", $$"""
        { "extends": "baseline.json", "name": "what-if",
          "regimes": [ { "id": "lee", "tilt": [ { "signal": "{{signal}}", "weight": { "value": {{weight}}, "source": "what-if" } } ] } ] }
        """);

    [Fact]
    public void TheBaselinesMedicalComplex_IsInSample_ForTheAlignmentTiltItNames()
    {
        var baseline = ScenarioLoader.Load(Repository.Scenario("baseline.json"));

        var entry = MedicalComplex(baseline);

        Assert.Equal(Reason, entry.InSample);
        Assert.Null(entry.CountedAsValidation);
        var declared = baseline.DeclaredInSample[InSampleDeclarations.RecordEntry("medicalComplex")];
        Assert.Equal(Repository.Scenario("baseline.json"), declared.File);
        Assert.Equal([new SizedParameter(Alignment, ParameterPath.Parse(Alignment).Read(baseline.Document))], declared.Parameters);
    }

    [Fact]
    public void AWhatIfThatZeroesTheNamedParameter_CountsTheEntryAsValidation_SayingWhy()
    {
        using var folder = new ScenarioFolder();
        var baseline = ScenarioLoader.Load(Path.Combine(folder.Path, "baseline.json"));
        var sized = ParameterPath.Parse(Alignment).Read(baseline.Document);
        var whatIf = ScenarioLoader.Load(LeeTilt(folder, "alignment", 0));

        var entry = MedicalComplex(whatIf);

        Assert.Null(entry.InSample);
        Assert.Equal($"{Alignment} is 0, not the {sized.ToString(System.Globalization.CultureInfo.InvariantCulture)} it was sized as in "
            + $"{Path.Combine(folder.Path, "baseline.json")} (in sample there: {Reason})", entry.CountedAsValidation);
    }

    [Fact]
    public void AWhatIfThatLeavesTheNamedParameter_KeepsTheEntryInSample()
    {
        using var folder = new ScenarioFolder();
        var baseline = ScenarioLoader.Load(Path.Combine(folder.Path, "baseline.json"));
        var sized = ParameterPath.Parse(Alignment).Read(baseline.Document);

        // Another tilt changed, and the named one written again at the same value: neither changes what was sized.
        var other = MedicalComplex(ScenarioLoader.Load(LeeTilt(folder, "jointBid", 0)));
        var same = MedicalComplex(ScenarioLoader.Load(LeeTilt(folder, "alignment", sized)));

        Assert.Equal((Reason, (string?)null), (other.InSample, other.CountedAsValidation));
        Assert.Equal((Reason, (string?)null), (same.InSample, same.CountedAsValidation));
    }

    [Fact]
    public void TheRepositorysLeeTiltsOffWhatIf_CountsTheMedicalComplexAsValidation()
    {
        var entry = MedicalComplex(ScenarioLoader.Load(Repository.Scenario("lee-tilts-off.json")));

        Assert.Null(entry.InSample);
        Assert.StartsWith($"{Alignment} is 0, not the 0.4 it was sized as in ", entry.CountedAsValidation, StringComparison.Ordinal);
        Assert.Contains("baseline.json (in sample there: the Lee era's alignment tilt was sized", entry.CountedAsValidation, StringComparison.Ordinal);
    }

    [Fact]
    public void AWhatIfThatDeclaresTheEntryAgain_IsInSampleForItsOwnValues()
    {
        using var folder = new ScenarioFolder();
        var path = folder.Write("again.json", $$"""
            { "extends": "baseline.json", "name": "again",
              "regimes": [ { "id": "lee", "tilt": [ { "signal": "alignment", "weight": { "value": 0.9, "source": "what-if" } } ] } ],
              "record": [ { "project": "medicalComplex", "year": 2009, "winners": ["daegu", "gyeongbuk", "chungbuk"], "bids": 10, "source": "what-if",
                "inSample": { "reason": "sized again from the same account", "parameters": ["{{Alignment}}"] } } ] }
            """);

        var scenario = ScenarioLoader.Load(path);
        var entry = MedicalComplex(scenario);

        Assert.Equal(("sized again from the same account", (string?)null), (entry.InSample, entry.CountedAsValidation));
        Assert.Equal(path, scenario.DeclaredInSample[InSampleDeclarations.RecordEntry("medicalComplex")].File);
    }

    [Fact]
    public void APlainReason_KeepsTheEntryInSample_WhateverChanges()
    {
        using var folder = new ScenarioFolder();
        folder.Variant("baseline.json", d => d["record"]![2]!["inSample"] = Reason);

        var entry = MedicalComplex(ScenarioLoader.Load(LeeTilt(folder, "alignment", 0)));

        Assert.Equal((Reason, (string?)null), (entry.InSample, entry.CountedAsValidation));
    }

    [Fact]
    public void AWhatIfThatRemovesTheNamedParameter_CountsTheEntryAsValidation_SayingItIsGone()
    {
        using var folder = new ScenarioFolder();
        // An empty list replaces the parent's whole: the Lee regime keeps no tilt at all.
        var path = folder.Write("no-tilts.json", """{ "extends": "baseline.json", "name": "no-tilts", "regimes": [ { "id": "lee", "tilt": [] } ] }""");

        var entry = MedicalComplex(ScenarioLoader.Load(path));

        Assert.Null(entry.InSample);
        Assert.StartsWith($"{Alignment} no longer names a number (", entry.CountedAsValidation, StringComparison.Ordinal);
        Assert.Contains("it was sized as 0.4 in", entry.CountedAsValidation, StringComparison.Ordinal);
    }

    [Fact]
    public void APatternWhoseNamedWeightAWhatIfChanges_IsJudgedAsValidation()
    {
        using var folder = new ScenarioFolder();
        var path = folder.Write("equity.json", """
            { "extends": "baseline.json", "name": "equity",
              "programmes": [ { "id": "specialDistricts", "selection": [ { "signal": "equity", "weight": { "value": 0.3, "source": "what-if" } } ] } ] }
            """);

        var patterns = RecordPatterns.Of(ScenarioLoader.Load(path));

        var counts = Assert.Single(patterns.DesignationCounts);
        Assert.Null(counts.InSample);
        Assert.StartsWith("programmes[specialDistricts].selection[equity].weight is 0.3, not the 0.8 it was sized as in ", counts.CountedAsValidation, StringComparison.Ordinal);
        // The grades restate the record whatever the weights: their plain reason holds.
        Assert.NotNull(Assert.Single(patterns.Grades).InSample);
        Assert.Equal([("specialDistrictsPerRegion", counts.CountedAsValidation!)], patterns.CountedAsValidation);
    }

    [Fact]
    public void AParsedDocument_IsItsOwnDeclaration_SoItsEntriesStayInSample()
    {
        var document = (JsonObject)ScenarioLoader.Load(Repository.Scenario("baseline.json")).Document.DeepClone();
        ParameterPath.Parse(Alignment).Write(document, 0.0);

        var scenario = ScenarioLoader.Parse(document.ToJsonString(), "edited");

        Assert.Equal((Reason, (string?)null), (MedicalComplex(scenario).InSample, MedicalComplex(scenario).CountedAsValidation));
        Assert.Equal("edited", scenario.DeclaredInSample[InSampleDeclarations.RecordEntry("medicalComplex")].File);
    }
}
