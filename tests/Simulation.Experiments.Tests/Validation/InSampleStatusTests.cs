using System.Globalization;
using System.Text.Json.Nodes;
using Simulation.Experiments.Scenarios;
using Simulation.Experiments.Sweeps;
using Simulation.Experiments.Tests.Scenarios;
using Simulation.Experiments.Validation;

namespace Simulation.Experiments.Tests.Validation;

/// <summary>An entry of the record or its patterns declared in sample for named parameters stays in sample until every
/// parameter has moved by more than 1 % from the value it was sized as in the file that declared it (10⁻⁶ from a value of
/// 0): a what-if that moves them all is judged on the entry, and the report says why; a plain reason holds it in sample
/// whatever changes.</summary>
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

    // A what-if that extends parent in the folder and sets the given Lee tilts.
    private static string LeeTilts(ScenarioFolder folder, string name, string parent, params (string Signal, double Weight)[] tilts)
    {
        var tilt = new JsonArray([.. tilts.Select(t => (JsonNode)new JsonObject
        {
            ["signal"] = t.Signal,
            ["weight"] = new JsonObject { ["value"] = t.Weight, ["source"] = "what-if" },
        })]);
        var regime = new JsonObject { ["id"] = "lee", ["tilt"] = tilt };
        return folder.Write(name, new JsonObject { ["extends"] = parent, ["name"] = "what-if", ["regimes"] = new JsonArray(regime) }.ToJsonString());
    }

    [Theory]
    [InlineData(0.4000001)]
    [InlineData(0.397)] // 0.75 % below
    [InlineData(0.4039)] // 0.975 % above
    public void AParameterStillWithinOnePercentOfItsSizedValue_KeepsTheEntryInSample_SayingSo(double weight)
    {
        using var folder = new ScenarioFolder();

        var entry = MedicalComplex(ScenarioLoader.Load(LeeTilt(folder, "alignment", weight)));

        Assert.Null(entry.CountedAsValidation);
        Assert.StartsWith(Reason, entry.InSample, StringComparison.Ordinal);
        Assert.EndsWith($"(still in sample here: {Alignment} is {weight.ToString(CultureInfo.InvariantCulture)}, within 1 % of the 0.4 it was sized as in "
            + $"{Path.Combine(folder.Path, "baseline.json")})", entry.InSample, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0.405)] // 1.25 % above
    [InlineData(0.39)]
    public void AParameterMovedByMoreThanOnePercent_CountsTheEntryAsValidation(double weight)
    {
        using var folder = new ScenarioFolder();

        var entry = MedicalComplex(ScenarioLoader.Load(LeeTilt(folder, "alignment", weight)));

        Assert.Null(entry.InSample);
        Assert.StartsWith($"{Alignment} is {weight.ToString(CultureInfo.InvariantCulture)}, not the 0.4 it was sized as in ", entry.CountedAsValidation, StringComparison.Ordinal);
    }

    [Fact]
    public void AParameterSizedAsZero_CountsAsMovedOnlyBeyondAMillionth()
    {
        using var folder = new ScenarioFolder();
        folder.Variant("zero.json", d => ParameterPath.Parse(Alignment).Write(d, 0.0)); // declares the entry with the tilt sized as 0

        var near = MedicalComplex(ScenarioLoader.Load(LeeTilts(folder, "near.json", "zero.json", ("alignment", 5e-7))));
        var moved = MedicalComplex(ScenarioLoader.Load(LeeTilts(folder, "moved.json", "zero.json", ("alignment", 2e-6))));

        Assert.Null(near.CountedAsValidation);
        Assert.Contains($"{Alignment} is 5E-07, within 10⁻⁶ of the 0 it was sized as in ", near.InSample, StringComparison.Ordinal);
        Assert.Null(moved.InSample);
        Assert.StartsWith($"{Alignment} is 2E-06, not the 0 it was sized as in ", moved.CountedAsValidation, StringComparison.Ordinal);
    }

    [Fact]
    public void WithTwoParametersNamed_MovingOneKeepsTheEntryInSample_MovingBothCountsIt()
    {
        const string JointBid = "regimes[lee].tilt[jointBid].weight";
        using var folder = new ScenarioFolder();
        var parent = folder.Variant("two.json", d => d["record"]![2]!["inSample"]!["parameters"] = new JsonArray(Alignment, JointBid));

        var one = MedicalComplex(ScenarioLoader.Load(LeeTilts(folder, "one.json", "two.json", ("alignment", 0))));
        var both = MedicalComplex(ScenarioLoader.Load(LeeTilts(folder, "both.json", "two.json", ("alignment", 0), ("jointBid", 0))));

        Assert.Null(one.CountedAsValidation);
        Assert.Equal($"{Reason} (still in sample here: {JointBid} keeps the 0.5 it was sized as in {parent})", one.InSample);
        Assert.Null(both.InSample);
        Assert.Equal($"{Alignment} is 0, not the 0.4 it was sized as in {parent}; {JointBid} is 0, not the 0.5 it was sized as in {parent} (in sample there: {Reason})",
            both.CountedAsValidation);
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
