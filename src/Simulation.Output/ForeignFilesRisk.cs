namespace Simulation.Output;

/// <summary>What writing into a folder would do to the files in it that no earlier result accounts for, which
/// <see cref="ForeignFilesException"/> says to explain why the command is refused.</summary>
public enum ForeignFilesRisk
{
    /// <summary>The results replace their whole folder (<see cref="OutputDirectory.Commit"/>), so the files would be deleted.</summary>
    FolderReplaced,

    /// <summary>The command shares the folder with its journal (a calibration, a study) and replaces the files named like its
    /// results, so these would be written over.</summary>
    WrittenOver,

    /// <summary>The command keeps its journal and results in the folder beside whatever else is there, so they would be
    /// mixed with these files.</summary>
    MixedIn,
}
