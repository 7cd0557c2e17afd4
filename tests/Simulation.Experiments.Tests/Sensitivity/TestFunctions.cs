namespace Simulation.Experiments.Tests.Sensitivity;

/// <summary>Test functions with known sensitivity indices, taking points in the unit hypercube as the designs give them.</summary>
internal static class TestFunctions
{
    public const double IshigamiA = 7.0;
    public const double IshigamiB = 0.1;

    /// <summary>Ishigami and Homma (1990), inputs mapped from [0, 1] to [−π, π].</summary>
    public static double Ishigami(IReadOnlyList<double> unit)
    {
        var x1 = (-Math.PI) + (2 * Math.PI * unit[0]);
        var x2 = (-Math.PI) + (2 * Math.PI * unit[1]);
        var x3 = (-Math.PI) + (2 * Math.PI * unit[2]);
        return Math.Sin(x1) + (IshigamiA * Math.Sin(x2) * Math.Sin(x2)) + (IshigamiB * Math.Pow(x3, 4) * Math.Sin(x1));
    }

    /// <summary>Analytical first-order and total indices of <see cref="Ishigami"/> (Saltelli et al. 2008, §4.6).</summary>
    public static (double[] First, double[] Total) IshigamiIndices()
    {
        const double a = IshigamiA;
        const double b = IshigamiB;
        var pi4 = Math.Pow(Math.PI, 4);
        var pi8 = Math.Pow(Math.PI, 8);
        var v1 = 0.5 * Math.Pow(1 + (b * pi4 / 5), 2);
        var v2 = a * a / 8;
        var v13 = b * b * pi8 * ((1.0 / 18) - (1.0 / 50));
        var v = v1 + v2 + v13;
        return ([v1 / v, v2 / v, 0.0], [(v1 + v13) / v, v2 / v, v13 / v]);
    }

    /// <summary>Σ b_i x_i.</summary>
    public static double Linear(IReadOnlyList<double> unit, double[] coefficients)
    {
        var y = 0.0;
        for (var i = 0; i < coefficients.Length; i++)
        {
            y += coefficients[i] * unit[i];
        }
        return y;
    }
}
