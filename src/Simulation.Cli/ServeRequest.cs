namespace Simulation.Cli;

/// <summary>What <c>regsim serve</c> was asked for.</summary>
/// <param name="Port">TCP port.</param>
/// <param name="ListenAny">Listen on every address (a classroom network) instead of 127.0.0.1 only.</param>
/// <param name="JoinCode">Code the page and API require; mandatory with <paramref name="ListenAny"/>.</param>
/// <param name="ScenariosFolder">Folder of scenarios the page offers.</param>
/// <param name="DataFolder">Folder of the games database, which keeps every class game across restarts.</param>
public sealed record ServeRequest(int Port, bool ListenAny, string? JoinCode, string ScenariosFolder, string DataFolder);
