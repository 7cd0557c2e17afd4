using System.Security.Cryptography;
using System.Text;
using Simulation.Experiments.Scenarios;

namespace Simulation.Application;

/// <summary>The digest of a scenario as merged with the files it extends: what a resumable job's folder is checked against,
/// since a scenario that extends another changes when the other does while its own file stays the same.</summary>
public static class ScenarioDigest
{
    /// <summary>Returns the lower-case hex SHA-256 of <paramref name="scenario"/>'s merged document, as compact JSON.</summary>
    public static string Of(LoadedScenario scenario) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(scenario.Document.ToJsonString())));
}
