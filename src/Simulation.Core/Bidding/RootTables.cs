namespace Simulation.Core.Bidding;

/// <summary>
/// The tables of best-response roots (<see cref="OddsTable"/>) of the exponents a model's competitions use, built on first use
/// and shared by models stepped together on one thread (<see cref="ModelLanes"/>), so that a table is built once per run and
/// thread rather than once per model. Not safe for use by several threads at once.
/// </summary>
internal sealed class RootTables
{
    private const int Kept = 8; // a regime's competitions use one or two exponents; a few regimes, a few more

    private readonly OddsTable[] _tables = new OddsTable[Kept];
    private int _count;
    private int _next; // the slot the next table built replaces once all are taken

    /// <summary>Returns the table for <paramref name="exponent"/>, or null when the exponent is outside the tabulated range
    /// (0, <see cref="OddsTable.MaxExponent"/>] and the iteration starts as it would without one.</summary>
    public OddsTable? For(double exponent)
    {
        if (!(exponent > 0 && exponent <= OddsTable.MaxExponent))
        {
            return null;
        }
        for (var i = 0; i < _count; i++)
        {
            if (_tables[i].Exponent == exponent)
            {
                return _tables[i];
            }
        }
        var built = new OddsTable(exponent);
        _tables[_next] = built;
        _next = (_next + 1) % Kept;
        _count = Math.Min(_count + 1, Kept);
        return built;
    }
}
