using System.Runtime.Intrinsics;
using BenchmarkDotNet.Attributes;
using Simulation.Core.Numerics;
using Simulation.Core.Randomness;

namespace Simulation.Benchmarks;

/// <summary>
/// The operations a replication is made of, one at a time over 1,024 inputs: a draw from the replication's stream, a
/// Gaussian draw, an exponential and a logarithm. A replication of the baseline does a few thousand of each, so these
/// costs give the least time any scalar implementation of the model can take (README, speed section); the same
/// exponentials and logarithms eight at a time in vector registers give what an implementation running eight
/// replications in lockstep could hope for.
/// </summary>
public class DrawBenchmarks
{
    private const int Count = 1024;
    private readonly double[] _inputs = new double[Count];
    private RandomStream _random;

    /// <summary>Inputs spread over the range the model's exponentials and logarithms see.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _random = RandomStream.ForReplication(1, 0);
        for (var i = 0; i < Count; i++)
        {
            _inputs[i] = 0.01 + (6.0 * _random.NextDouble());
        }
    }

    /// <summary>1,024 uniform draws.</summary>
    [Benchmark(OperationsPerInvoke = Count)]
    public double Uniform()
    {
        var sum = 0.0;
        for (var i = 0; i < Count; i++)
        {
            sum += _random.NextDouble();
        }
        return sum;
    }

    /// <summary>1,024 standard normal draws (ziggurat).</summary>
    [Benchmark(OperationsPerInvoke = Count)]
    public double Gaussian()
    {
        var sum = 0.0;
        for (var i = 0; i < Count; i++)
        {
            sum += _random.NextGaussian();
        }
        return sum;
    }

    /// <summary>1,024 exponentials, each independent of the last.</summary>
    [Benchmark(OperationsPerInvoke = Count)]
    public double Exp()
    {
        var sum = 0.0;
        foreach (var x in _inputs)
        {
            sum += Math.Exp(-x);
        }
        return sum;
    }

    /// <summary>1,024 exponentials, eight at a time (Vector512.Exp, whose results may differ from Math.Exp's in the last bit).</summary>
    [Benchmark(OperationsPerInvoke = Count)]
    public double ExpEightAtATime()
    {
        var sum = Vector512<double>.Zero;
        for (var i = 0; i < Count; i += Vector512<double>.Count)
        {
            sum += Vector512.Exp(-Vector512.Create(_inputs.AsSpan(i, Vector512<double>.Count)));
        }
        return Vector512.Sum(sum);
    }

    /// <summary>1,024 exponentials, four at a time by <see cref="LaneMath"/> (the lanes of a batch of best responses).</summary>
    [Benchmark(OperationsPerInvoke = Count)]
    public double LaneExpFourAtATime()
    {
        var sum = Vector256<double>.Zero;
        for (var i = 0; i < Count; i += Vector256<double>.Count)
        {
            sum += LaneMath.Exp(-Vector256.Create(_inputs.AsSpan(i, Vector256<double>.Count)));
        }
        return Vector256.Sum(sum);
    }

    /// <summary>1,024 exponentials each of which needs the last (four at a time by <see cref="LaneMath"/>, per value): the
    /// latency a chain of dependent operations within one replication waits for.</summary>
    [Benchmark(OperationsPerInvoke = Count)]
    public double LaneExpChained()
    {
        var last = Vector256<double>.Zero;
        for (var i = 0; i < Count; i += Vector256<double>.Count)
        {
            last = LaneMath.Exp(-Vector256.Create(_inputs.AsSpan(i, Vector256<double>.Count)) - (Vector256.Create(1e-3) * last));
        }
        return Vector256.Sum(last);
    }

    /// <summary>1,024 exponentials each of which needs the last, one at a time (Math.Exp).</summary>
    [Benchmark(OperationsPerInvoke = Count)]
    public double ExpChained()
    {
        var last = 0.0;
        foreach (var x in _inputs)
        {
            last = Math.Exp(-x - (1e-3 * last));
        }
        return last;
    }

    /// <summary>1,024 logarithms, eight at a time.</summary>
    [Benchmark(OperationsPerInvoke = Count)]
    public double LogEightAtATime()
    {
        var sum = Vector512<double>.Zero;
        for (var i = 0; i < Count; i += Vector512<double>.Count)
        {
            sum += Vector512.Log(Vector512.Create(_inputs.AsSpan(i, Vector512<double>.Count)));
        }
        return Vector512.Sum(sum);
    }

    /// <summary>1,024 logarithms, each independent of the last.</summary>
    [Benchmark(OperationsPerInvoke = Count)]
    public double Log()
    {
        var sum = 0.0;
        foreach (var x in _inputs)
        {
            sum += Math.Log(x);
        }
        return sum;
    }
}
