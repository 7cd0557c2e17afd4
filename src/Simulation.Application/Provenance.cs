using System.Globalization;
using System.Text.Json;
using Simulation.Output;
using Simulation.Output.Tables;

namespace Simulation.Application;

/// <summary>
/// The key-value metadata a command writes into each of its Parquet files: what its manifest says produced the results
/// (tool version, input files and their SHA-256, seed, sizes), each under <c>regsim.&lt;snake_case&gt;</c>, so a data frame
/// loaded from a Parquet file still says where it came from. It holds no clock and no thread count, which do not change
/// the numbers, so the same inputs give the same files.
/// </summary>
internal sealed class Provenance
{
    private readonly Dictionary<string, string> _entries = new(StringComparer.Ordinal) { ["regsim.tool_version"] = ToolVersion.Current };

    /// <summary>Starts the entries with the tool's version and, when it is known, the commit it was built from
    /// (<c>regsim.source_revision</c>): the version alone does not tell two builds apart.</summary>
    public Provenance() => Add("source_revision", ToolVersion.SourceRevision);

    /// <summary>The entries, <c>regsim.tool_version</c> first.</summary>
    public IReadOnlyDictionary<string, string> Entries => _entries;

    /// <summary>Adds a scenario under <paramref name="key"/>: its name, its file's name without the folder (the same on a
    /// laptop and a cluster's node), the file's SHA-256 and that of the scenario as merged with the files it extends
    /// (<c>_merged_sha256</c>), which changes when a parent file does though the scenario's own file stays the same.</summary>
    public Provenance Add(string key, Experiments.Scenarios.LoadedScenario scenario) => Add(key, scenario.Model.Name)
        .Add(key + "_file", Path.GetFileName(scenario.File.Path))
        .Add(key + "_sha256", scenario.File.Sha256)
        .Add(key + "_merged_sha256", ScenarioDigest.Of(scenario));

    /// <summary>Adds text, or nothing when it is null.</summary>
    public Provenance Add(string key, string? value)
    {
        if (value is not null)
        {
            _entries["regsim." + key] = value;
        }
        return this;
    }

    /// <summary>Adds a whole number.</summary>
    public Provenance Add(string key, long value) => Add(key, value.ToString(CultureInfo.InvariantCulture));

    /// <summary>Adds a seed.</summary>
    public Provenance Add(string key, ulong value) => Add(key, value.ToString(CultureInfo.InvariantCulture));

    /// <summary>Adds a number, in round-trip form.</summary>
    public Provenance Add(string key, double value) => Add(key, value.ToString("R", CultureInfo.InvariantCulture));

    /// <summary>Adds a list, as a JSON array.</summary>
    public Provenance Add(string key, IEnumerable<string> values) => Add(key, JsonSerializer.Serialize(values.ToArray()));

    /// <summary>Returns the writer of a command's tables in <paramref name="format"/>, with these entries in each Parquet file.</summary>
    public TableWriter Tables(OutputFormat format) => new(format, Entries);
}
