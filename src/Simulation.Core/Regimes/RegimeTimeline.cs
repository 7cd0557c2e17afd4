namespace Simulation.Core.Regimes;

/// <summary>The regime in force each year of the horizon (default: Roh to 2007, Lee from 2008).</summary>
public sealed class RegimeTimeline
{
    private readonly int[] _regimeByYear;

    /// <summary>Builds a timeline from one regime index per year, starting at <paramref name="firstYear"/>.</summary>
    public RegimeTimeline(int firstYear, IReadOnlyList<int> regimeByYear)
    {
        if (regimeByYear.Count == 0)
        {
            throw new ArgumentException("A timeline needs at least one year.", nameof(regimeByYear));
        }
        FirstYear = firstYear;
        _regimeByYear = regimeByYear.ToArray();
    }

    /// <summary>First year covered.</summary>
    public int FirstYear { get; }

    /// <summary>Last year covered.</summary>
    public int LastYear => FirstYear + _regimeByYear.Length - 1;

    /// <summary>Returns the index of the regime in force in <paramref name="year"/>.</summary>
    public int RegimeAt(int year) => _regimeByYear[year - FirstYear];

    /// <summary>Returns a timeline with one regime over the whole horizon: the counterfactual mode.</summary>
    public static RegimeTimeline Constant(int firstYear, int lastYear, int regime) =>
        new(firstYear, Enumerable.Repeat(regime, lastYear - firstYear + 1).ToArray());
}
