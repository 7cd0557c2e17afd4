using System.Text.Json.Nodes;
using Simulation.Core.Regimes;
using Simulation.Experiments.Scenarios;

namespace Simulation.Experiments.Tests.Scenarios;

public sealed class SelectionRuleNamesTests
{
    [Fact]
    public void EveryRule_HasTheSchemasWord_AndReadsBackAsItself()
    {
        var schema = JsonNode.Parse(File.ReadAllText(Path.Combine(Repository.Root, "scenarios", "scenario.schema.json")))!;
        var words = schema["$defs"]!["selection"]!["properties"]!["rule"]!["enum"]!.AsArray().Select(w => w!.GetValue<string>()).Order().ToList();

        Assert.Equal(words, Enum.GetValues<SelectionRuleKind>().Select(SelectionRuleNames.Name).Order().ToList());
        Assert.All(Enum.GetValues<SelectionRuleKind>(), rule => Assert.Equal(rule, SelectionRuleNames.Parse(SelectionRuleNames.Name(rule))));
    }
}
