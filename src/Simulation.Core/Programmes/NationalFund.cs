namespace Simulation.Core.Programmes;

/// <summary>
/// The balanced-development special account: launched in 2004 with $5.5 billion and scheduled to grow
/// 8.5 % a year (paper §3.1).
/// </summary>
/// <param name="StartYear">First year of the fund.</param>
/// <param name="InitialBillionUsd">Size in the first year, $ billion.</param>
/// <param name="GrowthRatePerYear">Scheduled growth rate per year.</param>
public sealed record NationalFund(int StartYear, double InitialBillionUsd, double GrowthRatePerYear)
{
    /// <summary>Returns the scheduled size of the fund in <paramref name="year"/>, $ billion (0 before the start).</summary>
    public double SizeBillionUsd(int year) =>
        year < StartYear ? 0.0 : InitialBillionUsd * Math.Pow(1.0 + GrowthRatePerYear, year - StartYear);
}
