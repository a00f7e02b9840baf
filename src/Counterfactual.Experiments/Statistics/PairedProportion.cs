namespace Counterfactual.Experiments.Statistics;

/// <summary>
/// Difference of two proportions measured on the same units (paired binary data): Newcombe's (1998)
/// hybrid score interval, method 10, with his continuity-free correlation correction.
/// </summary>
public static class PairedProportion
{
    /// <summary>
    /// Interval for p_B - p_A from the paired 2x2 table: <paramref name="both"/> (A and B), <paramref name="onlyA"/>,
    /// <paramref name="onlyB"/>, <paramref name="neither"/>.
    /// </summary>
    public static (double Difference, double Low, double High) Newcombe(long both, long onlyA, long onlyB, long neither, double z)
    {
        var n = both + onlyA + onlyB + neither;
        if (n == 0)
        {
            return (double.NaN, -1, 1);
        }

        // Newcombe's theta = p1 - p2 with p1 = B's proportion, p2 = A's.
        var p1 = (both + onlyB) / (double)n;
        var p2 = (both + onlyA) / (double)n;
        var (l1, u1) = Wilson.Interval(both + onlyB, n, z);
        var (l2, u2) = Wilson.Interval(both + onlyA, n, z);
        var phi = Phi(both, onlyB, onlyA, neither, n);
        var theta = p1 - p2;
        var dl = Math.Sqrt(Math.Max(0, Sq(p1 - l1) - (2 * phi * (p1 - l1) * (u2 - p2)) + Sq(u2 - p2)));
        var du = Math.Sqrt(Math.Max(0, Sq(u1 - p1) - (2 * phi * (u1 - p1) * (p2 - l2)) + Sq(p2 - l2)));
        return (theta, Math.Max(-1, theta - dl), Math.Min(1, theta + du));
    }

    /// <summary>Newcombe's corrected phi: (ad - bc - n/2)+ / sqrt(...) when ad &gt; bc; 0 when a margin is empty.</summary>
    private static double Phi(double a, double b, double c, double d, double n)
    {
        var denominator = Math.Sqrt((a + b) * (c + d) * (a + c) * (b + d));
        if (denominator == 0)
        {
            return 0;
        }

        var numerator = (a * d) - (b * c);
        if (numerator > 0)
        {
            numerator = Math.Max(numerator - (n / 2), 0);
        }

        return numerator / denominator;
    }

    private static double Sq(double x) => x * x;
}
