using System.Globalization;

namespace Simulation.Application.Runs;

/// <summary>Where a run waiting in a <see cref="RunQueue"/> stands: its place in line and a rough wait.</summary>
/// <param name="Place">1 for the next run to start, 2 for the one after it, and so on.</param>
/// <param name="Wait">About how long until it starts, from the pace of the last finished run; null before any has finished.</param>
public sealed record QueuePlace(int Place, TimeSpan? Wait)
{
    /// <summary>The place in words, for the page: "3rd in line, about 10 s"; "3rd in line" while the wait is unknown.</summary>
    public string Text => Wait is { } wait ? $"{Ordinal(Place)} in line, about {Rough(wait)}" : $"{Ordinal(Place)} in line";

    /// <summary>The wait in whole seconds, rounded up (at least 1); null while unknown.</summary>
    public int? WaitSeconds => Wait is { } wait ? Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)) : null;

    private static string Ordinal(int n)
    {
        var suffix = (n % 100) is 11 or 12 or 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" };
        return n.ToString(CultureInfo.InvariantCulture) + suffix;
    }

    // A wait said as roughly as it is known: to the second under 10 s, to 5 s under a minute, then to the minute.
    private static string Rough(TimeSpan wait)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        return seconds switch
        {
            < 10 => $"{seconds} s",
            < 58 => $"{(int)Math.Round(seconds / 5.0) * 5} s",
            _ => $"{Math.Max(1, (int)Math.Round(seconds / 60.0))} min",
        };
    }
}
