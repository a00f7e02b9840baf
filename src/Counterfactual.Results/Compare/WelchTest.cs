using MathNet.Numerics.Distributions;

namespace Counterfactual.Results.Compare;

/// <summary>
/// Welch's unequal-variance t test from summary statistics: t = (meanB - meanA) / sqrt(sdA²/nA + sdB²/nB),
/// degrees of freedom by the Welch-Satterthwaite equation, two-sided p-value from Student's t.
/// </summary>
public static class WelchTest
{
    /// <summary>The t statistic, its degrees of freedom and the two-sided p-value.</summary>
    /// <param name="nA">Sample size of A (at least 2).</param>
    /// <param name="meanA">Mean of A.</param>
    /// <param name="sdA">Sample standard deviation of A (n - 1 denominator).</param>
    /// <param name="nB">Sample size of B (at least 2).</param>
    /// <param name="meanB">Mean of B.</param>
    /// <param name="sdB">Sample standard deviation of B.</param>
    /// <returns>With both standard deviations 0: t = 0 and p = 1 for equal means, t = ±infinity and p = 0 otherwise; df is then NaN.</returns>
    public static (TestResult Test, double DegreesOfFreedom) Compute(long nA, double meanA, double sdA, long nB, double meanB, double sdB)
    {
        if (nA < 2 || nB < 2)
        {
            throw new ArgumentOutOfRangeException(nA < 2 ? nameof(nA) : nameof(nB), "Welch's test needs at least two values on each side.");
        }

        if (!double.IsFinite(meanA) || !double.IsFinite(meanB) || !double.IsFinite(sdA) || !double.IsFinite(sdB) || sdA < 0 || sdB < 0)
        {
            throw new ArgumentException("Means and standard deviations must be finite, and standard deviations non-negative.");
        }

        var va = sdA * sdA / nA;
        var vb = sdB * sdB / nB;
        var se = Math.Sqrt(va + vb);
        var difference = meanB - meanA;
        if (se == 0)
        {
            return difference == 0
                ? (new TestResult(0, 1), double.NaN)
                : (new TestResult(difference > 0 ? double.PositiveInfinity : double.NegativeInfinity, 0), double.NaN);
        }

        var t = difference / se;
        var df = (va + vb) * (va + vb) / ((va * va / (nA - 1)) + (vb * vb / (nB - 1)));
        var p = 2 * StudentT.CDF(0, 1, df, -Math.Abs(t));
        return (new TestResult(t, Math.Clamp(p, 0, 1)), df);
    }
}
