using MathNet.Numerics;

namespace Counterfactual.Results.Compare;

/// <summary>
/// The pooled two-proportion z test for independent samples: z = (pB - pA) / sqrt(p(1-p)(1/nA + 1/nB)),
/// p the pooled proportion; two-sided p-value from the standard normal. Adequate at Monte Carlo sample sizes;
/// when both samples are all-or-nothing and equal the pooled variance is 0 and the result is z = 0, p = 1.
/// </summary>
public static class TwoProportionTest
{
    /// <summary>Tests whether xB/nB differs from xA/nA.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, exceeds its n, or an n is 0.</exception>
    public static TestResult Compute(long successesA, long nA, long successesB, long nB)
    {
        Check(successesA, nA, nameof(successesA));
        Check(successesB, nB, nameof(successesB));
        var pA = (double)successesA / nA;
        var pB = (double)successesB / nB;
        var pooled = (double)(successesA + successesB) / (nA + nB);
        var variance = pooled * (1 - pooled) * ((1.0 / nA) + (1.0 / nB));
        if (variance <= 0)
        {
            return new TestResult(0, 1);
        }

        var z = (pB - pA) / Math.Sqrt(variance);
        return new TestResult(z, TwoSidedNormal(z));
    }

    /// <summary>P(|Z| &gt;= |z|) for a standard normal Z, accurate in the far tail (erfc, not 1 - CDF).</summary>
    public static double TwoSidedNormal(double z) =>
        double.IsNaN(z) ? double.NaN : Math.Min(1, SpecialFunctions.Erfc(Math.Abs(z) / Math.Sqrt(2)));

    private static void Check(long successes, long n, string name)
    {
        if (n <= 0 || successes < 0 || successes > n)
        {
            throw new ArgumentOutOfRangeException(name, successes, $"Need 0 <= successes <= n and n > 0 (got {successes} of {n}).");
        }
    }
}
