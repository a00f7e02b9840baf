namespace Counterfactual.Results.Compare;

/// <summary>
/// The two-sample Kolmogorov-Smirnov test on binned data: D = max over bin edges of |F_A - F_B|, the two
/// empirical CDFs evaluated after each bin in order; the p-value from the asymptotic Kolmogorov
/// distribution with Stephens' small-sample correction, lambda = (sqrt(m) + 0.12 + 0.11 / sqrt(m)) D,
/// m = nA nB / (nA + nB). With ties (month bins), the test is conservative: p-values are too large,
/// never too small, so it does not inflate false positives.
/// </summary>
public static class BinnedKolmogorovSmirnov
{
    /// <summary>Tests two histograms over the same ordered bins (counts at equal positions belong to the same bin).</summary>
    /// <exception cref="ArgumentException">The lengths differ, a count is negative, or a side is empty.</exception>
    public static TestResult Compute(IReadOnlyList<long> countsA, IReadOnlyList<long> countsB)
    {
        ArgumentNullException.ThrowIfNull(countsA);
        ArgumentNullException.ThrowIfNull(countsB);
        if (countsA.Count != countsB.Count)
        {
            throw new ArgumentException("Both histograms need the same bins.", nameof(countsB));
        }

        long nA = 0, nB = 0;
        for (var i = 0; i < countsA.Count; i++)
        {
            if (countsA[i] < 0 || countsB[i] < 0)
            {
                throw new ArgumentException("Counts must be non-negative.", nameof(countsA));
            }

            nA += countsA[i];
            nB += countsB[i];
        }

        if (nA == 0 || nB == 0)
        {
            throw new ArgumentException("Both histograms need at least one value.", nameof(countsA));
        }

        long cumulativeA = 0, cumulativeB = 0;
        var d = 0.0;
        for (var i = 0; i < countsA.Count; i++)
        {
            cumulativeA += countsA[i];
            cumulativeB += countsB[i];
            d = Math.Max(d, Math.Abs(((double)cumulativeA / nA) - ((double)cumulativeB / nB)));
        }

        var m = (double)nA * nB / (nA + nB);
        var root = Math.Sqrt(m);
        return new TestResult(d, KolmogorovQ((root + 0.12 + (0.11 / root)) * d));
    }

    /// <summary>Q(lambda) = 2 sum_{k>=1} (-1)^(k-1) exp(-2 k² lambda²), the Kolmogorov survival function.</summary>
    public static double KolmogorovQ(double lambda)
    {
        // Below 0.2 the series converges slowly and Q is 1 to nine digits.
        if (lambda < 0.2)
        {
            return 1;
        }

        var sum = 0.0;
        var sign = 1.0;
        for (var k = 1; k <= 100; k++)
        {
            var term = sign * Math.Exp(-2.0 * k * k * lambda * lambda);
            sum += term;
            if (Math.Abs(term) < 1e-16 * Math.Max(sum, 1e-300))
            {
                break;
            }

            sign = -sign;
        }

        return Math.Clamp(2 * sum, 0, 1);
    }
}
