using Simulation.Application.Games;

namespace Simulation.Web;

/// <summary>
/// How the classroom server listens and what it serves. Defaults keep it private to the machine: a teacher must opt in
/// to other addresses, and then a join code keeps strangers on the same network out.
/// </summary>
/// <param name="Urls">Addresses to listen on, for example <c>http://127.0.0.1:5080</c>.</param>
/// <param name="ScenariosFolder">Folder whose <c>*.json</c> scenarios the page offers.</param>
/// <param name="JoinCode">When set, every API call must carry it (header <c>X-Join-Code</c> or <c>?code=</c>).</param>
/// <param name="DataFolder">Folder of the games database (<c>games.db</c>), which keeps every game across restarts; null keeps
/// games in memory only.</param>
public sealed record ClassroomOptions(IReadOnlyList<string> Urls, string ScenariosFolder, string? JoinCode = null, string? DataFolder = null)
{
    /// <summary>Most replications one run may ask for, so one student cannot hold the machine for minutes.</summary>
    public int MaxReplications { get; init; } = 5000;

    /// <summary>Most runs computing at once; further runs wait their turn, first come, first served. By default two, but
    /// never more than the cores less one (so one run on a machine of two cores): the class game's requests keep a core.</summary>
    public int MaxConcurrentRuns { get; init; } = Math.Min(2, ComputeCores);

    /// <summary>Most runs waiting their turn at once (as many as a class game takes students); a run beyond them gets 429.</summary>
    public int MaxQueuedRuns { get; init; } = 60;

    /// <summary>Largest request body accepted, in bytes; a run request is a few hundred bytes.</summary>
    public long MaxRequestBytes { get; init; } = 16 * 1024;

    /// <summary>Worker threads per run; results do not depend on it. By default the cores less one, shared among the runs
    /// computing at once (at least one each): one core stays free for the class game's requests on a machine with more.</summary>
    public int ThreadsPerRun { get; init; } = Math.Max(1, ComputeCores / Math.Min(2, ComputeCores));

    /// <summary>Most unfinished participatory games held at once; finished ones are kept until the teacher deletes them.</summary>
    public int MaxGames { get; init; } = 8;

    /// <summary>Games the model plays alone at the end of a class game, to compare the class with.</summary>
    public int ComparisonGames { get; init; } = 1000;

    /// <summary>The bounds the server's games are held within.</summary>
    public GameLimits Games => new(MaxGames, ComparisonGames);

    /// <summary>How long a started run waits for its page to open the event stream before it is cancelled.</summary>
    public TimeSpan AttachTimeout { get; init; } = TimeSpan.FromSeconds(15);

    // The cores the model's runs may take: all but one, which the class game's requests keep (one on a single core).
    private static int ComputeCores => Math.Max(1, Environment.ProcessorCount - 1);
}
