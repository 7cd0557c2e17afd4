using System.Globalization;
using System.Text.Json.Nodes;
using Simulation.Experiments.Scenarios;
using Simulation.Experiments.Sweeps;
using Simulation.Experiments.Tests.Scenarios;
using Simulation.Experiments.Validation;

namespace Simulation.Experiments.Tests.Validation;

/// <summary>An entry of the record or its patterns declared in sample for named parameters stays in sample until every
/// parameter is 0 or gone: a sized input switched off carries nothing from the outcome, while at any other value, pushed
/// further the way it was sized or moved back, it may still carry it. A what-if that switches them all off is judged on the
/// entry, and the report says why; a plain reason holds it in sample whatever changes.</summary>
public class InSampleStatusTests
{
    private const string Alignment = "regimes[lee].tilt[alignment].weight";
    private const string JointBidTilt = "regimes[lee].tilt[jointBid].weight";
    private const string Reason = "the Lee era's alignment tilt was sized from the paper's account of Daegu, which includes this outcome (the Medical Complex 'a rare political victory')";
    private const string BaselineReason = Reason + "; its joint-bid tilt, of assumed size, acts only in this competition, the one open to joint bids, which a joint bid "
        + "won, and the same account stresses Daegu-Gyeongbuk cooperation";

    // The tests of one named parameter declare the Medical Complex in sample for the alignment tilt alone (the baseline names
    // its joint-bid tilt too).
    private static void OneDeclared(JsonObject document) =>
        document["record"]![2]!["inSample"] = new JsonObject { ["reason"] = Reason, ["parameters"] = new JsonArray(Alignment) };

    private static ScenarioFolder OneNamed()
    {
        var folder = new ScenarioFolder();
        folder.Variant("baseline.json", OneDeclared);
        return folder;
    }

    private static HistoricalCompetition MedicalComplex(LoadedScenario scenario) => HistoricalRecord.Of(scenario).Single(c => c.Project == "medicalComplex");

    // A what-if that extends the baseline in the folder and sets one Lee tilt.
    private static string LeeTilt(ScenarioFolder folder, string signal, double weight) => folder.Write($"{signal}-{weight}.json", $$"""
        { "extends": "baseline.json", "name": "what-if",
          "regimes": [ { "id": "lee", "tilt": [ { "signal": "{{signal}}", "weight": { "value": {{weight}}, "source": "what-if" } } ] } ] }
        """);

    [Fact]
    public void TheBaselinesMedicalComplex_IsInSample_ForTheAlignmentAndJointBidTiltsItNames()
    {
        var baseline = ScenarioLoader.Load(Repository.Scenario("baseline.json"));

        var entry = MedicalComplex(baseline);

        Assert.Equal(BaselineReason, entry.InSample);
        Assert.Null(entry.CountedAsValidation);
        var declared = baseline.DeclaredInSample[InSampleDeclarations.RecordEntry("medicalComplex")];
        Assert.Equal(Repository.Scenario("baseline.json"), declared.File);
        Assert.Equal([new SizedParameter(Alignment, ParameterPath.Parse(Alignment).Read(baseline.Document)),
            new SizedParameter(JointBidTilt, ParameterPath.Parse(JointBidTilt).Read(baseline.Document))], declared.Parameters);
    }

    // Under roh-only the Lee regime is never in force: its tilts, sized from the outcome, are read by no run of the timeline
    // the record is scored on, so they carry nothing from it, as tilts switched off would not.
    [Fact]
    public void AWhatIfUnderWhichNoRunReadsTheNamedParameters_CountsTheEntryAsValidation_SayingWhy()
    {
        var rohOnly = ScenarioLoader.Load(Repository.Scenario("roh-only.json"));

        var entry = MedicalComplex(rohOnly);

        Assert.Null(entry.InSample);
        Assert.StartsWith($"{Alignment} is read by no run of the timeline here (the regime 'lee' is never in force); it was sized as 0.4 in ", entry.CountedAsValidation, StringComparison.Ordinal);
        Assert.Contains($"{JointBidTilt} is read by no run of the timeline here", entry.CountedAsValidation, StringComparison.Ordinal);
        // The baseline, whose timeline reaches the Lee era, keeps it in sample (the test above).
        Assert.NotNull(MedicalComplex(ScenarioLoader.Load(Repository.Scenario("lee-only.json"))).InSample);
    }

