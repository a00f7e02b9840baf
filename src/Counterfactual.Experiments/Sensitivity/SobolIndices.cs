using Counterfactual.Model.Randomness;

namespace Counterfactual.Experiments.Sensitivity;

/// <summary>First-order and total Sobol indices of one input, with percentile bootstrap 95% intervals.</summary>
public readonly record struct SobolIndex(double FirstOrder, double FirstOrderLow, double FirstOrderHigh, double Total, double TotalLow, double TotalHigh);

/// <summary>
/// Variance-based sensitivity from the radial A/B/AB_i design (Saltelli et al. 2010): f(A), f(B) and, for each
/// input i, f(AB_i) where AB_i is A with column i taken from B. First order: S_i = mean(f(B) (f(AB_i) - f(A))) / V
/// (Saltelli 2010, table 2 (b)); total: ST_i = mean((f(A) - f(AB_i))^2) / (2 V) (Jansen 1999); V the variance of
/// f(A) and f(B) pooled. Intervals: percentile bootstrap over the N rows (resampled jointly across A, B and all
/// AB_i, which keeps the estimator's pairing), from a seeded stream so they are reproducible.
/// </summary>
public static class SobolIndices
{
    /// <summary>The parameter name of the sensitivity.csv row giving the model noise's share of the variance (with noise replicates).</summary>
    public const string NoiseParameter = "(model noise)";

    /// <summary>The indices of every input. Rows with a NaN anywhere are dropped first.</summary>
    /// <param name="fA">f over the rows of A (length N).</param>
    /// <param name="fB">f over the rows of B.</param>
    /// <param name="fAB">fAB[i] = f over the rows of AB_i.</param>
    /// <param name="bootstrap">Bootstrap resamples.</param>
    /// <param name="seed">Seed of the bootstrap stream.</param>
    /// <param name="n">Rows used (finite everywhere).</param>
    /// <param name="nugget">
    /// Per row, the noise variance of each f value of that row (the same for every matrix), when f is itself a
    /// noisy mean whose noise is independent across matrices; it is subtracted from the variance and from the
    /// Jansen numerator. Null when f has no independent noise.
    /// </param>
    public static SobolIndex[] Estimate(double[] fA, double[] fB, double[][] fAB, int bootstrap, ulong seed, out int n, double[]? nugget = null)
    {
        ArgumentNullException.ThrowIfNull(fA);
        ArgumentNullException.ThrowIfNull(fB);
        ArgumentNullException.ThrowIfNull(fAB);
        var k = fAB.Length;
        var rows = Enumerable.Range(0, fA.Length).Where(j => double.IsFinite(fA[j]) && double.IsFinite(fB[j]) && fAB.All(f => double.IsFinite(f[j]))).ToArray();
        n = rows.Length;
        var point = Indices(fA, fB, fAB, rows, nugget);
        var firsts = new double[k][];
        var totals = new double[k][];
        for (var i = 0; i < k; i++)
        {
            firsts[i] = new double[bootstrap];
            totals[i] = new double[bootstrap];
        }

        var rng = new Xoshiro256StarStar(SplitMix64.Mix(seed ^ 0x50B0_1B00_7000_0001UL));
        var sample = new int[n];
        for (var b = 0; b < bootstrap && n > 0; b++)
        {
            for (var j = 0; j < n; j++)
            {
                sample[j] = rows[(int)(rng.NextUInt64() % (ulong)n)];
            }

            var est = Indices(fA, fB, fAB, sample, nugget);
            for (var i = 0; i < k; i++)
            {
                firsts[i][b] = est[i].First;
                totals[i][b] = est[i].Total;
            }
        }

        var result = new SobolIndex[k];
        for (var i = 0; i < k; i++)
        {
            result[i] = new SobolIndex(
                point[i].First,
                Percentile(firsts[i], 0.025),
                Percentile(firsts[i], 0.975),
                point[i].Total,
                Percentile(totals[i], 0.025),
                Percentile(totals[i], 0.975));
        }

        return result;
    }

    private static (double First, double Total)[] Indices(double[] fA, double[] fB, double[][] fAB, int[] rows, double[]? nugget)
    {
        var k = fAB.Length;
        var result = new (double, double)[k];
        var n = rows.Length;
        if (n < 2)
        {
            Array.Fill(result, (double.NaN, double.NaN));
            return result;
        }

        double sum = 0, sumSq = 0, noise = 0;
        foreach (var j in rows)
        {
            sum += fA[j] + fB[j];
            sumSq += (fA[j] * fA[j]) + (fB[j] * fB[j]);
            noise += nugget?[j] ?? 0;
        }

        noise /= n;
        var mean = sum / (2 * n);
        var variance = (sumSq / (2 * n)) - (mean * mean) - noise;
        for (var i = 0; i < k; i++)
        {
            if (!(variance > 1e-300))
            {
                result[i] = (double.NaN, double.NaN);
                continue;
            }

            double first = 0, total = 0;
            var ab = fAB[i];
            foreach (var j in rows)
            {
                first += fB[j] * (ab[j] - fA[j]);
                var e = fA[j] - ab[j];
                total += e * e;
            }

            result[i] = (first / n / variance, ((total / (2.0 * n)) - noise) / variance);
        }

        return result;
    }

    private static double Percentile(double[] values, double q)
    {
        var finite = values.Where(double.IsFinite).Order().ToArray();
        if (finite.Length == 0)
        {
            return double.NaN;
        }

        var pos = q * (finite.Length - 1);
        var lo = (int)Math.Floor(pos);
        var hi = Math.Min(finite.Length - 1, lo + 1);
        return finite[lo] + ((pos - lo) * (finite[hi] - finite[lo]));
    }
}
