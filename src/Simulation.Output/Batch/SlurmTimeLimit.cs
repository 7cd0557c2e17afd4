using System.Globalization;

namespace Simulation.Output.Batch;

/// <summary>
/// A Slurm time limit read as Slurm reads it, in words: <c>1:30</c> is one minute and thirty seconds to Slurm, which a user
/// who meant an hour and a half learns only when every task is killed, so <c>regsim slurm</c> says what it wrote.
/// </summary>
public static class SlurmTimeLimit
{
    /// <summary>Returns <paramref name="limit"/> (a limit <see cref="SlurmJob.IsTimeLimit"/> accepts) in words, such as
    /// "1 min 30 s" or "1 d 12 h", with a reminder of how Slurm reads the two-part form <c>MM:SS</c>.</summary>
    public static string Describe(string limit)
    {
        ArgumentNullException.ThrowIfNull(limit);
        try
        {
            return Read(limit);
        }
        catch (OverflowException)
        {
            return $"{limit} (as written: more than a number of seconds can hold)";
        }
    }

    private static string Read(string limit)
    {
        var days = 0L;
        var clock = limit;
        if (limit.Split('-', 2) is [var d, var rest])
        {
            days = long.Parse(d, CultureInfo.InvariantCulture);
            clock = rest;
        }
        var parts = clock.Split(':').Select(p => long.Parse(p, CultureInfo.InvariantCulture)).ToArray();
        // Without days: M, M:S, H:M:S. With days: D-H, D-H:M, D-H:M:S.
        var (hours, minutes, seconds) = (days > 0 || limit.Contains('-'), parts.Length) switch
        {
            (false, 1) => (0L, parts[0], 0L),
            (false, 2) => (0L, parts[0], parts[1]),
            (_, 3) => (parts[0], parts[1], parts[2]),
            (true, 1) => (parts[0], 0L, 0L),
            (true, _) => (parts[0], parts[1], 0L),
            _ => (0L, 0L, 0L),
        };
        var total = checked((((((days * 24) + hours) * 60) + minutes) * 60) + seconds);
        var words = Words(total);
        return parts.Length == 2 && !limit.Contains('-')
            ? $"{words} (Slurm reads {limit} as minutes:seconds; write {parts[0]}:{parts[1]:00}:00 for hours and minutes)"
            : words;
    }

    private static string Words(long seconds)
    {
        if (seconds == 0)
        {
            return "no limit (0)";
        }
        var units = new (long Size, string Name)[] { (86400, "d"), (3600, "h"), (60, "min"), (1, "s") };
        var words = new List<string>();
        foreach (var (size, name) in units)
        {
            if (seconds >= size)
            {
                words.Add(string.Create(CultureInfo.InvariantCulture, $"{seconds / size} {name}"));
                seconds %= size;
            }
        }
        return string.Join(' ', words);
    }
}
