using Simulation.Experiments;

namespace Simulation.Output.Sweeps;

/// <summary>
/// One shard's <c>sweep.csv</c> as <see cref="SweepMerge"/> takes it in. A shard that recorded what it wrote
/// (<see cref="ShardDigests"/>) is first checked against that, so a file changed after the shard finished is called changed,
/// not unfinished; then every shard's rows are checked against its points, so that a shard still running (or stopped) is
/// called unfinished and one whose rows were cut, repeated or moved is called damaged, each with what to do.
/// </summary>
/// <param name="Header">The file's first line.</param>
/// <param name="Rows">Its complete data rows in file order, each with its design point.</param>
/// <param name="Checked">Whether its content was checked against the digest the shard recorded: false for a shard that
/// recorded none (written before digests were, or stopped before it recorded one).</param>
internal sealed record ShardTable(string Header, IReadOnlyList<(int Point, string Text)> Rows, bool Checked)
{
    /// <summary>Reads the table of a shard.</summary>
    /// <param name="directory">The shard's folder.</param>
    /// <param name="manifest">Its manifest: which shard it is, of how many points and modes, and what it recorded of its table.</param>
    /// <param name="header">The header the first shard's table has, or null when this is the first.</param>
    /// <param name="firstDirectory">The first shard's folder, named when the headers differ.</param>
    /// <param name="intactHeader">The header of a shard whose table is as it wrote it (null when none is): what a changed
    /// table is held against, to say that it is another sweep's rather than count its rows.</param>
    /// <exception cref="InvalidDataException">The shard's table was changed after it was written, is unfinished or is
    /// damaged; the message names the shard, its file and what to do.</exception>
    public static ShardTable Read(string directory, SweepManifest manifest, string? header, string firstDirectory, string? intactHeader = null)
    {
        var index = manifest.ShardIndex!.Value;
        var owner = new ShardSpec(index, manifest.ShardCount!.Value);
        var modes = manifest.Modes.Count;
        var file = Path.Combine(directory, SweepFile.Name);
        var shard = $"shard {index} in '{directory}'";
        if (manifest.SweepCsvSha256 is not null)
        {
            if (!File.Exists(file))
            {
                throw new InvalidDataException($"{shard} finished writing its {SweepFile.Name} (its {SweepManifestFile.Name} records the file's SHA-256), "
                    + "which is now missing: it was deleted or moved afterwards. Run the shard again to write it anew.");
            }
            if (ShardDigests.TableChange(directory, manifest, intactHeader) is { } change)
            {
                throw new InvalidDataException($"{shard}: '{file}' was changed after the shard finished writing it: {change}. Restore the file as the "
                    + "shard wrote it, or move the shard folder aside and run the shard again (it runs its points anew).");
            }
        }
        if (!File.Exists(file) || new FileInfo(file).Length == 0)
        {
            // A task that stopped before writing its first row (or whose file was lost) leaves its manifest alone.
            throw new InvalidDataException($"{shard} is unfinished: its {SweepFile.Name} is {(File.Exists(file) ? "empty" : "missing")}. {Resume(directory, index)}");
        }
        var all = File.ReadAllText(file);
        var lines = all.Split('\n');
        header ??= lines[0];
        if (lines[0] != header)
        {
            throw new InvalidDataException($"{shard}: its {SweepFile.Name} has other columns than '{firstDirectory}' ({SweepTable.ColumnDifference(header, lines[0])}): "
                + "its first line was edited or cut. Move the shard folder aside and run the shard again.");
        }
        // Complete rows end with a line end; a last piece without one is a row a killed task left half written.
        var data = lines.Skip(1).SkipLast(1).Where(r => r.Length > 0).ToList();
        var mine = owner.OwnedOf(manifest.Points).ToList();
        var expected = mine.Count * modes;
        var columns = header.AsSpan().Count(',') + 1;
        var points = new List<int>(data.Count);
        foreach (var line in data)
        {
            points.Add(SweepTable.PointOf(line, columns) ?? throw new InvalidDataException(
                $"{shard}: line {Array.IndexOf(lines, line, 1) + 1} of its {SweepFile.Name} is not a row of this sweep. Move the shard folder aside and run the shard again."));
        }
        // A stopped shard leaves at most its last point short; one short before another point's rows was edited or
        // damaged, and running the shard again would refuse it too.
        if (ShortPoint(points, modes) is var (row, point, written, next))
        {
            throw new InvalidDataException($"{shard}: line {row + 2} of its {SweepFile.Name}: point {point} has {written} of its {modes} rows (one per regime mode) "
                + $"before point {next} starts, so the file was edited or damaged (a stopped shard leaves only its last point short); delete the rows of point {point} and run the shard again (it runs that point again and keeps the others).");
        }
        if (data.Count < expected || !all.EndsWith('\n'))
        {
            var cut = all.EndsWith('\n') ? string.Empty : " and one cut short";
            throw new InvalidDataException($"{shard} is unfinished: {data.Count} of its {expected} rows written{cut}. {Resume(directory, index)}");
        }
        var rowsOf = points.CountBy(p => p).ToDictionary();
        // The right number of rows can still hold a point twice and miss another (a file edited or copied by hand).
        if (mine.FirstOrDefault(p => rowsOf.GetValueOrDefault(p) != modes, -1) is var wrong and >= 0)
        {
            throw new InvalidDataException($"{shard} holds {rowsOf.GetValueOrDefault(wrong)} rows of point {wrong}, not {modes}. Move the shard folder aside and run the shard again.");
        }
        if (rowsOf.Keys.FirstOrDefault(p => !owner.Owns(p) || p >= manifest.Points, -1) is var foreign and >= 0)
        {
            throw new InvalidDataException($"{shard} holds rows of point {foreign}, which is not one of its points (copied there by hand?). "
                + "Move the shard folder aside and run the shard again.");
        }
        return new ShardTable(lines[0], [.. data.Select((text, i) => (points[i], text))], manifest.SweepCsvSha256 is not null);
    }

    // The first point with fewer than all its rows followed by another point's: the index of the row that starts the next
    // point, among the data rows, with the short point, its rows written and the next point; null when there is none.
    private static (int Row, int Point, int Written, int Next)? ShortPoint(IReadOnlyList<int> points, int modes)
    {
        var run = 0;
        for (var i = 0; i < points.Count; i++)
        {
            if (i > 0 && points[i] != points[i - 1] && run < modes)
            {
                return (i, points[i - 1], run, points[i]);
            }
            run = i > 0 && points[i] == points[i - 1] ? run + 1 : 1;
        }
        return null;
    }

    // How to resume an unfinished shard: the task of the job array that ran it, when regsim slurm wrote one beside the shards.
    private static string Resume(string directory, int index) => Batch.ArrayTaskResubmission.Command(directory, index) is { } command
        ? $"Run it again to resume it: `{command}` for its task of the job array, or the same `regsim sweep --shard` command."
        : "Run it again to resume it (the same `regsim sweep --shard` command).";
}
