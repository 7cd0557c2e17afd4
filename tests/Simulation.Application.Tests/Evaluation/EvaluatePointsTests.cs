using Simulation.Application.Evaluation;
using Simulation.Experiments.Scenarios;
using Simulation.Experiments.Tests;

namespace Simulation.Application.Tests.Evaluation;

/// <summary>Each kind of bad line gets an answer naming its field and what is wrong in the protocol's words (no .NET type),
/// and a line that would run for hours or crash the writer is refused before it runs.</summary>
public sealed class EvaluatePointsTests
{
    private static readonly LoadedScenario Smoke = ScenarioLoader.Load(Repository.Scenario("smoke.json"));

    [Theory]
    [InlineData("""{"id":"p","parameters":{"behaviour.effortNoise":1e400}}""", "parameters.behaviour.effortNoise", "is too large for any field")]
    [InlineData("""{"id":"p","parameters":{"behaviour.effortNoise":-1e400}}""", "parameters.behaviour.effortNoise", "is too large for any field")]
    [InlineData("""{"id":"p","replications":1000000000}""", "replications", "must be from 1 to 10^8 (got 1000000000)")]
    [InlineData("""{"id":"p","replications":0}""", "replications", "must be from 1 to 10^8 (got 0)")]
    [InlineData("""{"id":"p","seed":9223372036854775808}""", "seed", "must be from 0 to 2^63 − 1")]
    [InlineData("""{"id":"p","replications":2.5}""", "replications", "must be a whole number from 1 to 10^8")]
    [InlineData("""{"id":"p","seed":-3}""", "seed", "must be a whole number from 0 to 2^63 − 1")]
    [InlineData("""{"id":"p","seed":1e300}""", "seed", "must be a whole number from 0 to 2^63 − 1")]
    [InlineData("""{"id":"p","replications":1e12}""", "replications", "must be from 1 to 10^8 (got 1000000000000)")]
    [InlineData("""{"id":5}""", "id", "must be text")]
    [InlineData("""{"id":"p","repliactions":5}""", "repliactions", "is not a field of a parameter point")]
    [InlineData("""{"id":"p","parameters":{"behaviour.effortNoise":"0.9"}}""", "parameters.behaviour.effortNoise", "must be a number")]
    [InlineData("""{"id":"p","replications":5,"replications":6}""", "replications", "is given twice")]
    [InlineData("""{"id":"p","parameters":[1]}""", "parameters", "must be an object of paths and numbers")]
    [InlineData("""[1,2]""", "line", "must be an object with the fields")]
    [InlineData("""not json""", "line", "is not JSON")]
    [InlineData("""null""", "line", "is null")]
    [InlineData("""{"id":"p","parameters":{"behaviour.effortNoise":0.5,"behaviour.effortNoise":0.6}}""", "parameters.behaviour.effortNoise", "is given twice")]
    [InlineData("""{"id":"p","seed":true}""", "seed", "must be a whole number from 0 to 2^63 − 1")]
    public void ABadLine_IsAnsweredNamingItsFieldAndWhatIsWrong(string line, string field, string message)
    {
        var answer = new EvaluatePoints().Evaluate(Smoke, 3, line, 10, 1, CancellationToken.None);

        Assert.Null(answer.Modes);
        Assert.NotNull(answer.Error);
        Assert.Equal(field, answer.Error.Field);
        Assert.Contains(message, answer.Error.Message);
        Assert.DoesNotContain("System.", answer.Error.Message);
        Assert.Equal(3, answer.Line);
        Assert.Equal(line.StartsWith("""{"id":"p",""", StringComparison.Ordinal) ? "p" : null, answer.Id); // a driver can tell which point failed
    }

    [Fact]
    public void ANullField_IsTakenAsAbsent()
    {
        var answer = new EvaluatePoints().Evaluate(Smoke, 1, """{"id":null,"parameters":null,"seed":3,"replications":null}""", 5, 1, CancellationToken.None);

        Assert.Null(answer.Error);
        Assert.Null(answer.Id);
        Assert.Equal(5, answer.Replications);
    }

    [Theory]
    [InlineData("""{"id":"p","seed":3.0,"replications":5.0}""")]
    [InlineData("""{"id":"p","seed":3e0,"replications":0.5e1}""")]
    public void WholeNumbersWrittenWithAPoint_AreTheSameAsIntegers(string line)
    {
        var asDoubles = new EvaluatePoints().Evaluate(Smoke, 1, line, 10, 1, CancellationToken.None);
        var asIntegers = new EvaluatePoints().Evaluate(Smoke, 1, """{"id":"p","seed":3,"replications":5}""", 10, 1, CancellationToken.None);

        Assert.Null(asDoubles.Error);
        Assert.Equal((asIntegers.Seed, asIntegers.Replications), (asDoubles.Seed, asDoubles.Replications));
        Assert.Equal(asIntegers.Modes!.Keys, asDoubles.Modes!.Keys);
        Assert.All(asIntegers.Modes, mode => Assert.Equal(mode.Value.Metrics.Select(m => m.Value.Mean), asDoubles.Modes[mode.Key].Metrics.Select(m => m.Value.Mean)));
    }

    [Fact]
    public void AGoodLine_IsEvaluated()
    {
        var answer = new EvaluatePoints().Evaluate(Smoke, 1, """{"id":"p","parameters":{"behaviour.effortNoise":0.5},"seed":3,"replications":5}""", 10, 1, CancellationToken.None);

        Assert.Null(answer.Error);
        Assert.Equal(5, answer.Replications);
        Assert.NotEmpty(answer.Modes!);
    }

    [Fact]
    public async Task AStream_IsAnsweredPointByPoint_NamingEachLine_PastABlankLineAndAByteOrderMark()
    {
        var input = new StringReader("\uFEFF{\"id\":\"a\",\"replications\":2}\n\n   \nnot json\n{\"id\":\"b\",\"replications\":2}\n");
        var answers = new List<PointOutcome>();

        await new EvaluatePoints().Run(Repository.Scenario("smoke.json"), input, outcome =>
        {
            answers.Add(outcome);
            return Task.CompletedTask;
        }, 10, 1, CancellationToken.None);

        Assert.Equal([(1, "a"), (4, null), (5, "b")], answers.Select(a => (a.Line, a.Id)));
        Assert.Null(answers[0].Error);
        Assert.Equal("line", answers[1].Error!.Field);
        Assert.Equal(2, answers[2].Replications);
    }
}