    [Fact]
    public void AWhatIfThatZeroesTheNamedParameter_CountsTheEntryAsValidation_SayingWhy()
    {
        using var folder = OneNamed();
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
        using var folder = OneNamed();
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
    [InlineData(1.5)] // pushed further the way the outcome sized it
    [InlineData(0.405)]
    [InlineData(0.4000001)]
    [InlineData(0.39)]
    [InlineData(0.2)] // moved back
    [InlineData(1e-9)]
    public void AParameterAtAnyValueButZero_KeepsTheEntryInSample_SayingSo(double weight)
    {
        using var folder = OneNamed();

        var entry = MedicalComplex(ScenarioLoader.Load(LeeTilt(folder, "alignment", weight)));

        Assert.Null(entry.CountedAsValidation);
        Assert.Equal($"{Reason} (still in sample here: {Alignment} is {weight.ToString(CultureInfo.InvariantCulture)}, not 0 (it was sized as 0.4 in "
            + $"{Path.Combine(folder.Path, "baseline.json")}))", entry.InSample);
    }

    [Fact]
    public void AParameterSizedAsZero_HoldsTheEntryInSample_AtAnyValue()
    {
        using var folder = OneNamed();
        var parent = folder.Variant("zero.json", d =>
        {
            ParameterPath.Parse(Alignment).Write(d, 0.0); // declares the entry with the tilt sized as 0
            OneDeclared(d);
        });

        var still = MedicalComplex(ScenarioLoader.Load(LeeTilts(folder, "still.json", "zero.json", ("alignment", 0))));
        var moved = MedicalComplex(ScenarioLoader.Load(LeeTilts(folder, "moved.json", "zero.json", ("alignment", 0.4))));

        Assert.Equal((Reason, (string?)null), (still.InSample, still.CountedAsValidation));
        Assert.Null(moved.CountedAsValidation);
        Assert.Equal($"{Reason} (still in sample here: {Alignment} is 0.4; sized as 0 in {parent}, it carries the outcome at any value)", moved.InSample);
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
        Assert.Equal($"{BaselineReason} (still in sample here: {JointBid} keeps the 0.5 it was sized as in {parent})", one.InSample);
        Assert.Null(both.InSample);
        Assert.Equal($"{Alignment} is 0, not the 0.4 it was sized as in {parent}; {JointBid} is 0, not the 0.5 it was sized as in {parent} (in sample there: {BaselineReason})",
            both.CountedAsValidation);
    }

    [Fact]
    public void WithTwoParametersNamed_OneSwitchedOffAndTheOtherRaised_KeepsTheEntryInSample_NamingTheRaisedOne()
    {
        const string JointBid = "regimes[lee].tilt[jointBid].weight";
        using var folder = new ScenarioFolder();
        var parent = folder.Variant("two.json", d => d["record"]![2]!["inSample"]!["parameters"] = new JsonArray(Alignment, JointBid));

        var entry = MedicalComplex(ScenarioLoader.Load(LeeTilts(folder, "raised.json", "two.json", ("alignment", 0), ("jointBid", 1.2))));

        Assert.Null(entry.CountedAsValidation);
        Assert.Equal($"{BaselineReason} (still in sample here: {JointBid} is 1.2, not 0 (it was sized as 0.5 in {parent}))", entry.InSample);
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
    public void TheRepositorysMaglevGatewayWhatIf_DeclaresMaglevInSample_ForItsGatewayWeight()
    {
        const string Gateway = "projects[maglev].criteria[gateway].weight";
        var path = Repository.Scenario("maglev-gateway.json");
        var scenario = ScenarioLoader.Load(path);

        var maglev = HistoricalRecord.Of(scenario).Single(c => c.Project == "maglev");

        Assert.Null(maglev.CountedAsValidation);
        Assert.Contains("mirrors the winner's own bid", maglev.InSample, StringComparison.Ordinal);
        var declared = scenario.DeclaredInSample[InSampleDeclarations.RecordEntry("maglev")];
        Assert.Equal(path, declared.File);
        Assert.Equal([new SizedParameter(Gateway, 0.52)], declared.Parameters);
        // The entry merges with the baseline's by project: the year, winners and bids stay the baseline's.
        Assert.Equal((2007, 4), (maglev.Year, maglev.Bids));
        Assert.Equal(["incheon"], maglev.Winners);
        // The Medical Complex keeps its own declaration.
        Assert.NotNull(MedicalComplex(scenario).InSample);
    }

    [Theory]
    [InlineData(1.2, false)] // the outcome-sized weight pushed further: still in sample
    [InlineData(0.1, false)]
    [InlineData(0.0, true)]  // switched off: carries nothing from the outcome
    public void AWhatIfOfTheMaglevGatewayWhatIf_CountsMaglevAsValidation_OnlyWithTheGatewayWeightAt0(double weight, bool counted)
    {
        using var folder = new ScenarioFolder();
        var parent = Repository.Scenario("maglev-gateway.json").Replace("\\", "/");
        var path = folder.Write("gateway.json", $$"""
            { "extends": "{{parent}}", "name": "gateway",
              "projects": [ { "id": "maglev", "criteria": [ { "signal": "gateway", "weight": { "value": {{weight.ToString(CultureInfo.InvariantCulture)}}, "source": "what-if" } } ] } ] }
            """);

        var maglev = HistoricalRecord.Of(ScenarioLoader.Load(path)).Single(c => c.Project == "maglev");

        Assert.Equal(counted, maglev.CountedAsValidation is not null);
        Assert.Equal(counted, maglev.InSample is null);
        Assert.Contains(counted ? "projects[maglev].criteria[gateway].weight is 0, not the 0.52 it was sized as in "
            : $"(still in sample here: projects[maglev].criteria[gateway].weight is {weight.ToString(CultureInfo.InvariantCulture)}, not 0 (it was sized as 0.52 in ",
            counted ? maglev.CountedAsValidation : maglev.InSample, StringComparison.Ordinal);
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
    public void APatternWhoseNamedWeightAWhatIfSwitchesOff_IsJudgedAsValidation_ButNotOneThatOnlyChangesIt()
    {
        using var folder = new ScenarioFolder();
        string Equity(double weight) => folder.Write($"equity-{weight}.json", $$"""
            { "extends": "baseline.json", "name": "equity",
              "programmes": [ { "id": "specialDistricts", "selection": [ { "signal": "equity", "weight": { "value": {{weight}}, "source": "what-if" } } ] } ] }
            """);

        var patterns = RecordPatterns.Of(ScenarioLoader.Load(Equity(0)));
        var changed = Assert.Single(RecordPatterns.Of(ScenarioLoader.Load(Equity(0.3))).DesignationCounts);

        var counts = Assert.Single(patterns.DesignationCounts);
        Assert.Null(counts.InSample);
        Assert.StartsWith("programmes[specialDistricts].selection[equity].weight is 0, not the 0.8 it was sized as in ", counts.CountedAsValidation, StringComparison.Ordinal);
        Assert.Null(changed.CountedAsValidation);
        Assert.Contains("(still in sample here: programmes[specialDistricts].selection[equity].weight is 0.3, not 0 (it was sized as 0.8 in ", changed.InSample, StringComparison.Ordinal);
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

        Assert.Equal((BaselineReason, (string?)null), (MedicalComplex(scenario).InSample, MedicalComplex(scenario).CountedAsValidation));
        Assert.Equal("edited", scenario.DeclaredInSample[InSampleDeclarations.RecordEntry("medicalComplex")].File);
    }
}
