namespace Simulation.Cli.Tests;

/// <summary>A what-if that adds or reweighs a criterion of a competition the record judges out of sample is told that its
/// judged score tests that choice too (a criterion picked knowing who won turns the score into a fit); one that changes the
/// criteria of a competition it declares in sample, or no criteria, is not.</summary>
public sealed class ValidateCriteriaChangeTests : IDisposable
{
    private readonly string _temp = Regsim.TempFolder();

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [Fact]
    public void ACriterionAddedToAJudgedCompetition_IsNamedBesideTheVerdict()
    {
        var fit = Path.Combine(_temp, "fit-maglev.json");
        File.WriteAllText(fit, $$"""
            { "extends": "{{Path.Combine(Regsim.Root, "scenarios", "baseline.json").Replace("\\", "/")}}", "name": "fit-maglev",
              "projects": [
                { "id": "maglev", "criteria": [ { "signal": "intlAirPassengers2006", "weight": { "value": 1.5, "source": "what-if" } } ] },
                { "id": "robotLand", "criteria": [ { "signal": "intlAirPassengers2006", "weight": { "value": 1.0, "source": "what-if" } } ] } ] }
            """);

        var (code, stdout, stderr) = Regsim.Run("validate", fit, "-n", "200", "--out", Path.Combine(_temp, "fit"), "-q");

        Assert.True(code is 0 or 4, stderr);
        Assert.Contains("Criteria changed from those of ", stdout, StringComparison.Ordinal);
        Assert.Contains("maglev: intlAirPassengers2006 added (1.5); robotLand: intlAirPassengers2006 added (1)", stdout, StringComparison.Ordinal);
        Assert.Contains("declare that competition's record entry inSample", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void ACriterionChangedInACompetitionDeclaredInSample_IsNotNamed()
    {
        // The gateway what-if reweighs the Maglev call and declares the Maglev record in sample for it.
        var (code, stdout, stderr) = Regsim.Run("validate", "scenarios/maglev-gateway.json", "-n", "200", "--out", Path.Combine(_temp, "gateway"), "-q");

        Assert.True(code is 0 or 4, stderr);
        Assert.Matches("[Jj]udged checks? (that )?move", stdout); // compared with its parent
        Assert.DoesNotContain("Criteria changed", stdout, StringComparison.Ordinal);
    }
}
