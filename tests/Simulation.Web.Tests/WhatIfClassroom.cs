namespace Simulation.Web.Tests;

/// <summary>A classroom server of its own over a folder holding the baseline and one what-if extending it
/// (<c>whatif.json</c>), for page tests that need a second scenario to choose; deletes the folder when disposed.</summary>
internal sealed class WhatIfClassroom : IAsyncDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "regsim-whatif-" + Guid.NewGuid().ToString("N"));
    private Microsoft.AspNetCore.Builder.WebApplication? _app;

    /// <summary>Where the server listens.</summary>
    public Uri Address { get; private set; } = null!;

    /// <summary>Writes the folder with <paramref name="whatIf"/> as <c>whatif.json</c> and starts the server on it.</summary>
    public static async Task<WhatIfClassroom> StartAsync(string whatIf)
    {
        var classroom = new WhatIfClassroom();
        Directory.CreateDirectory(classroom._folder);
        File.Copy(Path.Combine(ClassroomServerFixture.ScenariosFolder(), "baseline.json"), Path.Combine(classroom._folder, "baseline.json"));
        File.Copy(Path.Combine(ClassroomServerFixture.ScenariosFolder(), "scenario.schema.json"), Path.Combine(classroom._folder, "scenario.schema.json"));
        File.WriteAllText(Path.Combine(classroom._folder, "whatif.json"), whatIf);
        (classroom._app, classroom.Address) = await ClassroomServerFixture.StartAsync(new ClassroomOptions([], classroom._folder));
        return classroom;
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
        Directory.Delete(_folder, recursive: true);
    }
}
