using System.Text.Json.Nodes;
using Simulation.Experiments.Scenarios;
using Simulation.Experiments.Validation;

namespace Simulation.Experiments.Tests.Validation;

/// <summary>The fund and regime-effect checks take their regimes from the scenario: renamed regimes are checked the same way
/// and named by their new names.</summary>
public class RegimeContrastTests
{
    private static readonly LoadedScenario Baseline = ScenarioLoader.Load(Repository.Scenario("baseline.json"));

    // The baseline with its regimes' ids and names changed (ids alpha and beta, names "Alpha regime" and "Beta regime").
    private static LoadedScenario Renamed()
    {
        var text = File.ReadAllText(Repository.Scenario("baseline.json"))
            .Replace("\"roh\"", "\"alpha\"", StringComparison.Ordinal)
            .Replace("\"lee\"", "\"beta\"", StringComparison.Ordinal)
            .Replace("[lee]", "[beta]", StringComparison.Ordinal); // in the parameter the Medical Complex's inSample names
        var document = JsonNode.Parse(text)!.AsObject();
        foreach (var regime in document["regimes"]!.AsArray().Select(r => r!.AsObject()))
        {
            regime["name"] = (string)regime["id"]! == "alpha" ? "Alpha regime" : "Beta regime";
        }
        return ScenarioLoader.Parse(document.ToJsonString(), "renamed baseline");
    }

    [Fact]
    public void From_TakesTheFirstCounterfactualAsEquityMinded_AndTheSecondAsEfficiencyMinded()
    {
        var contrast = RegimeContrast.From(Renamed().Model);

        Assert.Equal("alpha", contrast.EquityMode);
        Assert.Equal("beta", contrast.EfficiencyMode);
        Assert.Equal("regimes[alpha].tilt[equity].weight", contrast.EquityTilt);
    }

    [Fact]
    public void AScenarioHoldingOneRegime_HasItsRegimeAndPatternChecksNotApplicable_NotFailed()
    {
        var report = ValidationSuite.Run(ScenarioLoader.Load(Repository.Scenario("lee-only.json")), new ValidationOptions(60, 11, 2));
        var inapplicable = report.Checks.Where(c => c.Status == CheckStatus.NotApplicable).Select(c => c.Name).ToList();

        // No counterfactual to compare; no Innovation Cities nor Enterprise Cities under the one regime, by lot or by the model.
        Assert.Equal(["fund.missing", "pattern.enterpriseCityRejections", "pattern.innovationCityExclusions", "regime.capital_region_share", "regime.equity_tilt"],
            inapplicable.Order(StringComparer.Ordinal));
        Assert.DoesNotContain(report.Failed, c => inapplicable.Contains(c.Name));
        var all = report.Checks.Count(c => c.Status is CheckStatus.Pass or CheckStatus.Fail);
        Assert.Equal(all, report.Tally(CheckKind.Validation).Judged + report.Tally(CheckKind.Verification, CheckKind.Input, CheckKind.InSample).Judged);
        AssertNoNaN(report);
    }

    [Fact]
    public void ATimelineThatChangesRegime_WithoutCounterfactuals_HasTheFundAndRegimeChecksNotApplicable_SayingWhy()
    {
        var document = (JsonObject)Baseline.Document.DeepClone();
        document["counterfactuals"] = new JsonArray(); // the timeline still goes from one regime to the other

        var report = ValidationSuite.Run(ScenarioLoader.Parse(document.ToJsonString(), "no counterfactuals"), new ValidationOptions(60, 11, 2));

        var compared = report.Checks.Where(c => c.Group is "fund" or "regime").ToList();
        Assert.Equal(["fund.missing", "regime.capital_region_share", "regime.equity_tilt"], compared.Select(c => c.Name).Order(StringComparer.Ordinal));
        Assert.All(compared, c => Assert.Equal(CheckStatus.NotApplicable, c.Status));
        Assert.All(compared, c => Assert.StartsWith(RegimeContrast.NoCounterfactual, c.Criterion, StringComparison.Ordinal));
        Assert.DoesNotContain(report.Failed, c => c.Group is "fund" or "regime");
        Assert.DoesNotContain(report.Checks, c => c.Group is "fund" or "regime" && c.Status is CheckStatus.Pass or CheckStatus.Fail);
        AssertNoNaN(report);
    }

    [Fact]
    public void OneCounterfactual_HasTheCapitalRegionShareNotApplicable_ButJudgesTheEquityTiltAndTheFund()
    {
        var document = (JsonObject)Baseline.Document.DeepClone();
        document["counterfactuals"] = new JsonArray(Baseline.Document["counterfactuals"]![0]!.DeepClone());

        var report = ValidationSuite.Run(ScenarioLoader.Parse(document.ToJsonString(), "one counterfactual"), new ValidationOptions(60, 11, 2));

        var share = report.Checks.Single(c => c.Name == "regime.capital_region_share");
        Assert.Equal(CheckStatus.NotApplicable, share.Status);
        Assert.Contains("no efficiency-minded regime", share.Criterion, StringComparison.Ordinal);
        Assert.EndsWith("each held over the horizon (n/a)", share.Description, StringComparison.Ordinal);
        Assert.Equal(CheckStatus.Pass, report.Checks.Single(c => c.Name == "regime.equity_tilt").Status);
        Assert.All(report.Checks.Where(c => c.Group == "fund"), c => Assert.Equal(CheckStatus.Pass, c.Status));
        AssertNoNaN(report);
    }

