using Counterfactual.Experiments.Aggregation;
using Counterfactual.Experiments.Batches;
using Counterfactual.Experiments.Statistics;
using MathNet.Numerics.Distributions;

namespace Counterfactual.Experiments.Claims;

/// <summary>
/// Median month claims, from the scenarios' exact month histograms (worlds where the event happened).
/// The interval is deliberately simple and conservative: each median gets a distribution-free order-statistic
/// interval at the test's confidence and the difference takes [low B - high A, high B - low A]; it ignores the
/// pairing, so it is wider than a paired interval would be. p-values come from a normal reading of its width.
/// </summary>
internal static class MedianClaim
{
    public static ClaimEstimate Estimate(ClaimSpec claim, AggregateState state)
    {
        var confidence = ClaimMath.Confidence(claim.Test, claim.Alpha);
        var z = Normal.InvCDF(0, 1, 0.5 + (confidence / 2));
        double a = 0, b = 0, low = 0, high = 0;
        long n = long.MaxValue;
        foreach (var pair in claim.Pairs)
        {
            var ma = Median(state, pair.A, claim.Metric.Index, z);
            var mb = Median(state, pair.B, claim.Metric.Index, z);
            a += ma.Median;
            b += mb.Median;
            low += mb.Low - ma.High;
            high += mb.High - ma.Low;
            n = Math.Min(n, Math.Min(ma.N, mb.N));
        }

        double p = claim.Pairs.Count;
        (a, b, low, high) = (a / p, b / p, low / p, high / p);
        var se = (high - low) / (2 * z);
        return new ClaimEstimate(a, b, b - a, low, high, se, se * Math.Sqrt(n), n, double.PositiveInfinity);
    }

    /// <summary>Median month index (mid-point of the two middle ranks) and its order-statistic interval; NaN when it never happened.</summary>
    internal static (double Median, double Low, double High, long N) Median(AggregateState state, int scenario, int metric, double z)
    {
        var start = state.MonthBase(scenario, metric) + 1;
        var counts = state.MonthHistogram.AsSpan(start, state.Layout.Months);
        long n = 0;
        foreach (var c in counts)
        {
            n += c;
        }

        if (n == 0)
        {
            return (double.NaN, double.NaN, double.NaN, 0);
        }

        var half = z * Math.Sqrt(n) / 2;
        var lowRank = (long)Math.Clamp(Math.Floor((n / 2.0) - half), 1, n);
        var highRank = (long)Math.Clamp(Math.Ceiling(1 + (n / 2.0) + half), 1, n);
        var median = (At(counts, (n + 1) / 2) + At(counts, (n + 2) / 2)) / 2.0;
        return (median, At(counts, lowRank), At(counts, highRank), n);
    }

    /// <summary>The month at 1-based rank <paramref name="rank"/>.</summary>
    private static int At(ReadOnlySpan<long> counts, long rank)
    {
        long seen = 0;
        for (var m = 0; m < counts.Length; m++)
        {
            seen += counts[m];
            if (seen >= rank)
            {
                return m;
            }
        }

        return counts.Length - 1;
    }
}
