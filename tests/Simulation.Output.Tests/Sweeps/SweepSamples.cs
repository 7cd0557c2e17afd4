using Simulation.Experiments.Sweeps;
using Simulation.Output.Sweeps;

namespace Simulation.Output.Tests.Sweeps;

// A small sweep's columns, manifest and rows, shared by the tests of its file and of merging its shards.
internal static class SweepSamples
{
    public static readonly SweepColumns Columns = new(["a"], ["gini"], ["win_p_r0"]);

    public static SweepManifest Manifest(int points) =>
        new("1.0.0", "test", "test.json", new string('a', 64), new string('d', 64), null, null, points, ["roh", "lee"]);

    // Two regime modes' rows of one point; the second mode's interval is undefined (NaN), as for a constant metric.
    public static List<SweepRow> Rows(int point) =>
    [
        new(point, "roh", [point / 10.0], 7, 100, [0.25 + point], [0.2 + point], [0.3 + point], [1.0 / 3]),
        new(point, "lee", [point / 10.0], 7, 100, [0.5], [double.NaN], [double.NaN], [0.0]),
    ];

    /// <summary>Two finished shards of a four-point sweep under <paramref name="root"/>: points 0 and 2, and 1 and 3.</summary>
    public static List<string> Shards(string root, SweepManifest manifest)
    {
        var shards = new List<string>();
        for (var s = 0; s < 2; s++)
        {
            var dir = Path.Combine(root, $"shard-{s}-of-2");
            shards.Add(dir);
            using var file = SweepFile.OpenOrResume(dir, manifest with { ShardIndex = s, ShardCount = 2 }, Columns);
            for (var p = s; p < 4; p += 2)
            {
                file.Append(Rows(p));
            }
        }
        return shards;
    }

    /// <summary>The lines of an array script <c>regsim slurm</c> writes for <paramref name="shards"/> shards that name the count.</summary>
    public static string ArrayScript(int shards) =>
        $"#!/bin/bash\nshard=\"${{SLURM_ARRAY_TASK_ID}}\"\nexec regsim sweep x.json --shard \"$shard/{shards}\" --out out/\"shard-$shard-of-{shards}\"\n";
}
