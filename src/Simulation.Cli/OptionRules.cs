using System.CommandLine;
using System.Globalization;

namespace Simulation.Cli;

/// <summary>
/// Range rules for whole-number options. A value that is not a number is left to the parser, which reports it naming the
/// option; reading it in the rule would throw and end in a stack trace instead.
/// </summary>
internal static class OptionRules
{
    /// <summary>Makes <paramref name="option"/> refuse values below <paramref name="minimum"/>, naming the option and the value.</summary>
    public static void AtLeast(Option<int> option, int minimum) =>
        option.Validators.Add(result =>
        {
            if (result.Tokens.Count > 0 && !int.TryParse(result.Tokens[^1].Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out _))
            {
                return;
            }
            var value = result.GetValueOrDefault<int>();
            if (value < minimum)
            {
                result.AddError($"{option.Name} must be at least {minimum} (got {value}).");
            }
        });
}
