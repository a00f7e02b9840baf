using MathNet.Numerics.Distributions;

namespace Counterfactual.Experiments.Statistics;

/// <summary>Wilson score interval for a binomial proportion (Wilson 1927).</summary>
public static class Wilson
{
    /// <summary>z for a two-sided 95% interval.</summary>
    public static readonly double Z95 = Normal.InvCDF(0, 1, 0.975);

    /// <summary>The Wilson interval of <paramref name="successes"/> out of <paramref name="trials"/>; [0, 1] when there are no trials.</summary>
    public static (double Low, double High) Interval(long successes, long trials, double z)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(successes);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(successes, trials);
        if (trials == 0)
        {
            return (0, 1);
        }

        double n = trials;
        var p = successes / n;
        var z2 = z * z;
        var centre = p + (z2 / (2 * n));
        var spread = z * Math.Sqrt((p * (1 - p) / n) + (z2 / (4 * n * n)));
        var denominator = 1 + (z2 / n);
        var low = successes == 0 ? 0 : (centre - spread) / denominator;
        var high = successes == trials ? 1 : (centre + spread) / denominator;
        return (Math.Max(0, low), Math.Min(1, high));
    }

    /// <summary>The 95% Wilson interval.</summary>
    public static (double Low, double High) Interval95(long successes, long trials) => Interval(successes, trials, Z95);
}
