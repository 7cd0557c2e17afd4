using Simulation.Core.Signals;

namespace Simulation.Core.Projects;

/// <summary>
/// A national project awarded by competition among regions (paper §4.1): the Maglev line, Robot Land,
/// the Medical Complex, or any project a scenario describes.
/// </summary>
/// <param name="Id">Identifier, for example <c>medicalComplex</c>.</param>
/// <param name="Name">Display name.</param>
/// <param name="Year">Year of the (first) selection.</param>
/// <param name="EveryYears">Repeat interval in years, or null for a one-off competition.</param>
/// <param name="Winners">Number of winning bids (≥ 1; Robot Land and the Medical Complex had two).</param>
/// <param name="PrizeValuePerWinner">Value of the prize to one winning bid, ₩ billion; what bidders compete for.</param>
/// <param name="NationalFundingPerWinner">National money that follows one win, ₩ billion; counted as resources received.</param>
/// <param name="Candidates">Indices of the regions that may bid (every region when empty).</param>
/// <param name="JointBids">Whether partners may bid as one.</param>
/// <param name="ValuationMultipliers">Per-region scaling of the prize as that region values it (1 = the prize value).</param>
/// <param name="Criteria">The project's own selection criteria.</param>
/// <param name="Consortia">Partnerships (indices) whose members bid as one in this competition for certain, as the record
/// shows (the Medical Complex's three joint sites); other partnerships decide for themselves when joint bids are allowed.</param>
/// <param name="Unnamed">Candidates the record counts but does not name, drawn in each replication (none when null).</param>
/// <param name="FundingYears">Years over which the national funding is paid, in equal parts from the year of the award (≥ 1;
/// 1 pays it all at the award); parts due after the horizon are not received within it.</param>
public sealed record NationalProject(
    string Id,
    string Name,
    int Year,
    int? EveryYears,
    int Winners,
    double PrizeValuePerWinner,
    double NationalFundingPerWinner,
    IReadOnlyList<int> Candidates,
    bool JointBids,
    IReadOnlyList<double> ValuationMultipliers,
    IReadOnlyList<Criterion> Criteria,
    IReadOnlyList<int> Consortia,
    UnnamedCandidates? Unnamed = null,
    int FundingYears = 1)
{
    /// <summary>Returns true when a selection for this project takes place in <paramref name="year"/>.</summary>
    public bool IsHeldIn(int year) =>
        year == Year || (EveryYears is { } every && year > Year && (year - Year) % every == 0);

    /// <summary>Returns the indices of the regions that may bid, out of <paramref name="regions"/>: every one when the project
    /// names no candidates, else the named ones and then those the unnamed candidates may be.</summary>
    public IReadOnlyList<int> CandidatesAmong(int regions) =>
        Candidates.Count == 0 ? [.. Enumerable.Range(0, regions)] : [.. Candidates, .. Unnamed?.Among ?? []];

    /// <summary>Returns how many candidates a competition of this project has among <paramref name="regions"/>: every region
    /// when it names none, else the named ones and the unnamed ones drawn.</summary>
    public int CandidateCount(int regions) => Candidates.Count == 0 ? regions : Candidates.Count + (Unnamed?.Count ?? 0);

    /// <summary>Returns true when <paramref name="region"/> may bid: it is named, or one the unnamed candidates may be.</summary>
    public bool Admits(int region) => Candidates.Count == 0 || Candidates.Contains(region) || Unnamed?.Among.Contains(region) == true;
}
