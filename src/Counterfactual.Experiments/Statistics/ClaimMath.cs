using Counterfactual.Experiments.Batches;
using MathNet.Numerics.Distributions;

namespace Counterfactual.Experiments.Statistics;

/// <summary>The verdict words of claims.csv.</summary>
public static class Verdicts
{
    /// <summary>The claim holds at the chosen significance level.</summary>
    public const string Holds = "HOLDS";

    /// <summary>The data contradict the claim.</summary>
    public const string Fails = "FAILS";

    /// <summary>More replications are needed to decide.</summary>
    public const string Inconclusive = "INCONCLUSIVE";
}

/// <summary>
/// Verdicts, p-values and replication estimates of the three claim tests, given a difference B - A, its
/// interval and the per-world standard deviation of the paired differences.
/// </summary>
public static class ClaimMath
{
    /// <summary>
    /// Confidence of the interval a test reads: 1 - 2 alpha for equivalence (TOST) and superiority (one-sided
    /// bound at 1 - alpha), 1 - alpha for a two-sided difference.
    /// </summary>
    public static double Confidence(ClaimTest test, double alpha) => test == ClaimTest.Difference ? 1 - alpha : 1 - (2 * alpha);

    /// <summary>Verdict from the interval of <see cref="Confidence"/>.</summary>
    public static string Verdict(ClaimTest test, ClaimDirection expect, double margin, double low, double high)
    {
        if (double.IsNaN(low) || double.IsNaN(high))
        {
            return Verdicts.Inconclusive;
        }

        switch (test)
        {
            case ClaimTest.Equivalence:
                return low > -margin && high < margin ? Verdicts.Holds
                    : low >= margin || high <= -margin ? Verdicts.Fails
                    : Verdicts.Inconclusive;
            case ClaimTest.Superiority when expect == ClaimDirection.Less:
                return high < -margin ? Verdicts.Holds : low >= -margin ? Verdicts.Fails : Verdicts.Inconclusive;
            case ClaimTest.Superiority:
                return low > margin ? Verdicts.Holds : high <= margin ? Verdicts.Fails : Verdicts.Inconclusive;
            default:
                return low > 0 || high < 0 ? Verdicts.Holds
                    : margin > 0 && low > -margin && high < margin ? Verdicts.Fails
                    : Verdicts.Inconclusive;
        }
    }

    /// <summary>
    /// p-value of the test from a normal (or Student t with <paramref name="degreesOfFreedom"/>) approximation:
    /// TOST's larger one-sided p for equivalence; one-sided against the margin for superiority; two-sided
    /// against zero for difference.
    /// </summary>
    public static double PValue(ClaimTest test, ClaimDirection expect, double margin, double difference, double standardError, double degreesOfFreedom)
    {
        if (!double.IsFinite(difference) || !(standardError >= 0))
        {
            return double.NaN;
        }

        double Upper(double t) => standardError == 0 ? (t > 0 ? 0 : t < 0 ? 1 : 0.5) : 1 - Cdf(t / standardError, degreesOfFreedom);
        return test switch
        {
            ClaimTest.Equivalence => Math.Max(Upper(difference + margin), 1 - Upper(difference - margin)),
            ClaimTest.Superiority when expect == ClaimDirection.Less => 1 - Upper(difference + margin),
            ClaimTest.Superiority => Upper(difference - margin),
            _ => Math.Min(1, 2 * Math.Min(Upper(difference), 1 - Upper(difference))),
        };
    }

    /// <summary>
    /// Worlds needed for the interval's half-width (z sd / sqrt(n)) to separate the estimate from the nearest
    /// decision boundary (normal approximation, the observed sd and effect). The current count when the verdict
    /// is conclusive; -1 when it cannot be estimated (no spread, or the estimate sits on a boundary).
    /// </summary>
    public static long ReplicationsNeeded(ClaimTest test, ClaimDirection expect, double margin, double alpha, double difference, double sdPerWorld, long current, string verdict)
    {
        if (verdict != Verdicts.Inconclusive)
        {
            return current;
        }

        if (!double.IsFinite(difference) || !(sdPerWorld > 0))
        {
            return -1;
        }

        var z = Normal.InvCDF(0, 1, test == ClaimTest.Difference ? 1 - (alpha / 2) : 1 - alpha);
        var d = expect == ClaimDirection.Less ? -difference : difference;
        var gaps = test switch
        {
            ClaimTest.Equivalence => new[] { Math.Abs(margin - Math.Abs(d)) },
            ClaimTest.Superiority => [Math.Abs(d - margin)],
            _ => margin > 0 && Math.Abs(d) < margin ? [Math.Abs(d), margin - Math.Abs(d)] : [Math.Abs(d)],
        };
        var gap = gaps.Max();
        if (!(gap > 0))
        {
            return -1;
        }

        var n = Math.Ceiling(Math.Pow(z * sdPerWorld / gap, 2));
        return n >= 1e15 ? -1 : Math.Max(current + 1, (long)n);
    }

    /// <summary>Quantile of the standard normal, or of Student's t when the degrees of freedom are finite.</summary>
    public static double Quantile(double p, double degreesOfFreedom) =>
        double.IsFinite(degreesOfFreedom) && degreesOfFreedom < 1e6 ? StudentT.InvCDF(0, 1, Math.Max(1, degreesOfFreedom), p) : Normal.InvCDF(0, 1, p);

    private static double Cdf(double x, double degreesOfFreedom) =>
        double.IsFinite(degreesOfFreedom) && degreesOfFreedom < 1e6 ? StudentT.CDF(0, 1, Math.Max(1, degreesOfFreedom), x) : Normal.CDF(0, 1, x);
}
