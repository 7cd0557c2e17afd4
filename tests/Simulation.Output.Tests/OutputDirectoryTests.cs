namespace Simulation.Output.Tests;

public class OutputDirectoryTests
{
    // The property the command's own manifest has, as a run's has scenarioName.
    private const string Mark = "ours";

    [Fact]
    public void Commit_ReplacesEarlierFolder()
    {
        using var temp = new TempFolder();
        var final = temp.File("results");
        EarlierResult(final, "old.txt");

        using (var output = OutputDirectory.Create(final, Mark))
        {
            File.WriteAllText(Path.Combine(output.Path, "new.txt"), "new");
            Assert.False(File.Exists(Path.Combine(final, "new.txt")));
            output.Commit();
        }

        Assert.Equal("new", File.ReadAllText(Path.Combine(final, "new.txt")));
        Assert.False(File.Exists(Path.Combine(final, "old.txt")));
        Assert.Equal([final], Directory.GetDirectories(temp.Path));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)] // a link to a folder not made yet
    public void AFolderGivenThroughASymbolicLink_IsWrittenWhereItPoints_AndTheLinkStays(bool targetExists)
    {
        using var temp = new TempFolder();
        var real = temp.File("real");
        if (targetExists)
        {
            EarlierResult(real, "old.txt");
        }
        var link = temp.File("link");
        Directory.CreateSymbolicLink(link, real);

        using (var output = OutputDirectory.Create(link, Mark))
        {
            File.WriteAllText(Path.Combine(output.Path, "new.txt"), "new");
            output.Commit();
        }

        Assert.NotNull(new DirectoryInfo(link).LinkTarget);
        Assert.Equal("new", File.ReadAllText(Path.Combine(real, "new.txt")));
        Assert.Equal("new", File.ReadAllText(Path.Combine(link, "new.txt")));
        Assert.False(File.Exists(Path.Combine(real, "old.txt")));
    }


    [Fact]
    public void DisposeWithoutCommit_LeavesEarlierFolderAndNoStaging()
    {
        using var temp = new TempFolder();
        var final = temp.File("results");
        EarlierResult(final, "old.txt");

        string staging;
        using (var output = OutputDirectory.Create(final, Mark))
        {
            staging = output.Path;
            File.WriteAllText(Path.Combine(output.Path, "half.txt"), "half");
        }

        Assert.False(Directory.Exists(staging));
        Assert.Equal("old", File.ReadAllText(Path.Combine(final, "old.txt")));
        Assert.Equal([final], Directory.GetDirectories(temp.Path));
    }

    [Fact]
    public void Create_MakesMissingParentsAndStagesBesideFinalPath()
    {
        using var temp = new TempFolder();
        var final = Path.Combine(temp.Path, "a", "b", "results");

        using var output = OutputDirectory.Create(final, Mark);

        Assert.True(Directory.Exists(output.Path));
        Assert.Equal(Path.GetDirectoryName(final), Path.GetDirectoryName(output.Path));
        Assert.StartsWith(final + ".partial-", output.Path);
        output.Commit();
        Assert.True(Directory.Exists(final));
    }

    [Fact]
    public void Create_RefusesAFolderHoldingFilesNoEarlierResultLists_AndLeavesItAsItWas()
    {
        using var temp = new TempFolder();
        var final = temp.File("results");
        EarlierResult(final, "old.txt");
        Directory.CreateDirectory(Path.Combine(final, "plots"));
        File.WriteAllText(Path.Combine(final, "plots", "mine.svg"), "mine");
        File.WriteAllText(Path.Combine(final, "notes.txt"), "notes");

        var refused = Assert.Throws<ForeignFilesException>(() => OutputDirectory.Create(final, Mark));

        Assert.Equal(["notes.txt", "plots/mine.svg"], refused.Files);
        Assert.Contains("notes.txt, plots/mine.svg", refused.Message);
        Assert.Equal("notes", File.ReadAllText(Path.Combine(final, "notes.txt")));
        Assert.Equal("old", File.ReadAllText(Path.Combine(final, "old.txt")));
        Assert.Equal([final], Directory.GetDirectories(temp.Path)); // no staging folder left beside it
    }

    [Fact]
    public void Create_TakesWhatAFileBrowserLeavesForAnEarlierResults_ButNotAnEmptyFolderOfTheUsers()
    {
        using var temp = new TempFolder();
        var final = temp.File("results");
        EarlierResult(final, "old.txt");
        File.WriteAllText(Path.Combine(final, ".DS_Store"), "view");
        File.WriteAllText(Path.Combine(final, ".~lock.old.txt#"), "lock");

        using (var output = OutputDirectory.Create(final, Mark))
        {
            output.Commit();
        }
        Directory.CreateDirectory(Path.Combine(final, "figures"));

        var refused = Assert.Throws<ForeignFilesException>(() => OutputDirectory.Create(final, Mark));
        Assert.Equal(["figures/"], refused.Files);
    }

    [Fact]
    public void Create_RefusesAnotherCommandsResults_ThoughItsManifestListsThem()
    {
        using var temp = new TempFolder();
        var final = temp.File("calibration");
        Directory.CreateDirectory(final);
        File.WriteAllText(Path.Combine(final, "particles.csv"), "costly");
        File.WriteAllText(Path.Combine(final, ManifestWriter.FileName), "{\"particles\": 400, \"files\": [\"particles.csv\", \"manifest.json\"]}");

        var refused = Assert.Throws<ForeignFilesException>(() => OutputDirectory.Create(final, Mark));

        Assert.Equal(["manifest.json", "particles.csv"], refused.Files);
        Assert.Equal("costly", File.ReadAllText(Path.Combine(final, "particles.csv")));
    }

    [Fact]
    public void Create_RefusesAValidationsResults_SayingTheyAreAnotherCommands()
    {
        using var temp = new TempFolder();
        var final = temp.File("checks");
        Directory.CreateDirectory(final);
        foreach (var file in Simulation.Output.Validation.ValidationWriter.Files)
        {
            File.WriteAllText(Path.Combine(final, file), "earlier");
        }

        var refused = Assert.Throws<ForeignFilesException>(() => OutputDirectory.Create(final, Mark));

        Assert.Contains("holds the results of another command", refused.Message);
        Assert.Equal(Simulation.Output.Validation.ValidationWriter.Files.Order(StringComparer.Ordinal), refused.Files);
        using (OutputDirectory.Create(final, null, Simulation.Output.Validation.ValidationWriter.Files))
        {
            // validate itself replaces its earlier report
        }
    }

    [Fact]
    public void Create_RefusingAnotherCommandsResults_NamesTheUsersOwnFilesApart()
    {
        using var temp = new TempFolder();
        var final = temp.File("sweep");
        Directory.CreateDirectory(Path.Combine(final, "plots"));
        File.WriteAllText(Path.Combine(final, "sweep.csv"), "point");
        File.WriteAllText(Path.Combine(final, Simulation.Output.Sweeps.SweepManifestFile.Name), "{}");
        File.WriteAllText(Path.Combine(final, "plots", "main_effect_gini.svg"), "<svg/>");
        File.WriteAllText(Path.Combine(final, "notes.txt"), "mine");

        var refused = Assert.Throws<ForeignFilesException>(() => OutputDirectory.Create(final, Mark));

        Assert.Contains("holds the results of another command (plots/main_effect_gini.svg, sweep.csv, sweep.manifest.json) and files that are not an earlier result (notes.txt)", refused.Message);
        Assert.Equal("mine", File.ReadAllText(Path.Combine(final, "notes.txt")));
    }

    [Fact]
    public void Create_WithoutAManifest_AcceptsOnlyTheFilesTheCommandWrites()
    {
        using var temp = new TempFolder();
        var final = temp.File("results");
        Directory.CreateDirectory(final);
        File.WriteAllText(Path.Combine(final, "validation.csv"), "earlier");

        using (var output = OutputDirectory.Create(final, null, "validation.csv", "validation.md"))
        {
            output.Commit();
        }
        File.WriteAllText(Path.Combine(final, "thesis.tex"), "mine");

        Assert.Throws<ForeignFilesException>(() => OutputDirectory.Create(final, null, "validation.csv", "validation.md"));
        Assert.True(File.Exists(Path.Combine(final, "thesis.tex")));
    }

    [Fact]
    public void Create_RefusesAFileAndCreateInto_KeepsTheFolderOtherFiles()
    {
        using var temp = new TempFolder();
        var file = temp.File("results.json");
        File.WriteAllText(file, "{}");
        Assert.Contains("is a file, not a folder", Assert.Throws<InvalidDataException>(() => OutputDirectory.Create(file, Mark)).Message);
        Assert.Throws<InvalidDataException>(() => OutputDirectory.CreateInto(file));
        Assert.Equal("{}", File.ReadAllText(file));

        var folder = temp.File("study");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "sweep.csv"), "points");
        using (var output = OutputDirectory.CreateInto(folder))
        {
            File.WriteAllText(Path.Combine(output.Path, "indices.csv"), "new");
            output.CommitFiles();
        }
        Assert.Equal("points", File.ReadAllText(Path.Combine(folder, "sweep.csv")));
        Assert.Equal("new", File.ReadAllText(Path.Combine(folder, "indices.csv")));
    }

    [Fact]
    public void Create_RefusesAFolderAnotherRunIsWriting_NamingItsProcess_AndLeavesNoStagingOfItsOwn()
    {
        using var temp = new TempFolder();
        var final = temp.File("results");

        using (var first = OutputDirectory.Create(final, Mark))
        {
            var refused = Assert.Throws<FolderInUseException>(() => OutputDirectory.Create(final, Mark));

            Assert.Equal(first.Path, refused.Staging);
            Assert.Equal(Environment.ProcessId, refused.ProcessId);
            Assert.Equal($"another run is writing to '{final}' (process {Environment.ProcessId}, into '{first.Path}'); wait until it has finished, "
                + "or choose another folder", refused.Message);
            Assert.Equal([first.Path], Directory.GetDirectories(temp.Path));
            Assert.Empty(OutputDirectory.LeftOver(final)); // a live run's staging folder is not named as left by an interrupted one
            File.WriteAllText(Path.Combine(first.Path, "new.txt"), "new");
            File.WriteAllText(Path.Combine(first.Path, ManifestWriter.FileName), $"{{\"{Mark}\": \"x\", \"files\": [\"new.txt\", \"manifest.json\"]}}");
            first.Commit();
        }

        // The lock does not go with the results.
        Assert.Equal(["manifest.json", "new.txt"], Directory.GetFiles(final).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        using (OutputDirectory.Create(final, Mark))
        {
            // the first run is over: the folder is free again
        }
    }

    [Fact]
    public void AStagingFolderWhoseRunIsOver_IsNamedAsLeftOver_AndDoesNotStopARun()
    {
        using var temp = new TempFolder();
        var final = temp.File("results");
        // What a run killed outright leaves: its staging folder with a lock file nobody holds any more.
        var killed = final + ".partial-0123456789ab";
        Directory.CreateDirectory(killed);
        File.WriteAllText(Path.Combine(killed, ".regsim-99999.lock"), string.Empty);
        File.WriteAllText(Path.Combine(killed, "outcomes.csv"), "half");

        Assert.Equal([killed], OutputDirectory.LeftOver(final));
        using (var output = OutputDirectory.Create(final, Mark))
        {
            Assert.Equal([killed], OutputDirectory.LeftOver(final));
            output.Commit();
        }
        Assert.Equal([killed], OutputDirectory.LeftOver(final));
        Assert.Equal("half", File.ReadAllText(Path.Combine(killed, "outcomes.csv"))); // named, never deleted
    }

    [Fact]
    public void AvailableBytes_IsTheFreeSpaceOfTheStagingFoldersDisk()
    {
        using var temp = new TempFolder();
        using var output = OutputDirectory.Create(temp.File("results"), Mark);

        var free = output.AvailableBytes();

        Assert.NotNull(free);
        Assert.InRange(free.Value, 1, new DriveInfo(temp.Path).TotalSize);
    }

    // An earlier result: the given files and a manifest listing them, as every command with a manifest leaves.
    private static void EarlierResult(string folder, params string[] files)
    {
        Directory.CreateDirectory(folder);
        foreach (var file in files)
        {
            File.WriteAllText(Path.Combine(folder, file), "old");
        }
        var listed = string.Join(", ", files.Append(ManifestWriter.FileName).Select(f => $"\"{f}\""));
        File.WriteAllText(Path.Combine(folder, ManifestWriter.FileName), $"{{\"{Mark}\": \"x\", \"files\": [{listed}]}}");
    }
}
