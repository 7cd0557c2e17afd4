namespace Simulation.Core.Tests.Selection;

/// <summary>
/// Closed-form win probabilities of the two contest families (Tullock 1980; logit / random utility), written apart from
/// the selection rules so that tests can hold the rules' simulated frequencies to an independent formula.
/// </summary>
internal static class ContestSuccess
{
    /// <summary>Fills <paramref name="probabilities"/> with p_i = q_i^r / Σ q_j^r; equal shares when every q is zero.</summary>
    public static void Tullock(ReadOnlySpan<double> strengths, double exponent, Span<double> probabilities)
    {
        var total = 0.0;
        for (var i = 0; i < strengths.Length; i++)
        {
            probabilities[i] = strengths[i] <= 0 ? 0.0 : Math.Pow(strengths[i], exponent);
            total += probabilities[i];
        }
        Normalise(probabilities[..strengths.Length], total);
    }

    /// <summary>Fills <paramref name="probabilities"/> with the logit choice p_i = exp(s_i/σ) / Σ exp(s_j/σ), which is the win
    /// probability of "highest score plus Gumbel(σ) noise" (σ &gt; 0).</summary>
    public static void Logit(ReadOnlySpan<double> scores, double scale, Span<double> probabilities)
    {
        var max = double.NegativeInfinity;
        foreach (var s in scores)
        {
            max = Math.Max(max, s);
        }
        var total = 0.0;
        for (var i = 0; i < scores.Length; i++)
        {
            probabilities[i] = Math.Exp((scores[i] - max) / scale);
            total += probabilities[i];
        }
        Normalise(probabilities[..scores.Length], total);
    }

    private static void Normalise(Span<double> p, double total)
    {
        for (var i = 0; i < p.Length; i++)
        {
            p[i] = total > 0 ? p[i] / total : 1.0 / p.Length;
        }
    }
}
