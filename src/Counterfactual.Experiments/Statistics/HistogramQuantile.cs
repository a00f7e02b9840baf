namespace Counterfactual.Experiments.Statistics;

/// <summary>Quantiles of values binned into fixed-width bins over [min, max], interpolated linearly within a bin.</summary>
public static class HistogramQuantile
{
    /// <summary>The <paramref name="q"/>-quantile; NaN when the histogram is empty.</summary>
    public static double Of<T>(ReadOnlySpan<T> counts, double min, double max, double q)
        where T : struct, System.Numerics.IBinaryInteger<T>
    {
        long total = 0;
        foreach (var c in counts)
        {
            total += long.CreateTruncating(c);
        }

        if (total == 0)
        {
            return double.NaN;
        }

        var target = q * total;
        var width = (max - min) / counts.Length;
        long before = 0;
        for (var i = 0; i < counts.Length; i++)
        {
            var c = long.CreateTruncating(counts[i]);
            if (c > 0 && before + c >= target)
            {
                var fraction = Math.Clamp((target - before) / c, 0, 1);
                return min + (width * (i + fraction));
            }

            before += c;
        }

        return max;
    }
}