    [Fact]
    public void AComparedPairInReverse_ChangesNoRole_AndTheEquityTiltIsStillJudged()
    {
        var document = (JsonObject)Baseline.Document.DeepClone();
        document["compared"] = new JsonArray("lee", "roh");

        var report = ValidationSuite.Run(ScenarioLoader.Parse(document.ToJsonString(), "compared reversed"), new ValidationOptions(60, 11, 2));

        Assert.Equal(CheckStatus.Pass, report.Checks.Single(c => c.Name == "regime.equity_tilt").Status); // the tilt taken away from the first counterfactual
        Assert.Contains("Roh", report.Checks.Single(c => c.Name == "regime.roles").Description, StringComparison.Ordinal);
    }

    // A check that cannot apply says n/a in words: no description or rule shows an undefined number.
    private static void AssertNoNaN(ValidationReport report) =>
        Assert.All(report.Checks, c => Assert.DoesNotContain("NaN", c.Description + c.Criterion, StringComparison.Ordinal));

    [Fact]
    public void Roles_WarnWhenTheFirstCounterfactualWeighsEquityLessThanTheSecond()
    {
        var document = (JsonObject)Baseline.Document.DeepClone();
        document["counterfactuals"] = new JsonArray([.. Baseline.Document["counterfactuals"]!.AsArray().Reverse().Select(c => c!.DeepClone())]);
        var reversed = ScenarioLoader.Parse(document.ToJsonString(), "counterfactuals reversed").Model;

        var asGiven = RegimeContrast.From(Baseline.Model).Roles(Baseline.Model)!;
        var warned = RegimeContrast.From(reversed).Roles(reversed)!;

        Assert.Equal(CheckStatus.Info, warned.Status);
        Assert.DoesNotContain("WARNING", asGiven.Criterion, StringComparison.Ordinal);
        Assert.StartsWith("WARNING", warned.Criterion, StringComparison.Ordinal);
        Assert.Contains("list it first in counterfactuals", warned.Criterion, StringComparison.Ordinal);
        // The report's head says it too, so that the fund checks' failures are not read as a fund off the paper's path.
        Assert.Null(RegimeContrast.From(Baseline.Model).ReversedWarning(Baseline.Model));
        var warning = RegimeContrast.From(reversed).ReversedWarning(reversed);
        Assert.NotNull(warning);
        Assert.Contains("their failures say nothing of the fund", warning, StringComparison.Ordinal);
        Assert.Contains("(0.1 against 0.5)", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void From_WithoutCounterfactuals_HasNoRegimes()
    {
        var document = (JsonObject)Baseline.Document.DeepClone();
        document["counterfactuals"] = new JsonArray();

        var contrast = RegimeContrast.From(ScenarioLoader.Parse(document.ToJsonString(), "no counterfactuals").Model);

        Assert.Null(contrast.EquityMinded);
        Assert.Equal(string.Empty, contrast.EfficiencyMode);
        Assert.Null(contrast.EquityTilt);
    }

    [Fact]
    public void FundChecks_OnRenamedRegimes_PassAsOnTheBaseline_AndNameTheRegime()
    {
        var renamed = Renamed().Model;
        var options = new RunOptions(20, 5, 1);

        var checks = FundChecks.Evaluate(renamed, RegimeContrast.From(renamed), MonteCarlo.Run(renamed, options), options.Seed);
        var baseline = FundChecks.Evaluate(Baseline.Model, RegimeContrast.From(Baseline.Model), MonteCarlo.Run(Baseline.Model, options), options.Seed);

        Assert.Equal(baseline.Select(c => (c.Name.Replace("roh", "alpha", StringComparison.Ordinal), c.Status, c.Simulated)), checks.Select(c => (c.Name, c.Status, c.Simulated)));
        Assert.Contains(checks, c => c.Name == "fund.spent_alpha" && c.Status == CheckStatus.Pass);
        Assert.All(checks, c => Assert.DoesNotContain("Roh", c.Description));
        Assert.Contains(checks, c => c.Description.Contains("Alpha regime", StringComparison.Ordinal));
    }

    [Fact]
    public void Suite_OnRenamedRegimes_GivesTheSameVerdicts_AndNamesThemByName()
    {
        var renamed = Renamed();

        var report = ValidationSuite.Run(renamed, new ValidationOptions(400, renamed.Model.Seed, 2));

        var original = ValidationSuite.Run(ScenarioLoader.Load(Repository.Scenario("baseline.json")), new ValidationOptions(400, renamed.Model.Seed, 2));
        Assert.Equal(original.Checks.Select(c => (c.Status, c.Simulated)), report.Checks.Select(c => (c.Status, c.Simulated)));
        Assert.Contains(report.Checks, c => c.Name == "regime.capital_region_share" && c.Description.Contains("Alpha regime minus Beta regime", StringComparison.Ordinal));
        Assert.Contains(report.Checks, c => c.Name == "regime.equity_tilt" && c.Description.Contains("under Alpha regime", StringComparison.Ordinal));
        Assert.Contains(report.Checks, c => c.Name == "history.maglev.incheon.rank" && c.Description.Contains("2007, Alpha regime", StringComparison.Ordinal));
        Assert.All(report.Checks.Where(c => c.Group is "fund" or "regime" or "history"),
            c => Assert.DoesNotMatch(@"\b(Roh|Lee|roh|lee)\b", c.Description));
    }
}
