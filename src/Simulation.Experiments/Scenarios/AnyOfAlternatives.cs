using Json.Schema;

namespace Simulation.Experiments.Scenarios;

/// <summary>
/// Sorts out the findings inside an <c>anyOf</c> (a region value is a plain number or a sourced number): the schema
/// library reports every alternative that failed, but an author needs only the ones that apply. None when another
/// alternative fits; and when the value has one alternative's type, not the other alternative's complaint about the type
/// ("should be number" for a <c>{ value, source }</c> whose value is out of range).
/// </summary>
internal static class AnyOfAlternatives
{
    /// <summary>True when <paramref name="detail"/> lies inside an alternative of an <c>anyOf</c> that another alternative passed.</summary>
    public static bool AnotherFits(EvaluationResults detail, string evaluationPath, IReadOnlyList<EvaluationResults> details)
    {
        if (Alternatives(evaluationPath) is not { } alternatives)
        {
            return false;
        }
        var instance = detail.InstanceLocation.ToString();
        return details.Any(d => d.IsValid && d.InstanceLocation.ToString() == instance
            && d.EvaluationPath.ToString() is var other && other.StartsWith(alternatives, StringComparison.Ordinal)
            && other.AsSpan(alternatives.Length).IndexOf('/') < 0);
    }

    /// <summary>True for a <c>type</c> finding of one alternative when another alternative had the right type and failed
    /// on something else, which is then the finding that matters.</summary>
    public static bool IsTheOtherType(string keyword, EvaluationResults detail, string evaluationPath, IReadOnlyList<EvaluationResults> details)
    {
        if (keyword != "type" || Alternatives(evaluationPath) is not { } alternatives)
        {
            return false;
        }
        var end = evaluationPath.IndexOf('/', alternatives.Length);
        var mine = end < 0 ? evaluationPath : evaluationPath[..end];
        var instance = detail.InstanceLocation.ToString();
        return details.Any(d => !d.IsValid && d.Errors is { Count: > 0 } errors && errors.Keys.Any(k => k != "type")
            && d.InstanceLocation.ToString() is var at && (at == instance || at.StartsWith(instance + "/", StringComparison.Ordinal))
            && d.EvaluationPath.ToString() is var other && other.StartsWith(alternatives, StringComparison.Ordinal)
            && !other.StartsWith(mine + "/", StringComparison.Ordinal) && other != mine);
    }

    // The evaluation path up to and including the last "/anyOf/", or null outside any anyOf.
    private static string? Alternatives(string evaluationPath)
    {
        var anyOf = evaluationPath.LastIndexOf("/anyOf/", StringComparison.Ordinal);
        return anyOf < 0 ? null : evaluationPath[..(anyOf + "/anyOf/".Length)];
    }
}
