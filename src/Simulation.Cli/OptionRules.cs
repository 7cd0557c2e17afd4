using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Numerics;

namespace Simulation.Cli;

/// <summary>
/// How number options read and check their values. A value that is not a number is refused naming the option and what it
/// takes, never with a .NET type name; range rules do not read such a value (it would throw, and end in a stack trace).
/// </summary>
internal static class OptionRules
{
    /// <summary>Makes <paramref name="option"/> refuse values below <paramref name="minimum"/>, naming the option and the value.</summary>
    public static void AtLeast(Option<int> option, int minimum) => Check(option, value =>
        value < minimum ? $"{option.Name} must be at least {minimum} (got {value})." : null);

    /// <summary>Makes <paramref name="option"/>, when given, refuse values below <paramref name="minimum"/>.</summary>
    public static void AtLeast(Option<int?> option, int minimum) => Check(option, value =>
        value < minimum ? $"{option.Name} must be at least {minimum} (got {value})." : null);

    /// <summary>Adds <paramref name="rule"/> (an error message, or null for a good value) to <paramref name="option"/>; it sees
    /// only values that were read, a value that is not a number having been refused already.</summary>
    public static void Check<T>(Option<T> option, Func<T?, string?> rule) =>
        option.Validators.Add(result =>
        {
            if (result.Tokens.Count > 0 && !Readable<T>(result.Tokens[^1].Value))
            {
                return;
            }
            if (rule(result.GetValueOrDefault<T>()) is { } error)
            {
                result.AddError(error);
            }
        });

    /// <summary>Gives every number option of <paramref name="command"/> and its subcommands a reader that refuses a value that
    /// is not a number by saying what the option takes ("--replications takes a whole number, not 'abc'").</summary>
    public static void ReadNumbersPlainly(Command command)
    {
        foreach (var option in command.Options)
        {
            switch (option)
            {
                case Option<int> o when o.CustomParser is null:
                    o.CustomParser = r => Read<int>(r, o.Name) ?? 0;
                    Check(o, value => TooMany(o.Name, value));
                    break;
                case Option<int?> o when o.CustomParser is null:
                    o.CustomParser = r => Read<int>(r, o.Name);
                    Check(o, value => value is { } given ? TooMany(o.Name, given) : null);
                    break;
                case Option<ulong> o when o.CustomParser is null:
                    o.CustomParser = r => Read<ulong>(r, o.Name) ?? 0;
                    break;
                case Option<ulong?> o when o.CustomParser is null && o.Name == "--seed":
                    // A run's seed goes into its manifest and may go into a scenario file, whose schema takes seeds up to 2^63 − 1.
                    o.CustomParser = r => Read<ulong>(r, o.Name, largest: long.MaxValue);
                    Check(o, value => value > long.MaxValue ? $"--seed is at most {long.MaxValue}, the largest seed a scenario file holds (got {value})." : null);
                    break;
                case Option<ulong?> o when o.CustomParser is null:
                    o.CustomParser = r => Read<ulong>(r, o.Name);
                    break;
                case Option<double> o when o.CustomParser is null:
                    o.CustomParser = r => Read<double>(r, o.Name) ?? 0;
                    break;
                default:
                    break;
            }
        }
        foreach (var subcommand in command.Subcommands)
        {
            ReadNumbersPlainly(subcommand);
        }
    }

    /// <summary>Makes every text option of <paramref name="command"/> and its subcommands (a folder, a file, a regime) refuse
    /// a blank value, naming the option: <c>--out ""</c> would otherwise fail deep in the command, and <c>--out "   "</c>
    /// would write into a folder whose name is spaces.</summary>
    public static void RefuseBlankValues(Command command)
    {
        foreach (var option in command.Options.Where(o => o.ValueType == typeof(string)))
        {
            option.Validators.Add(result =>
            {
                if (result.Tokens.FirstOrDefault(t => string.IsNullOrWhiteSpace(t.Value)) is { } blank)
                {
                    result.AddError($"{option.Name} needs a value, not '{blank.Value}'.");
                }
            });
        }
        foreach (var subcommand in command.Subcommands)
        {
            RefuseBlankValues(subcommand);
        }
    }

    /// <summary>Most replications any option takes, as a scenario file's own <c>replications</c> and an evaluated point's.</summary>
    public const int MaxReplications = Application.Evaluation.EvaluatePoints.MaxReplications;

    /// <summary>Most particles any option takes: a calibration keeps every particle's parameters and scores in memory.</summary>
    public const int MaxParticles = 1_000_000;

    // The same bounds for every command's counts, checked before any work: a count near 2^31 would otherwise run out of
    // memory with a stack trace, or fill the disk, after the work had started.
    private static string? TooMany(string name, int value) =>
        name.EndsWith("replications", StringComparison.Ordinal) && value > MaxReplications
            ? $"{name} must be at most {MaxReplications} (10^8), as many as a scenario or a point may ask for (got {value})."
        : name.EndsWith("particles", StringComparison.Ordinal) && value > MaxParticles
            ? $"{name} must be at most {MaxParticles} (10^6): a calibration keeps every particle in memory (got {value})."
        : name is "--base-samples" or "--trajectories" or "--sweep-points" or "--sbc-records" && value > MaxDesign
            ? $"{name} must be at most {MaxDesign} (10^6): every design point is held in memory (got {value})."
        : null;

    /// <summary>Most base samples, trajectories, design points or records a study takes.</summary>
    public const int MaxDesign = 1_000_000;

    // largest: the most the option takes, when less than the type holds (the range a refusal states).
    private static T? Read<T>(ArgumentResult result, string name, T? largest = null)
        where T : struct, INumber<T>, IMinMaxValue<T>
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[^1].Value : string.Empty;
        if (T.TryParse(text, Style<T>(), CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }
        // A whole number too large (or below zero for an unsigned one) is said to be out of range, not to be no number, and
        // only on the side it is out: the other bound may be the option's own (at least 1), which a type's would contradict.
        if (BigInteger.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var whole))
        {
            result.AddError(T.IsZero(T.MinValue)
                ? string.Create(CultureInfo.InvariantCulture, $"{name} takes a whole number from 0 to {largest ?? T.MaxValue}, not '{text}'.")
                : whole.Sign > 0
                    ? string.Create(CultureInfo.InvariantCulture, $"{name} takes a whole number no larger than {largest ?? T.MaxValue}, not '{text}'.")
                    : $"{name} takes a whole number, not '{text}', which is far below any it takes.");
            return null;
        }
        result.AddError($"{name} takes {Kind<T>()}, not '{text}'.");
        return null;
    }

    // Whether an option of type T (a number type, or its nullable) reads the text; other types are read by their own parser.
    private static bool Readable<T>(string text)
    {
        var type = Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T);
        return type == typeof(int) ? Parses<int>(text) : type == typeof(ulong) ? Parses<ulong>(text) : type != typeof(double) || Parses<double>(text);
    }

    private static bool Parses<TNumber>(string text)
        where TNumber : INumber<TNumber> => TNumber.TryParse(text, Style<TNumber>(), CultureInfo.InvariantCulture, out _);

    private static NumberStyles Style<T>() => typeof(T) == typeof(double) ? NumberStyles.Float : NumberStyles.Integer;

    private static string Kind<T>() => typeof(T) == typeof(double) ? "a number" : "a whole number";
}
