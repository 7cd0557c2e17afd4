using System.CommandLine;
using Simulation.Application;
using Simulation.Output;

namespace Simulation.Cli;

/// <summary>The options several commands share, defined once so they are named, described and checked alike everywhere.</summary>
internal static class CommonOptions
{
    /// <summary>Returns <c>--threads</c>, <c>-t</c>: at least 1, by default the machine's cores; <paramref name="per"/> says what
    /// the threads work on when it is not the whole command (for example "per design point").</summary>
    public static Option<int> Threads(string? per = null)
    {
        var option = new Option<int>("--threads", "-t")
        {
            Description = $"Worker threads{(per is null ? string.Empty : " " + per)}; results do not depend on it",
            DefaultValueFactory = _ => Environment.ProcessorCount,
        };
        OptionRules.AtLeast(option, 1);
        return option;
    }

    /// <summary>Returns <c>--shard I/N</c>, checked by <see cref="ShardSpec.TryParse"/>; <paramref name="description"/> says
    /// which part of the job a shard runs.</summary>
    public static Option<string?> Shard(string description)
    {
        var option = new Option<string?>("--shard") { Description = description };
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } text && ShardSpec.TryParse(text, out var error) is null)
            {
                result.AddError(error!);
            }
        });
        return option;
    }

    /// <summary>Returns <c>--format csv|parquet|both</c> [default: csv]; <paramref name="tables"/> says which tables it
    /// concerns and <paramref name="note"/>, if given, what else to know. Any other value is refused naming the option and
    /// the values it takes.</summary>
    public static Option<OutputFormat> Format(string tables, string? note = null)
    {
        // No DefaultValueFactory: help would print the enum's name ([default: Csv]) beside the description's; without the
        // option the value is default(OutputFormat), which is Csv.
        return new Option<OutputFormat>("--format")
        {
            Description = $"{tables} as csv, parquet or both{(note is null ? string.Empty : "; " + note)} [default: csv]",
            HelpName = "csv|parquet|both",
            CustomParser = result =>
            {
                var text = result.Tokens.Count > 0 ? result.Tokens[^1].Value : string.Empty;
                switch (text.ToLowerInvariant())
                {
                    case "csv":
                        return OutputFormat.Csv;
                    case "parquet":
                        return OutputFormat.Parquet;
                    case "both":
                        return OutputFormat.Both;
                    default:
                        result.AddError($"--format must be csv, parquet or both (got '{text}').");
                        return OutputFormat.Csv;
                }
            },
        };
    }
}
