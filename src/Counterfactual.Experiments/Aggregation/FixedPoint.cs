namespace Counterfactual.Experiments.Aggregation;

/// <summary>
/// Doubles as integers of 2^-24: sums of these are exact, so merging partial sums in any order (threads,
/// shards, resume) gives identical bits. Values are clamped to the metric's declared range first, which keeps
/// sums of squares of up to 10^8 values within Int128.
/// </summary>
public static class FixedPoint
{
    /// <summary>Units per 1.0.</summary>
    public const double Scale = 16_777_216; // 2^24

    /// <summary>The fixed-point value of <paramref name="x"/> clamped to [min, max].</summary>
    public static long From(double x, double min, double max) => (long)Math.Round(Math.Clamp(x, min, max) * Scale, MidpointRounding.ToEven);

    /// <summary>Back to a double.</summary>
    public static double ToDouble(Int128 units) => (double)units / Scale;

    /// <summary>Mean of n values whose fixed-point sum is <paramref name="sum"/>.</summary>
    public static double Mean(Int128 sum, long n) => n == 0 ? double.NaN : (double)sum / n / Scale;

    /// <summary>Sample standard deviation from exact fixed-point sums; NaN for fewer than two values.</summary>
    public static double StandardDeviation(Int128 sum, Int128 sumOfSquares, long n)
    {
        if (n < 2)
        {
            return double.NaN;
        }

        var centred = sumOfSquares - (sum * sum / n);
        var variance = (double)centred / (n - 1) / (Scale * Scale);
        return Math.Sqrt(Math.Max(0, variance));
    }
}
