using System.Text;
using System.Text.RegularExpressions;

namespace Simulation.Experiments.Tests.Docs;

/// <summary>Every relative link in the README and in docs/ leads somewhere: a file that exists and, for a link into a
/// Markdown file, a heading it has (GitHub's anchor for it). Moving a section or renaming a heading breaks readers' links
/// silently otherwise.</summary>
public sealed partial class DocumentLinkTests
{
    [Fact]
    public void EveryRelativeLink_LeadsToAFileAndHeadingThatExist()
    {
        var broken = new List<string>();
        foreach (var document in Documents())
        {
            var text = File.ReadAllText(document);
            foreach (Match link in LinkTarget().Matches(text))
            {
                var target = link.Groups[1].Value;
                if (Scheme().IsMatch(target))
                {
                    continue; // a web address
                }
                var hash = target.IndexOf('#', StringComparison.Ordinal);
                var (path, anchor) = hash < 0 ? (target, "") : (target[..hash], target[(hash + 1)..]);
                var file = path.Length == 0 ? document : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(document)!, path));
                var name = Path.GetRelativePath(Repository.Root, document);
                if (!File.Exists(file) && !Directory.Exists(file))
                {
                    broken.Add($"{name}: ({target}) names a file that does not exist");
                }
                else if (anchor.Length > 0 && file.EndsWith(".md", StringComparison.Ordinal) && !Anchors(file).Contains(anchor))
                {
                    broken.Add($"{name}: ({target}) names a heading {Path.GetFileName(file)} does not have");
                }
            }
        }
        Assert.True(broken.Count == 0, "Broken links:\n" + string.Join("\n", broken));
    }

    [Theory]
    [InlineData("Speed: `regsim bench` and the benchmarks", "speed-regsim-bench-and-the-benchmarks")]
    [InlineData("Batch jobs on a cluster: `--shard`, `regsim merge`, `regsim slurm`", "batch-jobs-on-a-cluster---shard-regsim-merge-regsim-slurm")]
    [InlineData("Where the time goes", "where-the-time-goes")]
    public void Anchor_IsGitHubsSlugOfTheHeading(string heading, string anchor) => Assert.Equal(anchor, Slug(heading));

    private static IEnumerable<string> Documents() =>
        new[] { Path.Combine(Repository.Root, "README.md") }
            .Concat(Directory.EnumerateFiles(Path.Combine(Repository.Root, "docs"), "*.md", SearchOption.AllDirectories));

    // The anchors of a Markdown file's headings, outside fenced code.
    private static HashSet<string> Anchors(string file)
    {
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        var fenced = false;
        foreach (var line in File.ReadLines(file))
        {
            if (line.StartsWith("```", StringComparison.Ordinal))
            {
                fenced = !fenced;
            }
            else if (!fenced && Heading().Match(line) is { Success: true } heading)
            {
                anchors.Add(Slug(heading.Groups[1].Value));
            }
        }
        return anchors;
    }

    // GitHub's anchor for a heading: lower case, punctuation other than hyphens and underscores dropped, spaces made hyphens.
    private static string Slug(string heading)
    {
        var slug = new StringBuilder();
        foreach (var c in heading.Trim().ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c) || c is '-' or '_')
            {
                slug.Append(c);
            }
            else if (c == ' ')
            {
                slug.Append('-');
            }
        }
        return slug.ToString();
    }

    [GeneratedRegex(@"\]\(([^)\s]+)\)")]
    private static partial Regex LinkTarget();

    [GeneratedRegex(@"^[a-z][a-z0-9+.-]*:", RegexOptions.IgnoreCase)]
    private static partial Regex Scheme();

    [GeneratedRegex(@"^#{1,6} (.+)$")]
    private static partial Regex Heading();
}
