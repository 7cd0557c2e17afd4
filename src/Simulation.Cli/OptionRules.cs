using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace Simulation.Cli;

/// <summary>
/// How number options read and check their values. A value that is not a number is refused naming the option and what it
/// takes, never with a .NET type name; range rules do not read such a value (it would throw, and end in a stack trace). A
/// value outside an option's range is refused in the same words whether or not it fits the option's type: "must be at least
/// N" or "must be at most N", with the option's own limit and its reason, then the value as given.
/// </summary>
internal static class OptionRules
{
    // The least value each option given one by AtLeast takes (read when a value is too far below it for the option's type).
    private static readonly ConditionalWeakTable<Option, StrongBox<long>> Minimums = [];

    // The most each option given one by AtMost takes; other options' limits follow from their names (Limit).
    private static readonly ConditionalWeakTable<Option, StrongBox<long>> Maximums = [];

    /// <summary>Makes <paramref name="option"/> refuse values below <paramref name="minimum"/>, naming the option and the value.</summary>
    public static void AtLeast(Option<int> option, int minimum)
    {
        Minimums.AddOrUpdate(option, new(minimum));
        Check(option, value => value < minimum ? BelowLeast(option.Name, minimum, Text(value)) : null);
    }

    /// <summary>Makes <paramref name="option"/> refuse values above <paramref name="maximum"/> (a limit of its own, which no other
    /// option of its name shares), naming the option and the value however large it is.</summary>
    public static void AtMost(Option<int> option, int maximum) => Maximums.AddOrUpdate(option, new(maximum));

    /// <summary>Makes <paramref name="option"/>, when given, refuse values below <paramref name="minimum"/>.</summary>
    public static void AtLeast(Option<int?> option, int minimum)
    {
        Minimums.AddOrUpdate(option, new(minimum));
        Check(option, value => value < minimum ? BelowLeast(option.Name, minimum, Text(value!.Value)) : null);
    }

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
    /// is not a number by saying what the option takes ("--replications takes a whole number, not 'abc'"), and a value outside
    /// its range by the option's own limit ("--replications must be at most 100000000 (10^8), ...", however large the value).</summary>
    public static void ReadNumbersPlainly(Command command)
    {
        foreach (var option in command.Options)
        {
            switch (option)
            {
                case Option<int> o when o.CustomParser is null:
                    o.CustomParser = r => Read<int>(r, o) ?? 0;
                    Check(o, value => AboveMost(o, value, Text(value)));
                    break;
                case Option<int?> o when o.CustomParser is null:
                    o.CustomParser = r => Read<int>(r, o);
                    Check(o, value => value is { } given ? AboveMost(o, given, Text(given)) : null);
                    break;
                case Option<ulong> o when o.CustomParser is null:
                    o.CustomParser = r => Read<ulong>(r, o) ?? 0;
                    break;
                case Option<ulong?> o when o.CustomParser is null:
                    o.CustomParser = r => Read<ulong>(r, o);
                    Check(o, value => value is { } given ? AboveMost(o, given, Text(given)) : null);
                    break;
                case Option<double> o when o.CustomParser is null:
                    o.CustomParser = r => Read<double>(r, o) ?? 0;
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

    /// <summary>Most base samples, trajectories, design points or records a study takes.</summary>
    public const int MaxDesign = 1_000_000;

    // The same bounds for every command's counts, checked before any work: a count near 2^31 would otherwise run out of
    // memory with a stack trace, or fill the disk, after the work had started. Null for an option held only to its type's.
    private static (BigInteger Most, string Why)? Limit(string name) =>
        name.EndsWith("replications", StringComparison.Ordinal) ? ((BigInteger)MaxReplications, " (10^8), as many as a scenario or a point may ask for")
        : name.EndsWith("particles", StringComparison.Ordinal) ? (MaxParticles, " (10^6): a calibration keeps every particle in memory")
        : name is "--base-samples" or "--trajectories" or "--sweep-points" or "--sbc-records" ? (MaxDesign, " (10^6): every design point is held in memory")
        // A run's seed goes into its manifest and may go into a scenario file, whose schema takes seeds up to 2^63 − 1.
        : name == "--seed" ? (long.MaxValue, ", the largest seed a scenario file holds")
        : null;

    // The refusal of a value above the option's limit, or null when it is within it.
    private static string? AboveMost(Option option, BigInteger value, string given) =>
        (Maximums.TryGetValue(option, out var own) ? ((BigInteger)own.Value, string.Empty) : Limit(option.Name)) is (var most, var why) && value > most
            ? AtMost(option.Name, most, why, given)
            : null;

    private static string AtMost(string name, BigInteger most, string why, string given) =>
        string.Create(CultureInfo.InvariantCulture, $"{name} must be at most {most}{why} (got {given}).");

    private static string BelowLeast(string name, BigInteger least, string given) =>
        string.Create(CultureInfo.InvariantCulture, $"{name} must be at least {least} (got {given}).");

    private static T? Read<T>(ArgumentResult result, Option option)
        where T : struct, INumber<T>, IMinMaxValue<T>
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[^1].Value : string.Empty;
        if (T.TryParse(text, Style<T>(), CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }
        // A whole number outside what the type holds is refused as one outside the option's range, in the words of a value
        // that fits the type but not the option, and only on the side it is out.
        if (BigInteger.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var whole))
        {
            var least = Minimums.TryGetValue(option, out var minimum) ? minimum.Value : long.CreateSaturating(T.MinValue);
            result.AddError(whole < least
                ? BelowLeast(option.Name, least, text)
                : AboveMost(option, whole, text) ?? AtMost(option.Name, BigInteger.CreateSaturating(T.MaxValue), string.Empty, text));
            return null;
        }
        result.AddError($"{option.Name} takes {Kind<T>()}, not '{text}'.");
        return null;
    }

    private static string Text<T>(T value)
        where T : IFormattable => value.ToString(null, CultureInfo.InvariantCulture);

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
