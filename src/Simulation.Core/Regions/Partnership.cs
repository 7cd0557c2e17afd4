namespace Simulation.Core.Regions;

/// <summary>
/// Regions that may bid jointly from a given year, as Daegu and Gyeongbuk did from 2006 (paper §4.2).
/// </summary>
/// <param name="Id">Identifier, for example <c>daegu-gyeongbuk</c>.</param>
/// <param name="Members">Indices of the member regions (two or more).</param>
/// <param name="FromYear">First year in which a joint bid is possible.</param>
public sealed record Partnership(string Id, IReadOnlyList<int> Members, int FromYear);
