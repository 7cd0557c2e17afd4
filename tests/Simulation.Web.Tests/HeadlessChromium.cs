using Microsoft.Playwright;

namespace Simulation.Web.Tests;

/// <summary>The real headless Chromium the page tests drive: a test is skipped where it is not installed, and every test
/// launches it the same way.</summary>
internal static class HeadlessChromium
{
    /// <summary>Where Debian's <c>chromium</c> package puts it.</summary>
    public const string Executable = "/usr/bin/chromium";

    /// <summary>Skips the calling test when Chromium is absent.</summary>
    public static void SkipUnlessInstalled() =>
        Skip.IfNot(File.Exists(Executable), $"{Executable} is absent (Debian: apt-get install -y chromium)");

    /// <summary>Launches it headless, without the sandbox a root user cannot have.</summary>
    public static async Task<IBrowser> LaunchAsync(IPlaywright playwright) => await playwright.Chromium.LaunchAsync(new()
    {
        ExecutablePath = Executable,
        Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
    });
}
