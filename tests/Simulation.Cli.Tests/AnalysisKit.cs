using System.ComponentModel;
using System.Diagnostics;
using System.Text.Json;

namespace Simulation.Cli.Tests;

/// <summary>Runs the analysis kit's scripts, <c>analysis/python/regsim.py</c> or <c>analysis/R/regsim.R</c>, as a user
/// would from a shell, and finds out whether this machine can run them.</summary>
internal static class AnalysisKit
{
    public const string Python = "python";
    public const string R = "R";

    // The first Python that can import pandas: the one on PATH, else Debian's (python3-pandas installs only for it).
    private static readonly Lazy<string?> PythonWithPandas =
        new(() => new[] { "python3", "/usr/bin/python3" }.FirstOrDefault(p => Succeeds(p, "-c", "import pandas")));
    private static readonly Lazy<bool> Matplotlib = new(() => PythonWithPandas.Value is { } p && Succeeds(p, "-c", "import matplotlib"));
    private static readonly Lazy<bool> RWithJsonlite =
        new(() => Succeeds("Rscript", "-e", "quit(status = if (requireNamespace('jsonlite', quietly = TRUE)) 0 else 1)"));

    /// <summary>Skips the test, with the reason, when the kit's language or its library is absent.</summary>
    public static void SkipUnlessInstalled(string kit)
    {
        if (kit == Python)
        {
            Skip.If(PythonWithPandas.Value is null, "python3 with pandas is absent (Debian: python3-pandas; .ci/run installs it)");
        }
        else
        {
            Skip.IfNot(RWithJsonlite.Value, "Rscript with jsonlite is absent (Debian: r-base-core, r-cran-jsonlite; .ci/run installs them)");
        }
    }

    /// <summary>Skips the test, with the reason, when the kit cannot draw figures here.</summary>
    public static void SkipUnlessFiguresCanBeDrawn(string kit)
    {
        SkipUnlessInstalled(kit);
        if (kit == Python)
        {
            Skip.IfNot(Matplotlib.Value, "matplotlib is absent (Debian: python3-matplotlib; .ci/run installs it)");
        }
    }

    /// <summary>Runs the kit's script with <paramref name="args"/> from the repository root.</summary>
    public static (int ExitCode, string Out, string Error) Run(string kit, params string[] args)
    {
        var script = Path.Combine(Regsim.Root, "analysis", kit == Python ? "python/regsim.py" : "R/regsim.R");
        return Start(kit == Python ? PythonWithPandas.Value! : "Rscript", [script, .. args]);
    }

    /// <summary>Runs <paramref name="code"/> in the kit's language from the repository root, as a user's own script that
    /// loads the kit would, with <paramref name="args"/> as its arguments.</summary>
    public static (int ExitCode, string Out, string Error) Eval(string kit, string code, params string[] args) =>
        kit == Python ? Start(PythonWithPandas.Value!, ["-c", code, .. args]) : Start("Rscript", ["-e", code, .. args]);

    /// <summary>Runs the kit's script with <c>--json</c> on <paramref name="folder"/> and returns what it printed.</summary>
    public static JsonElement Json(string kit, string folder, params string[] args)
    {
        var (code, output, error) = Run(kit, [folder, "--json", .. args]);
        Assert.True(code == 0, $"the {kit} kit failed on {folder}: {error}");
        return JsonDocument.Parse(output).RootElement.Clone();
    }

    private static bool Succeeds(string program, params string[] args)
    {
        try
        {
            return Start(program, args).ExitCode == 0;
        }
        catch (Win32Exception)
        {
            return false; // the program is not installed
        }
    }

    /// <summary>Runs a copy of the kit's files (every <c>regsim*.py</c>, or <c>regsim*.R</c>) from <paramref name="folder"/>,
    /// with another working directory than the repository's: the kit finds its other files beside itself.</summary>
    public static (int ExitCode, string Out, string Error) RunCopy(string kit, string folder, string workingDirectory, params string[] args)
    {
        var (from, script) = kit == Python ? ("python", "regsim.py") : ("R", "regsim.R");
        foreach (var file in Directory.GetFiles(Path.Combine(Regsim.Root, "analysis", from), "regsim*" + Path.GetExtension(script)))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)), overwrite: true);
        }
        return Start(kit == Python ? PythonWithPandas.Value! : "Rscript", [Path.Combine(folder, script), .. args], workingDirectory);
    }

    /// <summary>The Python with pandas the tests run the kit with; null when there is none.</summary>
    public static string? PythonProgram => PythonWithPandas.Value;

    /// <summary>Runs <paramref name="program"/> with <paramref name="args"/> from the repository root.</summary>
    public static (int ExitCode, string Out, string Error) Start(string program, string[] args, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = workingDirectory ?? Regsim.Root, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', args)} did not finish in 3 minutes");
        }
        return (process.ExitCode, output.Result, error.Result);
    }
}
