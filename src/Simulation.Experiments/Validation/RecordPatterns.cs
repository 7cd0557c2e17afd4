using System.Text.Json.Nodes;
using Simulation.Experiments.Scenarios;

namespace Simulation.Experiments.Validation;

/// <summary>Regions a designation programme gave nothing, and only them of the regions it could designate (for example the
/// regions left without an innovation city).</summary>
/// <param name="Id">Pattern id.</param>
/// <param name="Programme">Index of the programme in the scenario.</param>
/// <param name="Regions">Indices of the regions that got none.</param>
/// <param name="Source">Where the record comes from.</param>
/// <param name="InSample">Why the pattern cannot count as validation (<see cref="CheckKind.InSample"/>); null when it can.</param>
/// <param name="CountedAsValidation">Why the pattern, declared in sample, counts as validation in this scenario
/// (<see cref="InSampleStatus"/>); null otherwise.</param>
public sealed record NoDesignationPattern(string Id, int Programme, IReadOnlyList<int> Regions, string Source, string? InSample = null,
    string? CountedAsValidation = null);

/// <summary>Designations per region at the end of a programme, for the regions the record gives (paper Table 2).</summary>
/// <param name="Id">Pattern id.</param>
/// <param name="Programme">Index of the programme in the scenario.</param>
/// <param name="Counts">(region index, count) pairs.</param>
/// <param name="Source">Where the record comes from.</param>
/// <param name="InSample">Why the pattern cannot count as validation (<see cref="CheckKind.InSample"/>); null when it can.</param>
/// <param name="CountedAsValidation">Why the pattern, declared in sample, counts as validation in this scenario
/// (<see cref="InSampleStatus"/>); null otherwise.</param>
public sealed record DesignationCountPattern(string Id, int Programme, IReadOnlyList<(int Region, int Count)> Counts, string Source, string? InSample = null,
    string? CountedAsValidation = null);

/// <summary>How a competition's evaluators graded the bids: a grade per candidate region (higher is better; 0 for the
/// regions the record does not list).</summary>
/// <param name="Id">Pattern id.</param>
/// <param name="Project">Index of the project in the scenario.</param>
/// <param name="Grades">Grade per region index (the project's candidates only).</param>
/// <param name="Source">Where the record comes from.</param>
/// <param name="InSample">Why the pattern cannot count as validation (<see cref="CheckKind.InSample"/>); null when it can.</param>
/// <param name="CountedAsValidation">Why the pattern, declared in sample, counts as validation in this scenario
/// (<see cref="InSampleStatus"/>); null otherwise.</param>
public sealed record GradePattern(string Id, int Project, IReadOnlyDictionary<int, int> Grades, string Source, string? InSample = null,
    string? CountedAsValidation = null);

/// <summary>Investment planned and realised, ₩ billion, and realised ÷ planned as the record prints it.</summary>
/// <param name="Planned">Planned, ₩ billion.</param>
/// <param name="Invested">Realised, ₩ billion.</param>
/// <param name="Realisation">Realised ÷ planned as printed (its rounding kept): what the model's share is held against.</param>
public sealed record RealisedInvestment(double Planned, double Invested, double Realisation);

/// <summary>A programme's investment planned and realised by category over a period (paper Table 3).</summary>
/// <param name="Id">Pattern id.</param>
/// <param name="Programme">Index of the programme in the scenario.</param>
/// <param name="FromYear">First year of the period.</param>
/// <param name="ToYear">Last year of the period: the model is read at its end.</param>
/// <param name="Categories">Per category id (of the programme, or not: a what-if may drop one), the record's figures.</param>
/// <param name="Total">The record's total over every category.</param>
/// <param name="Source">Where the record comes from.</param>
public sealed record RealisationPattern(string Id, int Programme, int FromYear, int ToYear, IReadOnlyList<(string Category, RealisedInvestment Figures)> Categories,
    RealisedInvestment Total, string Source);

