using System.Text;
using Simulation.Experiments.Calibration;
using Simulation.Output.Sweeps;

namespace Simulation.Output.Calibration;

/// <summary>
/// A calibration's <c>particles.csv</c>, appended to one particle at a time and flushed, so a calibration killed at any
/// moment keeps every finished particle. Reopening it resumes: a half-written row at the end is cut off, the finished
/// particles are read back, and a folder that holds particles of another scenario, seed or prior, or a row that is not a
/// particle before others, is refused. A shard that finished records the file's SHA-256 in its manifest
/// (<see cref="RecordFinished"/>), so that particles changed after it wrote them are neither gathered nor resumed.
/// </summary>
public sealed class ParticleFile : IDisposable
{
    /// <summary>The file name inside a calibration folder.</summary>
    public const string Name = "particles.csv";

    private FileStream _stream;
    private readonly ParticleTable _table;
    private readonly List<Particle> _particles;

    private readonly JournalLock _lock;

    private ParticleFile(FileStream stream, JournalLock held, ParticleTable table, List<Particle> particles)
    {
        _stream = stream;
        _lock = held;
        _table = table;
        _particles = particles;
    }

    /// <summary>Every finished particle, in file order (resumed ones first).</summary>
    public IReadOnlyList<Particle> Particles => _particles;

    /// <summary>Opens the particle file in <paramref name="directory"/>, creating it with its header and manifest or resuming it.</summary>
    /// <exception cref="InvalidDataException">The folder holds particles that cannot be continued with this calibration.</exception>
    /// <exception cref="FolderInUseException">Another calibration is writing the folder.</exception>
    public static ParticleFile OpenOrResume(string directory, CalibrationManifest manifest, ParticleTable table)
    {
        return JournalLock.Open(directory, held => OpenOrResume(directory, manifest, table, held));
    }

    private static ParticleFile OpenOrResume(string directory, CalibrationManifest manifest, ParticleTable table, JournalLock held)
    {
        var path = Path.Combine(directory, Name);
        var existing = CalibrationManifestFile.Read(directory);
        if (existing is not null && manifest.Incompatibility(existing) is { } why)
        {
            throw new InvalidDataException($"'{directory}' cannot be resumed: {why}. Use another --out folder, or delete it to start again.");
        }
        if (existing is not null && Change(directory, existing) is { } change)
        {
            // Resuming would record the changed particles as the shard's own, and the gather would no longer see the change.
            throw new InvalidDataException($"'{path}' was changed after the shard finished writing it: {change}. It is not resumed from particles it did not "
                + "write: restore the file as the shard wrote it, or move the shard folder aside and run the shard again (it runs its particles anew).");
        }
        if (existing is null && File.Exists(path))
        {
            throw new InvalidDataException($"'{path}' exists without {CalibrationManifestFile.Name}; it was not written by this calibration. Use another --out folder.");
        }
        CalibrationManifestFile.Write(directory, manifest); // first, so the rows are never without the manifest that names them
        File.Delete(path + FileReplacement.Suffix); // a rewrite an interruption left half done
        var header = table.Header + "\n";
        var stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read);
        try
        {
            var particles = stream.Length == 0 ? [] : Recover(stream, header, table, path);
            if (stream.Length == 0)
            {
                stream.Write(Encoding.UTF8.GetBytes(header));
                stream.Flush(flushToDisk: true);
            }
            stream.Seek(0, SeekOrigin.End);
            return new ParticleFile(stream, held, table, particles);
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    /// <summary>Returns the finished particles of the shards in <paramref name="directory"/> (its <c>shard-I-of-N/</c> folders,
    /// each written by <c>regsim calibrate --shard I/N</c>) that belong to this calibration, by index; a shard of another
    /// calibration is refused, so particles of different priors or seeds are never mixed, and so is a shard whose
    /// <c>particles.csv</c> was changed after it finished (<see cref="Change"/>), so an edited number never reaches the posterior.
    /// Every shard is checked before any particle is returned.</summary>
    /// <exception cref="InvalidDataException">A shard folder belongs to another calibration, or its particles were changed
    /// after it wrote them; the message names the file and both digests.</exception>
    public static IReadOnlyList<Particle> FromShards(string directory, CalibrationManifest manifest, ParticleTable table)
    {
        if (!Directory.Exists(directory))
        {
            return [];
        }
        var particles = new Dictionary<int, Particle>();
        foreach (var shard in Directory.GetDirectories(directory, "shard-*-of-*").Order(StringComparer.Ordinal))
        {
            var path = Path.Combine(shard, Name);
            if (!File.Exists(path) || CalibrationManifestFile.Read(shard) is not { } existing)
            {
                continue;
            }
            if (manifest.Incompatibility(existing) is { } why)
            {
                throw new InvalidDataException($"shard '{shard}' belongs to another calibration: {why}.");
            }
            if (Change(shard, existing) is { } change)
            {
                throw new InvalidDataException($"shard '{shard}': '{path}' was changed after the shard finished writing it: {change}. Its particles are not "
                    + "gathered: restore the file as the shard wrote it, or move the shard folder aside and run the shard again (it runs its particles anew).");
            }
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            using var reader = new StreamReader(stream, Encoding.UTF8);
            if (reader.ReadLine() != table.Header)
            {
                throw new InvalidDataException($"'{path}' has another header; it belongs to a different calibration.");
            }
            for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
            {
                if (table.Parse(line) is { } particle)
                {
                    particles.TryAdd(particle.Index, particle);
                }
            }
        }
        return [.. particles.Values.OrderBy(p => p.Index)];
    }

    /// <summary>Writes <paramref name="manifest"/> into the shard folder <paramref name="directory"/> with the SHA-256 of its
    /// <c>particles.csv</c>. Called last, once the shard's particles are all written and the file is closed: a shard stopped
    /// before has no digest, as one still running, and is resumed.</summary>
    public static void RecordFinished(string directory, CalibrationManifest manifest) =>
        CalibrationManifestFile.Write(directory, manifest with { ParticlesCsvSha256 = ShardDigests.Of(Path.Combine(directory, Name)) });

    /// <summary>Returns how the <c>particles.csv</c> in <paramref name="directory"/> differs from the one its shard finished
    /// writing, in words (its SHA-256 against the one <paramref name="manifest"/> recorded); null when it is the same file,
    /// when the shard recorded no digest (unfinished, or a calibration's own folder) or when the file is missing.</summary>
    public static string? Change(string directory, CalibrationManifest manifest) =>
        ShardDigests.Change(Path.Combine(directory, Name), manifest.ParticlesCsvSha256, CalibrationManifestFile.Name);

    /// <summary>Returns every particle of the <c>particles.csv</c> in <paramref name="directory"/>, in file order.</summary>
    /// <exception cref="InvalidDataException">The file has another header or a row that is not a complete particle.</exception>
    public static IReadOnlyList<Particle> Read(string directory, ParticleTable table)
    {
        var path = Path.Combine(directory, Name);
        using var reader = new StreamReader(path, Encoding.UTF8);
        if (reader.ReadLine() != table.Header)
        {
            throw new InvalidDataException($"'{path}' has another header; it belongs to a different calibration.");
        }
        var particles = new List<Particle>();
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            particles.Add(table.Parse(line) ?? throw new InvalidDataException($"'{path}' line {particles.Count + 2} is not a complete particle."));
        }
        return particles;
    }

