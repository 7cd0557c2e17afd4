namespace Simulation.Output;

/// <summary>
/// Whether two folders' results were computed by the same code, so that they may be resumed or merged together: by git's hash
/// of the code (the manifests' <c>codeTree</c>) where both recorded one, which a commit of documents alone leaves as it was;
/// otherwise by the commit the tool was built from (<c>sourceRevision</c>), as folders written before the hash was recorded.
/// </summary>
public static class BuildIdentity
{
    /// <summary>Why results written by the build <paramref name="theirRevision"/> / <paramref name="theirTree"/> do not go with
    /// this build's, or null when they do.</summary>
    public static string? Difference(string? theirRevision, string? theirTree, string? myRevision, string? myTree) =>
        theirTree is not null && myTree is not null
            ? theirTree == myTree ? null
                : $"it was written by regsim built from other code (code tree {theirTree[..Math.Min(12, theirTree.Length)]}…, source {theirRevision ?? "not recorded"}), "
                    + $"not {myTree[..Math.Min(12, myTree.Length)]}… (source {myRevision ?? "not recorded"}): a commit that changes src/, the build settings or the schemas counts"
        : theirRevision != myRevision ? $"it was written by regsim built from source {theirRevision ?? "not recorded"}, not {myRevision ?? "not recorded"}"
        : null;
}
