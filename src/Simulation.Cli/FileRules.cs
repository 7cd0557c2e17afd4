using System.CommandLine;

namespace Simulation.Cli;

/// <summary>
/// A file named on the command line must exist before anything runs: a missing one (or a folder) is a bad argument (exit
/// code 1) with the same message in every command, naming the file and, for an option, the option it was given to.
/// </summary>
internal static class FileRules
{
    /// <summary>Makes <paramref name="argument"/>, when given, refuse a file that does not exist; <paramref name="kind"/>
    /// says what it is ("Scenario file").</summary>
    public static void MustExist<T>(Argument<T> argument, string kind) =>
        argument.Validators.Add(result =>
        {
            if (!IsBlank(result, kind))
            {
                Refuse(result.GetValueOrDefault<T>()?.ToString(), kind, null, result.AddError);
            }
        });

    /// <summary>Makes <paramref name="option"/> refuse a file that does not exist, its default included (a command run
    /// outside the repository's folder does not find <c>scenarios/baseline.json</c>).</summary>
    public static void MustExist<T>(Option<T> option, string kind) =>
        option.Validators.Add(result =>
        {
            // A subcommand runs instead (regsim bench class): its parent's options are not read, so their defaults not checked.
            var subcommand = result.Parent is System.CommandLine.Parsing.CommandResult parent
                && parent.Children.OfType<System.CommandLine.Parsing.CommandResult>().Any();
            if (!subcommand && !IsBlank(result, option.Name))
            {
                Refuse(result.GetValueOrDefault<T>()?.ToString(), kind, option.Name, result.AddError, result.Implicit);
            }
        });

    /// <summary>Makes <paramref name="option"/>, a file the command writes at the end, refuse a folder before any work starts
    /// (the measurements of <c>regsim bench</c> take minutes, and would be lost).</summary>
    public static void MustNotBeAFolder(Option<string?> option) =>
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } path && Directory.Exists(path))
            {
                result.AddError($"{option.Name} '{path}' is a folder; give it a file name, such as {Path.Combine(path, "bench.csv")}.");
            }
        });

    // A blank name is not read as a file at all (reading it would throw): refused by what was typed, naming what it was given as.
    private static bool IsBlank(System.CommandLine.Parsing.SymbolResult result, string givenAs)
    {
        if (result.Tokens.Count == 0 || !string.IsNullOrWhiteSpace(result.Tokens[^1].Value))
        {
            return false;
        }
        result.AddError($"{givenAs} needs a file name, not '{result.Tokens[^1].Value}'.");
        return true;
    }

    private static void Refuse(string? path, string kind, string? option, Action<string> error, bool byDefault = false)
    {
        if (path is null || File.Exists(path))
        {
            return;
        }
        if (option is null && path.StartsWith('-') && !Directory.Exists(path))
        {
            // An option the command does not have takes the argument's place: say so rather than look for such a file.
            error($"'{path}' is not an option of this command, and no {kind.ToLowerInvariant()} of that name exists.");
            return;
        }
        var problem = Directory.Exists(path) ? "is a folder, not a file" : "does not exist";
        error(option is null ? $"{kind} '{path}' {problem}."
            : byDefault ? $"{kind} '{path}' (the default of {option}, read from the folder regsim runs in) {problem} here; give {option}, or run from the repository's folder."
            : $"{kind} '{path}' given to {option} {problem}.");
    }
}