    /// <summary>Appends one particle and flushes it to disk.</summary>
    public void Append(Particle particle)
    {
        _stream.Write(Encoding.UTF8.GetBytes(_table.Format(particle)));
        _stream.Flush(flushToDisk: true);
        _particles.Add(particle);
    }

    /// <summary>Rewrites the file with its particles in index order, as a calibration run whole writes them, when they are
    /// not: after a gather that ran the particles of a missing shard itself, so that its files are the same bytes as a whole
    /// run's. Written beside the file and moved over it, so an interruption leaves the old file whole.</summary>
    public void PutInIndexOrder()
    {
        var sorted = _particles.OrderBy(p => p.Index).ToList();
        if (sorted.SequenceEqual(_particles))
        {
            return;
        }
        var path = _stream.Name;
        var text = new StringBuilder(_table.Header).Append('\n');
        foreach (var particle in sorted)
        {
            text.Append(_table.Format(particle));
        }
        _stream.Dispose();
        FileReplacement.Write(path, text.ToString());
        _stream = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.Read);
        _stream.Seek(0, SeekOrigin.End);
        _particles.Clear();
        _particles.AddRange(sorted);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _stream.Dispose();
        _lock.Dispose();
    }

    // Keeps the header and the complete rows, in file order, and cuts the last row if a crash left it unreadable; a row
    // that is not a particle with finished particles after it was not written so, and is refused rather than cut with
    // everything after it.
    private static List<Particle> Recover(FileStream stream, string header, ParticleTable table, string path)
    {
        var text = Csv.ResumedText.Read(stream);
        if (Csv.ResumedText.IsCutHeader(text, header))
        {
            stream.SetLength(0); // no row was written: the header is written again whole
            return [];
        }
        if (!text.StartsWith(header, StringComparison.Ordinal))
        {
            throw new InvalidDataException($"'{path}' has another header; it belongs to a different calibration. Use another --out folder.");
        }
        var particles = new List<Particle>();
        var keep = header.Length;
        while (keep < text.Length)
        {
            var end = text.IndexOf('\n', keep);
            if (end < 0)
            {
                break; // the last row, cut off mid-write
            }
            if (table.Parse(text[keep..end]) is not { } particle)
            {
                if (end + 1 < text.Length)
                {
                    throw new InvalidDataException($"'{path}' line {particles.Count + 2} is not a particle of this calibration, and more rows follow it; "
                        + "correct or delete that line (the rows after it are kept), or use another --out folder.");
                }
                break; // the last row, unreadable: written in part when the calibration was stopped
            }
            particles.Add(particle);
            keep = end + 1;
        }
        Csv.ResumedText.CutAfter(stream, text, keep);
        return particles;
    }
}
