using System.Diagnostics;
using System.Reflection;

namespace Simulation.Cli;

/// <summary>
/// Whether this regsim's model was compiled without optimisation, as plain <c>dotnet run</c> and <c>dotnet build</c> compile it
/// (the Debug configuration): such a build runs replications about half as fast, which a benchmark or a batch job should say
/// rather than measure it or send it to a cluster without a word.
/// </summary>
internal static class UnoptimisedBuild
{
    /// <summary>True when the model's assembly was compiled with the JIT optimiser off.</summary>
    public static bool IsThisOne { get; } =
        typeof(Core.SimulationModel).Assembly.GetCustomAttribute<DebuggableAttribute>() is { IsJITOptimizerDisabled: true };

    /// <summary>What to do about it, after a line that says what the build is used for.</summary>
    public const string Advice = "build it with `dotnet build -c Release src/Simulation.Cli` and use src/Simulation.Cli/bin/Release/net10.0/regsim "
        + "(or `dotnet run -c Release --project src/Simulation.Cli -- ...`)";
}
