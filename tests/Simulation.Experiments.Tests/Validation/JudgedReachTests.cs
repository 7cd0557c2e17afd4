using Simulation.Experiments.Validation;

namespace Simulation.Experiments.Tests.Validation;

/// <summary>A what-if's judged checks are compared with its parent's bit for bit: the same values and verdict are a check its
/// changes do not reach; info rows and other kinds are not judged and are left out.</summary>
public class JudgedReachTests
{
    private static ValidationCheck Check(string name, double simulated, CheckStatus status = CheckStatus.Pass, CheckKind kind = CheckKind.Validation) =>
        new("g", name, "d", 0, simulated, simulated - 1, simulated + 1, status, "rule", "source", kind);

    private static ValidationReport Report(params ValidationCheck[] checks) => new("s", new ValidationOptions(10, 1, 1), checks, []);

    [Fact]
    public void OnlyJudgedValidationChecks_ThatDifferOrAreNew_Move()
    {
        var parent = Report(Check("a", 1), Check("b", 2), Check("c", 3, CheckStatus.Info), Check("d", 4, kind: CheckKind.InSample));
        var whatIf = Report(Check("a", 1), Check("b", 2.5), Check("c", 9, CheckStatus.Info), Check("d", 9, kind: CheckKind.InSample), Check("e", 5, CheckStatus.Fail));

        var reach = JudgedReach.Between(whatIf, parent, "parent.json");

        Assert.Equal(["a", "b", "e"], reach.Judged);
        Assert.Equal(["b", "e"], reach.Moved);
        Assert.Equal("parent.json", reach.ParentFile);
    }

    [Fact]
    public void TheSameChecks_MoveNone() =>
        Assert.Empty(JudgedReach.Between(Report(Check("a", 1), Check("b", 2, CheckStatus.Fail)), Report(Check("a", 1), Check("b", 2, CheckStatus.Fail)), "p").Moved);
}
