namespace Simulation.Experiments.Validation;

/// <summary>What happened in one national competition, as the model's outcome should be compared with it; read from the
/// scenario's <c>record</c>, so the record is data beside the regions it names.</summary>
/// <param name="Project">Project id in the scenario.</param>
/// <param name="Winners">Region ids of every member of a winning bid, a joint bid's partners included.</param>
/// <param name="Named">The winners the source paper names, which must be among the model's most probable winners.</param>
/// <param name="Year">Year of the selection; the report names the regime the scenario's timeline has in force then.</param>
/// <param name="Bids">How many bids were really made: the chance model draws the winners among them.</param>
/// <param name="Source">Where the record comes from.</param>
/// <param name="InSample">Why this outcome cannot count as validation (an input was sized from an account that includes it);
/// null when it can. Its score is reported apart from the judged one.</param>
/// <param name="CountedAsValidation">Why this outcome, declared in sample, counts as validation in this scenario (every
/// parameter sized from it is 0 or gone: <see cref="InSampleStatus"/>); null otherwise.</param>
public sealed record HistoricalCompetition(string Project, IReadOnlyList<string> Winners, IReadOnlyList<string> Named, int Year, int Bids, string Source,
    string? InSample = null, string? CountedAsValidation = null);