/// <summary>
/// The patterns of the historical record besides its winners, read from the scenario's <c>patterns</c> (none when it has
/// none), for pattern-oriented validation (Grimm et al. 2005): a model that reproduces several patterns at once is more
/// credible than one fitted to a single number.
/// </summary>
/// <param name="NoDesignation">Regions programmes left out.</param>
/// <param name="DesignationCounts">Designations per region.</param>
/// <param name="Grades">Competitions' grades.</param>
/// <param name="Realisation">Programmes' investment realised by category.</param>
public sealed record RecordPatterns(IReadOnlyList<NoDesignationPattern> NoDesignation, IReadOnlyList<DesignationCountPattern> DesignationCounts,
    IReadOnlyList<GradePattern> Grades, IReadOnlyList<RealisationPattern> Realisation)
{
    /// <summary>No patterns: a scenario without them, or one whose patterns do not fit it.</summary>
    public static RecordPatterns None { get; } = new([], [], [], []);

    /// <summary>The patterns declared in sample that count as validation in this scenario (a parameter sized from them has
    /// changed), each with why, in the order of their checks.</summary>
    public IEnumerable<(string Id, string Why)> CountedAsValidation =>
        NoDesignation.Select(p => (p.Id, p.CountedAsValidation))
            .Concat(DesignationCounts.Select(p => (p.Id, p.CountedAsValidation)))
            .Concat(Grades.Select(p => (p.Id, p.CountedAsValidation)))
            .Where(p => p.CountedAsValidation is not null)
            .Select(p => (p.Id, p.CountedAsValidation!));

    /// <summary>Returns the patterns of <paramref name="scenario"/>; throws <see cref="ScenarioException"/> naming the JSON path
    /// of an unknown programme, project or region, or of a graded region that is no candidate of the scenario's project.</summary>
    public static RecordPatterns Of(LoadedScenario scenario) => Read(scenario, fit: true);

    /// <summary>Throws <see cref="ScenarioException"/> when the patterns name a programme, project or region the scenario lacks:
    /// mistakes in any scenario. Whether a what-if still fits them (a graded bidder dropped) is asked only by validation.</summary>
    public static void CheckNames(LoadedScenario scenario) => Read(scenario, fit: false);

    private static RecordPatterns Read(LoadedScenario scenario, bool fit)
    {
        var model = scenario.Model;
        var problems = new List<ScenarioProblem>();
        var file = scenario.Label;
        var patterns = scenario.Document["patterns"] as JsonObject;

        int Region(string id, string path)
        {
            var index = model.Regions.ToList().FindIndex(r => r.Id == id);
            if (index < 0)
            {
                problems.Add(new ScenarioProblem(file, path, $"no region '{id}' in the scenario"));
            }
            return index;
        }

        int Programme(JsonObject item, string path)
        {
            var id = (string)item["programme"]!;
            var index = model.Programmes.ToList().FindIndex(p => p.Id == id);
            if (index < 0)
            {
                problems.Add(new ScenarioProblem(file, $"{path}.programme", $"no programme '{id}' in the scenario"));
            }
            return index;
        }

        InSampleStatus InSample(JsonObject item, string list) =>
            InSampleStatus.Of(scenario, InSampleDeclarations.PatternEntry(list, (string)item["id"]!), item["inSample"]);

        var none = Items(patterns, "noDesignation").Select((item, i) =>
        {
            var path = $"$.patterns.noDesignation[{i}]";
            var regions = item["regions"]!.AsArray().Select((r, j) => Region((string)r!, $"{path}.regions[{j}]")).ToList();
            var sample = InSample(item, "noDesignation");
            return new NoDesignationPattern((string)item["id"]!, Programme(item, path), regions, (string)item["source"]!, sample.Reason, sample.CountedAsValidation);
        }).ToList();
        var counts = Items(patterns, "designationCounts").Select((item, i) =>
        {
            var path = $"$.patterns.designationCounts[{i}]";
            var pairs = item["counts"]!.AsObject().Select(c => (Region(c.Key, $"{path}.counts.{c.Key}"), JsonNumber.Whole(c.Value, file, $"{path}.counts.{c.Key}", problems))).ToList();
            var sample = InSample(item, "designationCounts");
            return new DesignationCountPattern((string)item["id"]!, Programme(item, path), pairs, (string)item["source"]!, sample.Reason, sample.CountedAsValidation);
        }).ToList();
        var grades = Items(patterns, "grades").Select((item, i) =>
        {
            var path = $"$.patterns.grades[{i}]";
            var id = (string)item["project"]!;
            var project = model.Projects.ToList().FindIndex(p => p.Id == id);
            var sample = InSample(item, "grades");
            if (project < 0)
            {
                problems.Add(new ScenarioProblem(file, $"{path}.project", $"no project '{id}' in the scenario"));
                return new GradePattern((string)item["id"]!, project, new Dictionary<int, int>(), (string)item["source"]!, sample.Reason, sample.CountedAsValidation);
            }
            var groups = item["grades"]!.AsArray();
            var byRegion = model.Projects[project].CandidatesAmong(model.Regions.Count).ToDictionary(r => r, _ => 0);
            for (var g = 0; g < groups.Count; g++)
            {
                var members = groups[g]!.AsArray();
                for (var j = 0; j < members.Count; j++)
                {
                    var region = Region((string)members[j]!, $"{path}.grades[{g}][{j}]");
                    if (region >= 0 && !byRegion.ContainsKey(region) && fit)
                    {
                        problems.Add(new ScenarioProblem(file, $"{path}.grades[{g}][{j}]", $"region '{(string)members[j]!}' is not a candidate for '{id}'"));
                    }
                    else if (region >= 0 && byRegion.ContainsKey(region))
                    {
                        byRegion[region] = groups.Count - g;
                    }
                }
            }
            return new GradePattern((string)item["id"]!, project, byRegion, (string)item["source"]!, sample.Reason, sample.CountedAsValidation);
        }).ToList();
        var realisation = Items(patterns, "realisation").Select((item, i) =>
        {
            var path = $"$.patterns.realisation[{i}]";
            var (from, to) = ((int)item["fromYear"]!, (int)item["toYear"]!);
            if (from > to || to < model.Timeline.FirstYear || to > model.Timeline.LastYear)
            {
                problems.Add(new ScenarioProblem(file, $"{path}.toYear",
                    $"the period {from}-{to} must end within the horizon ({model.Timeline.FirstYear}-{model.Timeline.LastYear}) and not before it starts"));
            }
            var categories = item["categories"]!.AsObject().Select(c => (c.Key, Figures(c.Value!.AsObject()))).ToList();
            return new RealisationPattern((string)item["id"]!, Programme(item, path), from, to, categories, Figures(item["total"]!.AsObject()), (string)item["source"]!);
        }).ToList();
        if (problems.Count > 0)
        {
            throw scenario.Rejection(problems);
        }
        return new RecordPatterns(none, counts, grades, realisation);
    }

    private static RealisedInvestment Figures(JsonObject figures) =>
        new((double)figures["plannedBillionWon"]!, (double)figures["investedBillionWon"]!, (double)figures["realisation"]!);

    private static IEnumerable<JsonObject> Items(JsonObject? patterns, string field) =>
        patterns?[field] is JsonArray items ? items.Select(i => i!.AsObject()) : [];
}
