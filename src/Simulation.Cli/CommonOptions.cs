using System.CommandLine;
using Simulation.Application;
using Simulation.Experiments;
using Simulation.Output;

namespace Simulation.Cli;

/// <summary>The options several commands share, defined once so they are named, described and checked alike everywhere.</summary>
internal static class CommonOptions
{
    /// <summary>Most worker threads a command takes: far beyond any machine's cores, so a typo (100000) is refused rather than
    /// recorded in a manifest as the threads a result ran on.</summary>
    public const int MaxThreads = 1024;

    /// <summary>Returns <c>--threads</c>, <c>-t</c>: 1 to <see cref="MaxThreads"/>, by default the machine's cores;
    /// <paramref name="per"/> says what the threads work on when it is not the whole command (for example "per design point").</summary>
    public static Option<int> Threads(string? per = null)
    {
        var option = new Option<int>("--threads", "-t")
        {
            Description = $"Worker threads{(per is null ? string.Empty : " " + per)}; results do not depend on it",
            DefaultValueFactory = _ => Math.Min(Environment.ProcessorCount, MaxThreads),
        };
        OptionRules.AtLeast(option, 1);
        OptionRules.AtMost(option, MaxThreads);
        return option;
    }

    /// <summary>Returns <c>--shard I/N</c>, checked by <see cref="ShardSpec.TryParse"/>; <paramref name="description"/> says
    /// which part of the job a shard runs.</summary>
    public static Option<string?> Shard(string description)
    {
        var option = new Option<string?>("--shard") { Description = description };
        option.Validators.Add(result =>
        {
            // A blank value is refused by every text option in the same words (OptionRules.RefuseBlankValues), not twice.
            if (result.GetValueOrDefault<string?>() is { } text && !string.IsNullOrWhiteSpace(text) && ShardSpec.TryParse(text, out var error) is null)
            {
                result.AddError(error!);
            }
        });
        return option;
    }

    /// <summary>Returns <c>--format csv|parquet|both</c> [default: csv]; <paramref name="tables"/> says which tables it
    /// concerns and <paramref name="note"/>, if given, what else to know. Any other value is refused naming the option and
    /// the values it takes.</summary>
    public static Option<OutputFormat> Format(string tables, string? note = null) =>
        Choice("--format", [], $"{tables} as csv, parquet or both{(note is null ? string.Empty : "; " + note)}", OutputFormat.Csv);

    /// <summary>Returns an option that takes one of <typeparamref name="TChoice"/>'s values, written in lower case in help
    /// and read in any case; any other value is refused naming the option and the values it takes, not the .NET type
    /// System.CommandLine would name.</summary>
    public static Option<TChoice> Choice<TChoice>(string name, string[] aliases, string description, TChoice fallback)
        where TChoice : struct, Enum
    {
        var names = Enum.GetNames<TChoice>().Select(n => n.ToLowerInvariant()).ToArray();
        // No DefaultValueFactory: help would print the enum's name ([default: Csv]) beside the description's; without the
        // option the parser is not called and the value is default(TChoice), which therefore must be the fallback.
        if (!EqualityComparer<TChoice>.Default.Equals(default, fallback))
        {
            throw new ArgumentException($"{typeof(TChoice).Name}'s default value must be {fallback}.", nameof(fallback));
        }
        return new Option<TChoice>(name, aliases)
        {
            Description = $"{description} [default: {fallback.ToString().ToLowerInvariant()}]",
            HelpName = string.Join('|', names),
            CustomParser = result =>
            {
                var text = result.Tokens.Count > 0 ? result.Tokens[^1].Value : string.Empty;
                if (Enum.TryParse<TChoice>(text, ignoreCase: true, out var value) && names.Contains(text.ToLowerInvariant()))
                {
                    return value;
                }
                result.AddError($"{name} must be {Alternatives(names)} (got '{text}').");
                return fallback;
            },
        };
    }

    // "csv, parquet or both"
    private static string Alternatives(string[] names) =>
        names.Length == 1 ? names[0] : $"{string.Join(", ", names[..^1])} or {names[^1]}";
}
