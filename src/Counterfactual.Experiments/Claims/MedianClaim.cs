using Counterfactual.Experiments.Aggregation;
using Counterfactual.Experiments.Batches;
using Counterfactual.Experiments.Statistics;
using MathNet.Numerics.Distributions;

namespace Counterfactual.Experiments.Claims;

/// <summary>
/// Median month claims on paired worlds. The estimand is the median of the per-world paired difference
/// D = mean over pairs of (B's month - A's month), over worlds where the event happened in every run of the
/// pairs (not the difference of the two medians, which pairing cannot sharpen). The accumulator keeps D in an
/// exact integer histogram, so the estimate is streaming and mergeable. The interval is the distribution-free
/// order-statistic interval of a median (ranks n/2 -/+ z sqrt(n)/2, the normal reading of the binomial), and
/// the p-value is the exact sign test against the margin (ties with the threshold dropped). estimate_a and
/// estimate_b are the medians of A's and B's months over the same worlds.
/// </summary>
internal static class MedianClaim
{
    public static ClaimEstimate Estimate(ClaimSpec claim, ClaimAccumulator acc)
    {
        var confidence = ClaimMath.Confidence(claim.Test, claim.Alpha);
        var z = Normal.InvCDF(0, 1, 0.5 + (confidence / 2));
        double pairs = claim.Pairs.Count;
        var n = acc.N;
        if (n == 0)
        {
            return new ClaimEstimate(double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, 0, double.PositiveInfinity);
        }

        var differences = Sorted(acc.Differences);
        var (median, low, high) = Median(differences, n, z);
        var (a, _, _) = Median(Sorted(acc.ValuesA), n, z);
        var (b, _, _) = Median(Sorted(acc.ValuesB), n, z);
        var se = (high - low) / pairs / (2 * z);
        var p = SignTest(claim, differences, pairs);
        return new ClaimEstimate(a / pairs, b / pairs, median / pairs, low / pairs, high / pairs, se, se * Math.Sqrt(n), n, double.PositiveInfinity, p);
    }

    /// <summary>Median (mid-point of the two middle ranks) and the order-statistic interval at the given z.</summary>
    internal static (double Median, double Low, double High) Median(KeyValuePair<long, long>[] counts, long n, double z)
    {
        var half = z * Math.Sqrt(n) / 2;
        var lowRank = (long)Math.Clamp(Math.Floor((n / 2.0) - half), 1, n);
        var highRank = (long)Math.Clamp(Math.Ceiling(1 + (n / 2.0) + half), 1, n);
        var median = (At(counts, (n + 1) / 2) + At(counts, (n + 2) / 2)) / 2.0;
        return (median, At(counts, lowRank), At(counts, highRank));
    }

    /// <summary>
    /// Sign test of the median of D/pairs: one-sided P(Bin(m, 1/2) &gt;= k) where m counts worlds off the
    /// threshold and k those on the claimed side; TOST takes the larger of its two one-sided p-values.
    /// </summary>
    private static double SignTest(ClaimSpec claim, KeyValuePair<long, long>[] counts, double pairs)
    {
        double Greater(double threshold) => OneSided(counts, threshold * pairs, above: true);
        double Less(double threshold) => OneSided(counts, threshold * pairs, above: false);
        return claim.Test switch
        {
            ClaimTest.Equivalence => Math.Max(Greater(-claim.Margin), Less(claim.Margin)),
            ClaimTest.Superiority when claim.Expect == ClaimDirection.Less => Less(-claim.Margin),
            ClaimTest.Superiority => Greater(claim.Margin),
            _ => Math.Min(1, 2 * Math.Min(Greater(0), Less(0))),
        };
    }

    private static double OneSided(KeyValuePair<long, long>[] counts, double threshold, bool above)
    {
        long up = 0, down = 0;
        foreach (var (d, c) in counts)
        {
            if (d > threshold)
            {
                up += c;
            }
            else if (d < threshold)
            {
                down += c;
            }
        }

        var m = up + down;
        var k = above ? up : down;
        if (m == 0)
        {
            return 1;
        }

        // P(X >= k) for X ~ Bin(m, 1/2).
        return k == 0 ? 1 : Math.Clamp(1 - Binomial.CDF(0.5, (int)Math.Min(m, int.MaxValue), k - 1), 0, 1);
    }

    private static KeyValuePair<long, long>[] Sorted(IReadOnlyDictionary<long, long> counts) => [.. counts.OrderBy(kv => kv.Key)];

    /// <summary>The value at 1-based rank <paramref name="rank"/>.</summary>
    private static long At(KeyValuePair<long, long>[] counts, long rank)
    {
        long seen = 0;
        foreach (var (value, count) in counts)
        {
            seen += count;
            if (seen >= rank)
            {
                return value;
            }
        }

        return counts[^1].Key;
    }
}
