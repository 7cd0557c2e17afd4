using System.Globalization;
using Simulation.Core;
using Simulation.Experiments;
using Simulation.Output;
using Simulation.Output.Tables;

namespace Simulation.Application.Runs;

/// <summary>
/// Whether a run's outcome files fit on the disk of its results folder: refused before any replication runs when even a low
/// estimate of their size (<see cref="OutcomeFileSize.LowEstimate"/>) exceeds the free space, since a run of 10^8
/// replications would otherwise fill the disk after an hour and fail.
/// </summary>
internal static class OutcomeSpace
{
    /// <summary>Throws <see cref="InputConflictException"/> when the outcome files of <paramref name="replications"/>
    /// replications of <paramref name="scenario"/> in <paramref name="format"/> clearly exceed the free space of the disk of
    /// <paramref name="staging"/>; does nothing when the system does not say how much is free.</summary>
    public static void RefuseOverfull(OutputDirectory staging, Scenario scenario, int replications, OutputFormat format)
    {
        if (staging.AvailableBytes() is not { } free)
        {
            return;
        }
        var needed = OutcomeFileSize.LowEstimate(scenario, replications, format);
        if (needed <= free)
        {
            return;
        }
        var files = format switch
        {
            OutputFormat.Csv => "outcomes.csv",
            OutputFormat.Parquet => "outcomes.parquet",
            _ => "outcomes.csv and outcomes.parquet",
        };
        throw new InputConflictException(string.Create(CultureInfo.InvariantCulture,
            $"{files} of {replications:N0} replications × {CountedNoun.Of(scenario.Modes().Count, "regime mode")} would take at least {Size(needed)}, ")
            + $"more than the {Size(free)} free on the disk of '{staging.FinalPath}'; give --no-outcomes (the summaries, win probabilities and plots "
            + "are unchanged) or fewer replications (--replications)");
    }

    // Decimal units, as disks are sold and df -H shows them.
    internal static string Size(long bytes) => bytes switch
    {
        >= 1_000_000_000_000 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1e12:0.#} TB"),
        >= 1_000_000_000 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1e9:0.#} GB"),
        >= 1_000_000 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1e6:0.#} MB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1e3:0.#} kB"),
    };
}
