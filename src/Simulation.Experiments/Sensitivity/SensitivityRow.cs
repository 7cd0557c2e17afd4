namespace Simulation.Experiments.Sensitivity;

/// <summary>One sensitivity index of one factor for one output (a row of <c>sensitivity.csv</c>, tidy: one index per row).</summary>
/// <param name="Method">Morris or Sobol.</param>
/// <param name="Output">The output analysed.</param>
/// <param name="Regime">Regime mode.</param>
/// <param name="Factor">Factor name.</param>
/// <param name="Index">μ, μ*, σ (Morris) or first-order, total (Sobol).</param>
/// <param name="Value">The estimate.</param>
/// <param name="CiLow">Lower end of the 95 % bootstrap interval (NaN where none is computed).</param>
/// <param name="CiHigh">Upper end of the interval.</param>
public sealed record SensitivityRow(SensitivityMethod Method, string Output, string Regime, string Factor, SensitivityIndex Index, double Value, double CiLow, double CiHigh)
{
    /// <summary>False where the output's results cannot define the index (the Sobol indices of an output that is the same at
    /// every point): its value is NaN, an empty field in <c>sensitivity.csv</c>, and no plot is drawn of such an output.</summary>
    public bool IsDefined => !double.IsNaN(Value);
}
