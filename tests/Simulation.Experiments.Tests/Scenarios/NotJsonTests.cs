using Simulation.Experiments.Scenarios;
using Simulation.Experiments.Sweeps;

namespace Simulation.Experiments.Tests.Scenarios;

/// <summary>A file that is not JSON is refused with the parser's reason and where, quoting at most a short, single-line
/// excerpt of the file, however long the text the parser would quote.</summary>
public sealed class NotJsonTests : IDisposable
{
    private readonly ScenarioFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData(DocumentKind.Scenario)]
    [InlineData(DocumentKind.Experiment)]
    public void AYamlLikeFileStartingWithAWord_IsQuotedByItsFirstLineAlone(DocumentKind kind)
    {
        var yaml = "name: test\n" + string.Concat(Enumerable.Range(0, 300).Select(i => $"key{i}: value number {i} with some text\n"));
        var path = _folder.Write("yaml.json", yaml);

        var problem = Assert.Single(Load(path, kind).Problems);

        Assert.Equal("line 1, column 2", problem.JsonPath);
        Assert.Equal("not valid JSON: 'name: test…' is an invalid JSON literal. Expected the literal 'null'.", problem.Message);
    }

    [Theory]
    [InlineData("{ \"replications\": nul }", "'nul }' is an invalid JSON literal")] // short and on one line: quoted whole
    [InlineData("{ \"replications\": tru\n\n }", "'tru…' is an invalid JSON literal")]
    [InlineData("nonsense: a very long word that goes on well past the forty characters a message quotes", "'nonsense: a very long word that goes on…' is an invalid JSON literal")]
    public void TheQuotedExcerpt_IsOneLineOfAtMostFortyCharacters(string text, string quoted)
    {
        var path = _folder.Write("literal.json", text);

        var problem = Assert.Single(Load(path, DocumentKind.Scenario).Problems);

        Assert.Contains(quoted, problem.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', problem.Message);
    }

    [Fact]
    public void BrokenJsonInAnExperiment_IsPlacedByLineAndColumn_AsInAScenario()
    {
        var path = _folder.Write("broken.json", "{ \"name\": \"bad\",\n  \"seed\": }");

        var experiment = Assert.Single(Load(path, DocumentKind.Experiment).Problems);
        var scenario = Assert.Single(Load(path, DocumentKind.Scenario).Problems);

        Assert.Equal("line 2, column 11", experiment.JsonPath);
        Assert.Equal((scenario.JsonPath, scenario.Message), (experiment.JsonPath, experiment.Message));
    }

    private static ScenarioException Load(string path, DocumentKind kind) => kind == DocumentKind.Scenario
        ? Assert.Throws<ScenarioException>(() => ScenarioLoader.Load(path))
        : Assert.Throws<ScenarioException>(() => ExperimentLoader.Load(path));
}
