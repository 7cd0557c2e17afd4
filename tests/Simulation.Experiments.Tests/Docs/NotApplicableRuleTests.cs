using System.Text.RegularExpressions;

namespace Simulation.Experiments.Tests.Docs;

/// <summary>The README and docs/VALIDATION.md state in the same words which checks are not applicable (and so not counted),
/// so a reader of either learns the rule <c>regsim validate</c> follows.</summary>
public sealed partial class NotApplicableRuleTests
{
    [Fact]
    public void TheReadmeAndVALIDATION_WordTheNotApplicableRuleAlike()
    {
        string Rule(string relative)
        {
            var text = Spaces().Replace(File.ReadAllText(Path.Combine(Repository.Root, relative)), " ");
            var rule = RuleSentence().Match(text);
            Assert.True(rule.Success, $"{relative} no longer says which checks are not applicable");
            return rule.Groups[1].Value;
        }

        Assert.Equal(Rule("README.md"), Rule(Path.Combine("docs", "VALIDATION.md")));
        Assert.Contains("no counterfactual regime, whatever the timeline", Rule("README.md"), StringComparison.Ordinal);
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    // The parenthesis after "a check whose subject never happens in the scenario", in either document.
    [GeneratedRegex(@"check whose subject never happens in the scenario (\([^)]*\))")]
    private static partial Regex RuleSentence();
}
