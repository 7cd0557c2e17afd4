using System.Globalization;
using System.Text.RegularExpressions;
using Simulation.Experiments.Games;
using Simulation.Experiments.Scenarios;

namespace Simulation.Experiments.Tests.Docs;

/// <summary>The rounds the lesson plan and the README quote as examples ("Round 2 of 3: Korea Robot Land (2007)", "Open round 1
/// (Maglev, 2007, …)", "the Medical Complex round (2009)") are the baseline game's own: a teacher reading one aloud must find
/// it on the page.</summary>
public sealed partial class ClassroomExampleTests
{
    [Fact]
    public void EveryRoundQuotedInTheDocs_IsARoundOfTheBaselineGame()
    {
        var scenario = ScenarioLoader.Load(Repository.Scenario("baseline.json")).Model;
        var rounds = new ParticipatoryGame(scenario, 7, 0).Rounds;
        var wrong = new List<string>();
        var checkedExamples = 0;
        foreach (var document in new[] { "docs/classroom.md", "README.md" })
        {
            var text = File.ReadAllText(Path.Combine(Repository.Root, document));
            foreach (Match heading in Heading().Matches(text))
            {
                checkedExamples++;
                var (number, of, project, year) = (int.Parse(heading.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(heading.Groups[2].Value, CultureInfo.InvariantCulture), heading.Groups[3].Value, int.Parse(heading.Groups[4].Value, CultureInfo.InvariantCulture));
                if (of != rounds.Count || number > rounds.Count || rounds[number - 1].ProjectName != project || rounds[number - 1].Year != year)
                {
                    wrong.Add($"{document}: \"{heading.Value}\"");
                }
            }
            foreach (Match opened in OpenedRound().Matches(text))
            {
                checkedExamples++;
                var number = int.Parse(opened.Groups[1].Value, CultureInfo.InvariantCulture);
                if (number > rounds.Count || !rounds[number - 1].ProjectName.Contains(opened.Groups[2].Value, StringComparison.Ordinal) || rounds[number - 1].Year != int.Parse(opened.Groups[3].Value, CultureInfo.InvariantCulture))
                {
                    wrong.Add($"{document}: \"{opened.Value}\"");
                }
            }
            foreach (Match named in NamedRound().Matches(text))
            {
                checkedExamples++;
                if (!rounds.Any(r => r.ProjectName.Contains(named.Groups[1].Value, StringComparison.Ordinal) && r.Year == int.Parse(named.Groups[2].Value, CultureInfo.InvariantCulture)))
                {
                    wrong.Add($"{document}: \"{named.Value}\"");
                }
            }
        }
        Assert.True(checkedExamples >= 3, $"only {checkedExamples} quoted rounds found: the patterns no longer match the docs");
        Assert.True(wrong.Count == 0, "Rounds the baseline game does not have:\n" + string.Join("\n", wrong));
    }

    // The page's heading of a round: "Round 2 of 3: Korea Robot Land (2007)".
    [GeneratedRegex(@"Round (\d+) of (\d+): ([^""()]+?) \((\d{4})\)")]
    private static partial Regex Heading();

    // "Open round 1 (Maglev, 2007, four candidates)".
    [GeneratedRegex(@"[Oo]pen round (\d+) \(([^,()]+), (\d{4})")]
    private static partial Regex OpenedRound();

    // "the Medical Complex round (2009)".
    [GeneratedRegex(@"the ([A-Z][A-Za-z ]+?) round \((\d{4})\)")]
    private static partial Regex NamedRound();
}
