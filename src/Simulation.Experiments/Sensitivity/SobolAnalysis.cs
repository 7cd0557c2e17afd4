namespace Simulation.Experiments.Sensitivity;

/// <summary>First-order and total Sobol indices from a <see cref="SaltelliDesign"/>: the variance decomposition that
/// says how much of the output's spread each factor causes, alone and through interactions.</summary>
public static class SobolAnalysis
{
    /// <summary>
    /// Returns one <see cref="SobolIndex"/> per factor, in factor order, with
    /// S_i = (1/N) Σ_j f(B)_j (f(A_B^(i))_j − f(A)_j) / V (Saltelli et al. 2010, Table 2 (b)) and
    /// S_Ti = (1/2N) Σ_j (f(A)_j − f(A_B^(i))_j)² / V (Jansen 1999), where V is the population variance of the 2N
    /// outputs of A and B. The intervals are bootstrap percentile intervals that resample the N sample rows j with
    /// replacement, together across A, B and every A_B^(i), and recompute V in each resample (a resample in which A and
    /// B do not vary is left out). An output that is the same at every point of A and B (a win probability of 0 over the
    /// whole design, say) has no variance to share out: its indices and intervals are all NaN, undefined rather than zero.
    /// So are a factor's when the design never varies it (its column the same in A and B on every row, which a Sobol
    /// sequence gives for some factors when N is small against k): A_B^(i) is then A, and the zeros the estimators
    /// would give say nothing about the factor.
    /// </summary>
    /// <param name="design">The design whose points were evaluated.</param>
    /// <param name="outputs">Model output at each of <paramref name="design"/>'s points, in the same order; finite numbers.</param>
    /// <param name="bootstrapResamples">Bootstrap resamples (≥ 0; 0 leaves the intervals NaN; 1,000 is usual).</param>
    /// <param name="seed">Seed of the bootstrap; resample b draws from the stream (seed, b).</param>
    /// <param name="confidence">Coverage of the intervals, strictly between 0 and 1 (default 0.95).</param>
    /// <exception cref="ArgumentException">When the outputs do not match the design or are not finite.</exception>
    public static IReadOnlyList<SobolIndex> Analyse(SaltelliDesign design, IReadOnlyList<double> outputs, int bootstrapResamples,
        ulong seed, double confidence = 0.95)
    {
        ArgumentNullException.ThrowIfNull(design);
        ArgumentNullException.ThrowIfNull(outputs);
        BootstrapPercentile.Validate(bootstrapResamples, confidence);
        if (outputs.Count != design.Points.Count)
        {
            throw new ArgumentException($"The design has {design.Points.Count} points but {outputs.Count} outputs were given.", nameof(outputs));
        }
        for (var r = 0; r < outputs.Count; r++)
        {
            if (!double.IsFinite(outputs[r]))
            {
                throw new InputConflictException($"Output at point {r} is not a finite number.");
            }
        }
        var n = design.BaseSamples;
        var k = design.Factors;
        var rows = new int[n];
        for (var j = 0; j < n; j++)
        {
            rows[j] = j;
        }
        var first = new double[k];
        var total = new double[k];
        if (!Estimate(design, outputs, rows, first, total))
        {
            return [.. Enumerable.Range(0, k).Select(i => new SobolIndex(i, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN))];
        }
        var firstDraws = new double[k][];
        var totalDraws = new double[k][];
        for (var i = 0; i < k; i++)
        {
            firstDraws[i] = new double[bootstrapResamples];
            totalDraws[i] = new double[bootstrapResamples];
        }
        var s1 = new double[k];
        var st = new double[k];
        var usable = 0;
        for (var b = 0; b < bootstrapResamples; b++)
        {
            BootstrapPercentile.Draw(rows, n, seed, b);
            // A resample whose A and B outputs happen not to vary defines no index; it is left out of the interval.
            if (!Estimate(design, outputs, rows, s1, st))
            {
                continue;
            }
            for (var i = 0; i < k; i++)
            {
                firstDraws[i][usable] = s1[i];
                totalDraws[i][usable] = st[i];
            }
            usable++;
        }
        var indices = new List<SobolIndex>(k);
        for (var i = 0; i < k; i++)
        {
            if (!Varies(design, i))
            {
                indices.Add(new SobolIndex(i, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN));
                continue;
            }
            var (firstLow, firstHigh) = BootstrapPercentile.Interval(firstDraws[i][..usable], confidence);
            var (totalLow, totalHigh) = BootstrapPercentile.Interval(totalDraws[i][..usable], confidence);
            indices.Add(new SobolIndex(i, first[i], firstLow, firstHigh, total[i], totalLow, totalHigh));
        }
        return indices;
    }

    /// <summary>Returns whether <paramref name="design"/> varies factor <paramref name="factor"/> between A and B on some
    /// row, so that its indices are defined.</summary>
    public static bool Varies(SaltelliDesign design, int factor)
    {
        ArgumentNullException.ThrowIfNull(design);
        for (var j = 0; j < design.BaseSamples; j++)
        {
            if (design.Points[design.RowOfA(j)][factor] != design.Points[design.RowOfB(j)][factor])
            {
                return true;
            }
        }
        return false;
    }

    // Estimates every factor's indices from the sample rows listed (with repeats, in a bootstrap resample); returns
    // false when the outputs of A and B on those rows have no variance. Each block of Points is contiguous, so row j of
    // a block is its first row plus j.
    private static bool Estimate(SaltelliDesign design, IReadOnlyList<double> y, int[] rows, double[] first, double[] total)
    {
        var aStart = design.RowOfA(0);
        var bStart = design.RowOfB(0);
        var mean = 0.0;
        var varies = false;
        var some = y[aStart + rows[0]];
        foreach (var j in rows)
        {
            mean += y[aStart + j] + y[bStart + j];
            varies |= y[aStart + j] != some || y[bStart + j] != some;
        }
        mean /= 2.0 * rows.Length;
        var variance = 0.0;
        foreach (var j in rows)
        {
            var a = y[aStart + j] - mean;
            var b = y[bStart + j] - mean;
            variance += (a * a) + (b * b);
        }
        variance /= 2.0 * rows.Length;
        // Outputs all the same give no variance; their mean, rounded, need not equal them (0.2 summed 32 times), so the
        // variance computed from it is tested only once they are known to differ.
        if (!varies || !(variance > 0))
        {
            return false;
        }
        for (var i = 0; i < design.Factors; i++)
        {
            var abStart = design.RowOfAB(i, 0);
            var firstSum = 0.0;
            var totalSum = 0.0;
            foreach (var j in rows)
            {
                var fA = y[aStart + j];
                var fB = y[bStart + j];
                var fAB = y[abStart + j];
                // Centred: uncentred, the estimator's error grows with the output's mean over its spread (a Gini of
                // 0.17 ± 0.003 gave first-order indices of -2.4); its expectation is the same, since E[fAB − fA] = 0.
                firstSum += (fB - mean) * (fAB - fA);
                totalSum += (fA - fAB) * (fA - fAB);
            }
            first[i] = firstSum / rows.Length / variance;
            total[i] = totalSum / (2.0 * rows.Length) / variance;
        }
        return true;
    }
}
