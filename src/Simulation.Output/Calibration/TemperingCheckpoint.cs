using System.Globalization;
using System.Text;
using CsvHelper;
using Simulation.Experiments.Calibration;
using Simulation.Output.Tables;

namespace Simulation.Output.Calibration;

/// <summary>
/// Keeps the stages of a tempered calibration in its folder, so an interrupted one resumes from the last stage it finished
/// with the same result: <c>tempering-NxM/stage-K.csv</c> (the particles after stage K, in the layout of
/// <c>particles.csv</c>) and <c>tempering-NxM/stages.csv</c> (one row per stage: temperature, effective sample size,
/// acceptance rate, step scale, evidence so far), N particles and M moves per stage, since stages of other settings differ.
/// Each file is written whole to a temporary name and renamed, so a kill leaves the previous stage intact.
/// </summary>
public static class TemperingCheckpoint
{
    /// <summary>The stage table's file name.</summary>
    public const string StagesName = "stages.csv";

    /// <summary>The columns of <c>stages.csv</c>, for its Parquet twin: <c>stage</c> a whole number (<see cref="ColumnType.Int64"/>), the rest doubles.</summary>
    public static TableSchema<SmcStage> Stages { get; } = new TableSchema<SmcStage>()
        .Int64("stage", s => s.Number)
        .Double("temperature", s => s.Temperature)
        .Double("effective_sample_size", s => s.EffectiveSampleSize)
        .Double("acceptance_rate", s => s.AcceptanceRate)
        .Double("scale", s => s.Scale)
        .Double("log_evidence", s => s.LogEvidence);

    private static readonly string Header = string.Join(',', Stages.Names);

    /// <summary>Returns the folder of the stages of <paramref name="settings"/> in calibration folder <paramref name="directory"/>.</summary>
    public static string Folder(string directory, CalibrationSettings settings) =>
        Path.Combine(directory, $"tempering-{settings.Particles}x{settings.MovesPerStage}");

    /// <summary>
    /// Runs <paramref name="sampler"/> from the last stage kept in <paramref name="folder"/> (or from
    /// <paramref name="priorParticles"/>), keeping each stage as it finishes and handing it to <paramref name="stageFinished"/>;
    /// returns every stage from the first, the last at temperature 1.
    /// </summary>
    public static IReadOnlyList<SmcStage> Run(TemperedSmc sampler, IReadOnlyList<Particle> priorParticles, string folder, ParticleTable table, int threads,
        Action<SmcStage>? stageFinished, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(folder);
        var stages = Read(folder, table, priorParticles.Count);
        var from = stages.Count > 0 ? stages[^1] : sampler.Start(priorParticles);
        sampler.Run(from, threads, stage =>
        {
            stages.Add(stage);
            Write(folder, table, stages);
            stageFinished?.Invoke(stage);
        }, cancellationToken);
        return stages;
    }

    /// <summary>Returns the stages kept in <paramref name="folder"/>, in order; a stage whose file does not hold all
    /// <paramref name="particles"/> particles ends the list (it is run again).</summary>
    public static List<SmcStage> Read(string folder, ParticleTable table, int particles)
    {
        var path = Path.Combine(folder, StagesName);
        var stages = new List<SmcStage>();
        if (!File.Exists(path))
        {
            return stages;
        }
        using var reader = new StreamReader(path, Encoding.UTF8);
        using var csv = CsvReader.Create(reader, null, false);
        var line = 1;
        while (csv.Read())
        {
            line++;
            try
            {
                var number = csv.Parse<int>(csv.GetFieldIndex("stage"));
                var population = Population(Path.Combine(folder, StageName(number)), table);
                if (number != stages.Count + 1 || population is null || population.Count != particles)
                {
                    break;
                }
                stages.Add(new SmcStage(number, Field(csv, "temperature"), Field(csv, "effective_sample_size"), Field(csv, "acceptance_rate"),
                    Field(csv, "scale"), Field(csv, "log_evidence"), population));
            }
            catch (Exception e) when (e is FormatException or OverflowException or ArgumentException or KeyNotFoundException or InvalidOperationException)
            {
                // The table is written in one piece (a temporary file renamed), so a row that cannot be read was changed by hand.
                throw new InvalidDataException($"'{path}' line {line} is not a stage of this calibration; delete the folder '{folder}' to run its stages again, "
                    + "or use another --out folder.", e);
            }
        }
        return stages;
    }

    private static double Field(CsvReader csv, string name) => csv.Parse<double>(csv.GetFieldIndex(name));

    private static void Write(string folder, ParticleTable table, IReadOnlyList<SmcStage> stages)
    {
        var last = stages[^1];
        WholeFile.Replace(Path.Combine(folder, StageName(last.Number)), table.Header + "\n" + string.Concat(last.Population.Select(table.Format)));
        var rows = new StringBuilder(Header).Append('\n');
        foreach (var s in stages)
        {
            rows.Append(string.Join(',', new[] { s.Number.ToString(CultureInfo.InvariantCulture) }
                .Concat(new[] { s.Temperature, s.EffectiveSampleSize, s.AcceptanceRate, s.Scale, s.LogEvidence }.Select(RoundTrip)))).Append('\n');
        }
        WholeFile.Replace(Path.Combine(folder, StagesName), rows.ToString());
    }

    private static string RoundTrip(double x) => x.ToString("R", CultureInfo.InvariantCulture);

    private static string StageName(int number) => StageTable(number) + ".csv";

    /// <summary>Returns the name of stage <paramref name="number"/>'s table in the stage folder, without extension (<c>stage-K</c>).</summary>
    public static string StageTable(int number) => $"stage-{number.ToString(CultureInfo.InvariantCulture)}";

    private static List<Particle>? Population(string path, ParticleTable table)
    {
        if (!File.Exists(path))
        {
            return null;
        }
        var lines = File.ReadAllLines(path, Encoding.UTF8);
        if (lines.Length < 2 || lines[0] != table.Header)
        {
            return null;
        }
        var particles = new List<Particle>(lines.Length - 1);
        foreach (var line in lines.Skip(1))
        {
            if (table.Parse(line) is not { } particle)
            {
                return null;
            }
            particles.Add(particle);
        }
        return particles;
    }
}
