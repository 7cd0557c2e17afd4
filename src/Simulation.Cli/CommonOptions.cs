using System.CommandLine;
using Simulation.Application;

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
}
