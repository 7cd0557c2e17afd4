using Simulation.Output.Validation;

namespace Simulation.Output.Tests.Validation;

public class MarkdownSectionTests
{
    [Fact]
    public void Replace_SwapsOnlyTheBlock_AndKeepsTheProseAroundIt()
    {
        var text = $"# Title\n\nIntro.\n\n{MarkdownSection.Begin("validate")}\nold numbers\n{MarkdownSection.End("validate")}\n\nAfterword.\n";

        var replaced = MarkdownSection.Replace(text, "validate", "new numbers\n", "# ignored");

        Assert.Equal($"# Title\n\nIntro.\n\n{MarkdownSection.Begin("validate")}\nnew numbers\n{MarkdownSection.End("validate")}\n\nAfterword.\n", replaced);
        Assert.Equal(replaced, MarkdownSection.Replace(replaced, "validate", "new numbers", "# ignored"));
    }

    [Fact]
    public void Replace_LeavesOtherBlocksAlone()
    {
        var text = $"{MarkdownSection.Begin("calibrate")}\nposterior\n{MarkdownSection.End("calibrate")}\n";

        var replaced = MarkdownSection.Replace(text, "validate", "checks", "# t");

        Assert.StartsWith(text.TrimEnd('\n'), replaced);
        Assert.EndsWith($"{MarkdownSection.Begin("validate")}\nchecks\n{MarkdownSection.End("validate")}\n", replaced);
    }

    [Fact]
    public void Write_CreatesTheFileWithATitle_WhenThereIsNone()
    {
        using var folder = new TempFolder();
        var path = folder.File("docs/V.md");

        MarkdownSection.Write(path, "validate", "checks", "# Report");

        Assert.Equal($"# Report\n\n{MarkdownSection.Begin("validate")}\nchecks\n{MarkdownSection.End("validate")}\n", File.ReadAllText(path));
    }

    [Fact]
    public void RefuseUnwritable_RefusesAMissingFolder_NamingIt_AndCreatesNothing()
    {
        using var folder = new TempFolder();
        var typo = folder.File("doc");
        var path = Path.Combine(typo, "VALIDATION.md");

        var refused = Assert.Throws<InvalidDataException>(() => MarkdownSection.RefuseUnwritable(path, "validate"));

        Assert.Equal($"cannot write the Markdown file '{path}': its folder '{typo}' does not exist; create it first, or correct the path", refused.Message);
        Assert.False(Directory.Exists(typo));
    }

    [Theory]
    [InlineData("x.md")]
    [InlineData("sub/x.md")]
    public void RefuseUnwritable_RefusesAFolderThatIsAFile_NamingTheFile(string under)
    {
        using var folder = new TempFolder();
        var file = folder.File("afile");
        File.WriteAllText(file, "mine");
        var path = Path.Combine(file, under);

        var refused = Assert.Throws<InvalidDataException>(() => MarkdownSection.RefuseUnwritable(path, "validate"));

        Assert.Equal($"cannot write the Markdown file '{path}': '{file}' is a file, not a folder", refused.Message);
        Assert.Equal("mine", File.ReadAllText(file));
    }

    [Fact]
    public void RefuseUnwritable_RefusesAFolder_AndTakesAMissingFileInAFolderThatExists()
    {
        using var folder = new TempFolder();

        Assert.Contains("is a folder, not a file", Assert.Throws<InvalidDataException>(() => MarkdownSection.RefuseUnwritable(folder.Path, "validate")).Message);
        MarkdownSection.RefuseUnwritable(folder.File("V.md"), "validate");
        MarkdownSection.RefuseUnwritable("V.md", "validate"); // in the folder the command runs in
        Assert.False(File.Exists(folder.File("V.md")));
    }

    [Fact]
    public void ABeginMarkerWithoutItsEnd_IsRefused_AndTheFileKept()
    {
        using var folder = new TempFolder();
        var path = folder.File("notes.md");
        var mine = $"# Notes\nA\n{MarkdownSection.Begin("validate")}\nold\nMY OWN TEXT\n";
        File.WriteAllText(path, mine);

        var early = Assert.Throws<InvalidDataException>(() => MarkdownSection.RefuseUnwritable(path, "validate"));
        var late = Assert.Throws<InvalidDataException>(() => MarkdownSection.Write(path, "validate", "checks", "# t"));

        Assert.Equal($"'{path}' has the begin marker of the generated block 'validate' on line 3 but no end marker ('<!-- validate:end -->' on a line of its own) "
            + "after it, so a refresh would replace every line after it; add the end marker where the block ends", early.Message);
        Assert.Equal(early.Message, late.Message);
        Assert.Equal(mine, File.ReadAllText(path));
    }

    [Theory]
    [InlineData("begin")]
    [InlineData("end")]
    public void AMarkerTwice_IsRefused_NamingItsLines(string twice)
    {
        var block = $"{MarkdownSection.Begin("validate")}\nx\n{MarkdownSection.End("validate")}\n";
        var extra = twice == "begin" ? MarkdownSection.Begin("validate") : MarkdownSection.End("validate");
        var text = $"# T\n{block}prose\n{extra}\n";

        var refused = Assert.Throws<InvalidDataException>(() => MarkdownSection.Replace(text, "validate", "y", "# t", "'V.md'"));

        Assert.StartsWith($"'V.md' has the {twice} marker of the generated block 'validate' more than once (lines {(twice == "begin" ? "2, 6" : "4, 6")})", refused.Message);
    }

    [Fact]
    public void AnEndMarkerWithoutItsBegin_IsRefused()
    {
        var text = $"# T\nprose\n{MarkdownSection.End("validate")}\n";

        var refused = Assert.Throws<InvalidDataException>(() => MarkdownSection.Replace(text, "validate", "y", "# t", "'V.md'"));

        Assert.StartsWith("'V.md' has the end marker of the generated block 'validate' on line 3 but no begin marker", refused.Message);
    }

    [Fact]
    public void AMarkerQuotedInProse_IsText_NotTheBlocksEdge()
    {
        var prose = "The block between `<!-- validate:begin -->` and `<!-- validate:end -->` is generated.\n\nMy paragraph.\n\n";
        var text = $"{prose}{MarkdownSection.Begin("validate")}\nold\n{MarkdownSection.End("validate")}\n";

        var replaced = MarkdownSection.Replace(text, "validate", "new", "# t");

        Assert.Equal($"{prose}{MarkdownSection.Begin("validate")}\nnew\n{MarkdownSection.End("validate")}\n", replaced);
    }

    [Theory]
    [InlineData("baseline.json")]
    [InlineData("summary.csv")]
    [InlineData("notes")]
    public void AFileThatIsNotMarkdown_IsRefused_AndKept(string name)
    {
        using var folder = new TempFolder();
        var path = folder.File(name);
        File.WriteAllText(path, "{}");

        var refused = Assert.Throws<InvalidDataException>(() => MarkdownSection.RefuseUnwritable(path, "validate"));

        Assert.Equal($"the Markdown file '{path}' does not end in .md: the command writes a Markdown block into it, which would spoil a file of another kind "
            + "(a scenario, a table); give a .md file", refused.Message);
        Assert.Equal("{}", File.ReadAllText(path));
        MarkdownSection.RefuseUnwritable(folder.File("NOTES.MD"), "validate");
        MarkdownSection.RefuseUnwritable(folder.File("notes.markdown"), "validate");
    }
}
