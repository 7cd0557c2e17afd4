namespace Simulation.Cli.Tests;

/// <summary>The Python kit run by a Python without pandas names that Python (not another one) and says how to install
/// pandas for it: pip for a Python of its own (pyenv, a virtual environment), the system's package for the system's.</summary>
public sealed class AnalysisKitPandasTests(AnalysisFolders folders) : IClassFixture<AnalysisFolders>
{
    private static readonly string Script = Path.Combine(Regsim.Root, "analysis", "python", "regsim.py");

    [SkippableFact]
    public void APythonOfItsOwnWithoutPandas_IsNamed_AndToldToInstallItWithItsOwnPip()
    {
        AnalysisKit.SkipUnlessInstalled(AnalysisKit.Python);
        // A virtual environment without the packages of the Python it was made from: a Python with no pandas, at a known place.
        var venv = Path.Combine(folders.Empty("python-without-pandas"), "venv");
        var made = AnalysisKit.Start(AnalysisKit.PythonProgram!, ["-m", "venv", "--without-pip", venv]);
        Skip.If(made.ExitCode != 0, $"this Python cannot make a virtual environment: {made.Error}");
        var python = Path.Combine(venv, OperatingSystem.IsWindows() ? @"Scripts\python.exe" : "bin/python");

        var (code, output, error) = AnalysisKit.Start(python, [Script, folders.Run]);

        Assert.NotEqual(0, code);
        Assert.Equal("", output);
        Assert.Contains($"the Python running this kit, {python}, has no pandas; install it for that Python with {python} -m pip install pandas", error);
        Assert.DoesNotContain("for /usr/bin/python3", error);
        Assert.DoesNotContain("Traceback", error);
    }

    [SkippableFact]
    public void TheSystemsPythonWithoutPandas_IsNamed_AndToldToInstallTheSystemsPackage()
    {
        AnalysisKit.SkipUnlessInstalled(AnalysisKit.Python);
        const string System = "/usr/bin/python3";
        // -S: without the site packages, where the system's pandas is (python3-pandas).
        Skip.IfNot(File.Exists(System) && AnalysisKit.Start(System, ["-S", "-c", "import sys; print(sys.prefix)"]).Out.Trim() == "/usr",
            $"{System} is not a system Python installed under /usr");

        var (code, output, error) = AnalysisKit.Start(System, ["-S", Script, folders.Run]);

        Assert.NotEqual(0, code);
        Assert.Equal("", output);
        Assert.Contains($"the Python running this kit, {System}, has no pandas; it is the system's Python: apt-get install python3-pandas", error);
        Assert.DoesNotContain("pip install", error);
    }
}
