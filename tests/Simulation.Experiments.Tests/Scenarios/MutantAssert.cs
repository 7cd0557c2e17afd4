using Simulation.Experiments.Scenarios;

namespace Simulation.Experiments.Tests.Scenarios;

/// <summary>What a rejection must say, for the property tests: at least one problem, each naming one of the files read and
/// a JSON path (<c>$</c>, <c>$.seed</c>, <c>$.regions[3].values</c>).</summary>
internal static class MutantAssert
{
    public static void NamesFileAndPath(ScenarioException e, params string[] files)
    {
        Assert.NotEmpty(e.Problems);
        foreach (var problem in e.Problems)
        {
            Assert.True(files.Any(f => problem.File.StartsWith(f, StringComparison.Ordinal)), $"'{problem}' names none of {string.Join(", ", files)}");
            Assert.Matches(@"^\$($|[.\[])", problem.JsonPath);
            Assert.False(string.IsNullOrWhiteSpace(problem.Message), $"'{problem}' says nothing");
        }
        Assert.Contains(e.Problems[0].File, e.Message);
    }
}
