using Simulation.Core.Programmes;

namespace Simulation.Core.Tests.Programmes;

public class DeliveryQueueTests
{
    private readonly struct Recorder(List<(int Programme, int Region, int Category, double Value)> log) : IDeliveryTarget
    {
        public void Deliver(int programme, int region, int category, double value) => log.Add((programme, region, category, value));
    }

    [Fact]
    public void TakeDue_DeliversWhatIsDueInTheOrderItWasMade_AndKeepsTheRest()
    {
        var queue = new DeliveryQueue(4);
        queue.Add(2002, 0, 1, -1, 10);
        queue.Add(2001, 1, 2, 0, 20);
        queue.Add(2003, 0, 3, 1, 30);
        queue.Add(2001, 0, 0, -1, 40);
        var log = new List<(int, int, int, double)>();
        var recorder = new Recorder(log);

        queue.TakeDue(2002, ref recorder);

        Assert.Equal([(0, 1, -1, 10.0), (1, 2, 0, 20.0), (0, 0, -1, 40.0)], log);
        Assert.Equal(1, queue.Count);
        log.Clear();
        queue.TakeDue(2003, ref recorder);
        Assert.Equal([(0, 3, 1, 30.0)], log);
    }

    [Fact]
    public void PendingOf_CountsOneProgrammesDeliveries()
    {
        var queue = new DeliveryQueue(3);
        queue.Add(2003, 0, 0, -1, 1);
        queue.Add(2004, 1, 0, -1, 1);
        queue.Add(2005, 1, 1, -1, 1);

        Assert.Equal(1, queue.PendingOf(0));
        Assert.Equal(2, queue.PendingOf(1));
        Assert.Equal(0, queue.PendingOf(2));
    }

    [Fact]
    public void AFullQueue_RefusesAnotherDelivery()
    {
        var queue = new DeliveryQueue(1);
        queue.Add(2003, 0, 0, -1, 1);

        var full = Assert.Throws<InvalidOperationException>(() => queue.Add(2004, 0, 0, -1, 1));
        Assert.Contains("full", full.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CopyTo_GivesAQueueThatDeliversTheSame()
    {
        var queue = new DeliveryQueue(3);
        queue.Add(2003, 1, 2, 0, 7.5);
        queue.Add(2004, 0, 1, 1, 2.5);
        var copy = queue.CloneEmpty();
        copy.Add(2000, 5, 5, 5, 5);

        queue.CopyTo(copy);

        var log = new List<(int, int, int, double)>();
        var recorder = new Recorder(log);
        copy.TakeDue(2004, ref recorder);
        Assert.Equal([(1, 2, 0, 7.5), (0, 1, 1, 2.5)], log);
        Assert.Equal(2, queue.Count);
    }
}
