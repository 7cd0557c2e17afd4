using System.Text.Json.Nodes;
using Simulation.Experiments.Scenarios;
using Simulation.Experiments.Tests.Scenarios;
using Simulation.Experiments.Validation;

namespace Simulation.Experiments.Tests.Validation;

/// <summary>A what-if that opens a call to more regions than the record counts bids is scored, with a warning: chance still
/// draws among the record's bids, so the model and chance no longer face the same field.</summary>
public class WiderFieldTests
{
    private static readonly LoadedScenario Baseline = ScenarioLoader.Load(Repository.Scenario("baseline.json"));

    [Fact]
    public void ACallOpenedToMoreRegionsThanTheRecordCountsBids_IsWarnedOf_SinceChanceStillDrawsAmongTheRecordsBids()
    {
        var document = (JsonObject)Baseline.Document.DeepClone();
        document["projects"]!.AsArray().Single(p => (string?)p!["id"] == "maglev")!["candidates"] = new JsonArray();
        var opened = ScenarioLoader.Parse(document.ToJsonString(), "opened scenario");

        var report = ValidationSuite.Run(opened, new ValidationOptions(400, opened.Model.Seed, 2));

        var warning = Assert.Single(report.Warnings!, w => w.Contains("like with like", StringComparison.Ordinal));
        Assert.StartsWith("'maglev' can have up to 16 bids in this scenario, but the record counts 4", warning, StringComparison.Ordinal);
        Assert.Empty(HistoricalRecord.WiderFields(Baseline.Model, HistoricalRecord.Of(Baseline)));
    }
}
