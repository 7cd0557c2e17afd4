using System.Text.Json.Nodes;
using Simulation.Experiments.Scenarios;

namespace Simulation.Experiments.Validation;

/// <summary>
/// Reads the historical outcome of the competitions a scenario models (its <c>record</c>), the data that validation and
/// calibration score the model against, and checks that every project and region it names exists.
/// </summary>
public static class HistoricalRecord
{
    /// <summary>Returns the scenario's record in the order the model holds the competitions (by year, then project order);
    /// throws <see cref="ScenarioException"/> naming the JSON path of an unknown project or region, of a record the scenario
    /// does not fit (a recorded winner who is no candidate, more recorded bids than the scenario can have), or when there is
    /// none.</summary>
    public static IReadOnlyList<HistoricalCompetition> Of(LoadedScenario scenario) => Read(scenario, fit: true);

    /// <summary>Throws <see cref="ScenarioException"/> when the record names a project or region the scenario lacks, or a
    /// competition twice: mistakes in any scenario. Whether the scenario still fits the record (a what-if may drop a bidder
    /// who won, or hold a competition in another year) is asked only by the commands that score the model against it.</summary>
    public static void CheckNames(LoadedScenario scenario) => Read(scenario, fit: false);

    /// <summary>Returns the record as the scenario states it, names checked but not whether the scenario fits it: for what
    /// only reads the record's names (the default outputs of a sensitivity study).</summary>
    public static IReadOnlyList<HistoricalCompetition> AsStated(LoadedScenario scenario) => Read(scenario, fit: false);

    /// <summary>Returns the record as <see cref="AsStated"/> does, or an empty list when the scenario has none: for what
    /// sets the record beside a run's results where there is one (the run's sentences).</summary>
    public static IReadOnlyList<HistoricalCompetition> AsStatedIfAny(LoadedScenario scenario) =>
        scenario.Document["record"] is JsonArray { Count: > 0 } ? Read(scenario, fit: false) : [];

    private static IReadOnlyList<HistoricalCompetition> Read(LoadedScenario scenario, bool fit)
    {
        var file = scenario.Label;
        if (scenario.Document["record"] is not JsonArray items || items.Count == 0)
        {
            throw new ScenarioException(file, "$.record", "the scenario has no historical record to score the model against (docs/scenario-format.md, Record)");
        }
        var model = scenario.Model;
        var problems = new List<ScenarioProblem>();
        var record = new List<(int Order, HistoricalCompetition Competition)>();
        for (var i = 0; i < items.Count; i++)
        {
            var path = $"$.record[{i}]";
            var item = items[i]!.AsObject();
            var project = (string)item["project"]!;
            var order = model.Projects.ToList().FindIndex(p => p.Id == project);
            if (order < 0)
            {
                problems.Add(new ScenarioProblem(file, $"{path}.project", $"no project '{project}' in the scenario"));
            }
            var winners = Regions(item, "winners", path, model, file, problems);
            var named = item["named"] is null ? winners : Regions(item, "named", path, model, file, problems);
            if (record.Any(r => r.Competition.Project == project))
            {
                problems.Add(new ScenarioProblem(file, $"{path}.project", $"the project '{project}' is recorded twice; one entry per competition"));
            }
            var year = JsonNumber.Whole(item["year"], file, $"{path}.year", problems);
            var bids = JsonNumber.Whole(item["bids"], file, $"{path}.bids", problems);
            if (order < 0)
            {
                continue;
            }
            if (fit)
            {
                problems.AddRange(Misfits(model, model.Projects[order], year, bids, winners, file, path));
            }
            var sample = InSampleStatus.Of(scenario, InSampleDeclarations.RecordEntry(project), item["inSample"]);
            record.Add((order, new HistoricalCompetition(project, winners, named, year, bids, (string)item["source"]!, sample.Reason, sample.CountedAsValidation)));
        }
        if (problems.Count > 0)
        {
            throw scenario.Rejection(problems);
        }
        return [.. record.OrderBy(r => r.Competition.Year).ThenBy(r => r.Order).Select(r => r.Competition)];
    }

    // What keeps the record of one competition from scoring the scenario: a year it holds no such competition, fewer bids
    // than winners or more than it can have, a recorded winner it does not admit (a what-if may cause any of them).
    private static IEnumerable<ScenarioProblem> Misfits(Core.Scenario model, Core.Projects.NationalProject project, int year, int bids,
        IReadOnlyList<string> winners, string file, string path)
    {
        if (!project.IsHeldIn(year))
        {
            yield return new ScenarioProblem(file, $"{path}.year", $"the scenario holds no '{project.Id}' competition in {year} (its first is in {project.Year})");
        }
        if (bids < project.Winners)
        {
            yield return new ScenarioProblem(file, $"{path}.bids", $"{bids} bids cannot give the project's {project.Winners} winners");
        }
        if (MostBids(model, project) is var most && bids > most)
        {
            // Chance among the real bids would then count rivals the model never meets, and flatter the model.
            yield return new ScenarioProblem(file, $"{path}.bids", $"the record counts {bids} bids, but the scenario's '{project.Id}' can have at most {most} "
                + "(its candidates, named and unnamed, less the record's consortia): add the missing bidders to its 'candidates' or 'unnamedCandidates'");
        }
        for (var j = 0; j < winners.Count; j++)
        {
            if (model.Regions.ToList().FindIndex(r => r.Id == winners[j]) is var region and >= 0 && !project.Admits(region))
            {
                yield return new ScenarioProblem(file, $"{path}.winners[{j}]", $"'{winners[j]}' won in the record but is no candidate of the scenario's '{project.Id}'");
            }
        }
    }

    /// <summary>Returns a sentence for every competition of <paramref name="record"/> whose project, in <paramref name="model"/>,
    /// can have more bids than the record counts (a what-if that opens a call to more regions): chance draws the winners
    /// among the record's bids only, so the model then meets rivals chance does not, and the two are not compared like with
    /// like. (Fewer is refused when the record is read.)</summary>
    public static IReadOnlyList<string> WiderFields(Core.Scenario model, IReadOnlyList<HistoricalCompetition> record)
    {
        var sentences = new List<string>();
        foreach (var competition in record)
        {
            if (model.Projects.FirstOrDefault(p => p.Id == competition.Project) is { } project && MostBids(model, project) is var most && most > competition.Bids)
            {
                sentences.Add($"'{project.Id}' can have up to {most} bids in this scenario, but the record counts {competition.Bids}, among which chance draws "
                    + $"the winners: the model meets rivals chance does not, so its score is not compared with chance's like with like "
                    + $"(give the project the candidates who really bid to compare them)");
            }
        }
        return sentences;
    }

    // The most bids a competition of the project can have: one per candidate (every region when none is named; the unnamed
    // ones counted), the members of each of the record's consortia bidding as one.
    private static int MostBids(Core.Scenario model, Core.Projects.NationalProject project) =>
        project.CandidateCount(model.Regions.Count) - project.Consortia.Sum(c => model.Partnerships[c].Members.Count - 1);

    private static List<string> Regions(JsonObject item, string field, string path, Core.Scenario model, string file, List<ScenarioProblem> problems)
    {
        var ids = item[field]!.AsArray().Select(n => (string)n!).ToList();
        for (var j = 0; j < ids.Count; j++)
        {
            if (!model.Regions.Any(r => r.Id == ids[j]))
            {
                problems.Add(new ScenarioProblem(file, $"{path}.{field}[{j}]", $"no region '{ids[j]}' in the scenario"));
            }
        }
        return ids;
    }
}
