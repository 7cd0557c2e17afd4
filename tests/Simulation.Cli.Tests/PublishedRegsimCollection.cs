namespace Simulation.Cli.Tests;

/// <summary>The tests that share one <see cref="PublishedRegsim"/>; they run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class PublishedRegsimCollection : ICollectionFixture<PublishedRegsim>
{
    public const string Name = "published regsim";
}
