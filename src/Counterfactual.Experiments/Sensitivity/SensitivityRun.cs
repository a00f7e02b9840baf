using Counterfactual.Experiments.Batches;
using Counterfactual.Experiments.Claims;
using Counterfactual.Experiments.Output;
using Counterfactual.Model.Randomness;

namespace Counterfactual.Experiments.Sensitivity;

/// <summary>
/// Sobol sensitivity of each claim's per-world paired difference (the mean over its pairs of B - A) to the
/// batch's uncertain parameters (those whose prior is not fixed). Base samples are plain Monte Carlo from a
/// stream derived from the batch seed and the row, apart from the main run's streams. The model's monthly
/// noise travels with matrix A: rows of A and of every AB_i share the noise streams of their row, B has its own,
/// so the noise is one more input of the complementary group and the indices are shares of the total variance
/// (noise included). With noise replicates r > 1 the design changes: every matrix row is run r times with
/// independent noise (no common noise between A and AB_i), f is the mean of the r runs, and the noise variance
/// of that mean (s^2 / r, from the replicates) is subtracted (the "nugget"), so the indices are shares of the
/// variance of the parameters' effect alone (Marrel et al. 2012 style, for stochastic simulators). Without it, a
/// model whose noise decorrelates when any parameter moves gives every parameter a total index near 1.
/// N (k + 2) r worlds are run, each under every scenario the claims pair; rows are computed in
/// parallel into fixed slots, so the result does not depend on the thread count. Each claim gets its own
/// bootstrap stream. Rows are written most influential first (by total index) within each claim.
/// </summary>
/// <remarks>
/// Limits: the estimates are raw (first-order can come out below 0, a total above 1) and their sampling error
/// shrinks only as 1 / sqrt(N); with ~150 parameters and a per-world difference that is mostly 0 or +-1
/// (probability claims) a few hundred base samples give noise. Use the totals (Jansen) to rank parameters; the
/// first-order (Saltelli 2010) estimator is much noisier for binary outputs. See seeds/essay-claims.md.
/// </remarks>
internal static class SensitivityRun
{
    private const ulong SamplePurpose = 0x5E45_0001;
    private const ulong NoiseA = 0x5E45_00A0;
    private const ulong NoiseB = 0x5E45_00B0;
    private const ulong NoiseReplicated = 0x5E45_00C0;

    public static List<SensitivityRow> Run(Batch batch, SensitivityOptions options, int threads, CancellationToken cancellationToken)
    {
        var definitions = batch.Catalog.Definitions;
        var uncertain = Enumerable.Range(0, definitions.Count).Where(i => !definitions[i].Prior.IsFixed).ToArray();
        var rows = new List<SensitivityRow>();
        if (uncertain.Length == 0 || batch.Claims.Count == 0)
        {
            return rows;
        }

        var n = options.Samples;
        var k = uncertain.Length;
        var matrices = k + 2;
        var y = new double[batch.Claims.Count][];
        for (var c = 0; c < y.Length; c++)
        {
            y[c] = new double[n * matrices];
        }

        var r = options.NoiseReplicates;
        var nugget = new double[batch.Claims.Count][];
        for (var c = 0; c < nugget.Length; c++)
        {
            nugget[c] = new double[n];
        }

        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, threads), CancellationToken = cancellationToken };
        Parallel.For(0, (n + 63) / 64, parallel, () => new PairedWorldEvaluator(batch), (chunk, _, evaluator) =>
        {
            var parameters = new double[definitions.Count];
            var a = new double[k];
            var b = new double[k];
            var sum = new double[y.Length];
            var sumSq = new double[y.Length];
            var defined = new int[y.Length];
            for (var j = chunk * 64; j < Math.Min(n, (chunk + 1) * 64); j++)
            {
                var stream = new Xoshiro256StarStar(SplitMix64.Derive(batch.Seed, (ulong)j, SamplePurpose));
                for (var i = 0; i < k; i++)
                {
                    a[i] = stream.NextOpenDouble();
                }

                for (var i = 0; i < k; i++)
                {
                    b[i] = stream.NextOpenDouble();
                }

                var noiseA = WorldStreams.ForReplication(SplitMix64.Derive(batch.Seed, 0, NoiseA), j);
                var noiseB = WorldStreams.ForReplication(SplitMix64.Derive(batch.Seed, 0, NoiseB), j);
                for (var m = 0; m < matrices; m++)
                {
                    // m = 0: A; m = 1: B; m = 2 + i: AB_i (A with column i from B).
                    for (var i = 0; i < k; i++)
                    {
                        var u = m == 1 || m == 2 + i ? b[i] : a[i];
                        var d = definitions[uncertain[i]];
                        parameters[uncertain[i]] = Math.Clamp(d.Prior.Quantile(u), d.Min, d.Max);
                    }

                    FillFixed(definitions, parameters);
                    if (r == 1)
                    {
                        evaluator.Run(parameters, m == 1 ? noiseB : noiseA);
                        for (var c = 0; c < y.Length; c++)
                        {
                            y[c][(m * n) + j] = evaluator.WorldDifference(c);
                        }

                        continue;
                    }

                    // Replicated: independent noise for every matrix, row and replicate; f is the replicates' mean.
                    Array.Clear(sum);
                    Array.Clear(sumSq);
                    Array.Clear(defined);
                    for (var rep = 0; rep < r; rep++)
                    {
                        evaluator.Run(parameters, WorldStreams.ForReplication(SplitMix64.Derive(batch.Seed, (ulong)m, NoiseReplicated), ((long)j * r) + rep));
                        for (var c = 0; c < y.Length; c++)
                        {
                            var v = evaluator.WorldDifference(c);
                            if (double.IsFinite(v))
                            {
                                sum[c] += v;
                                sumSq[c] += v * v;
                                defined[c]++;
                            }
                        }
                    }

                    for (var c = 0; c < y.Length; c++)
                    {
                        // A row counts only if every replicate is defined; the noise variance of its mean is s^2 / r.
                        var mean = sum[c] / r;
                        y[c][(m * n) + j] = defined[c] == r ? mean : double.NaN;
                        nugget[c][j] += defined[c] == r ? Math.Max(0, (sumSq[c] - (r * mean * mean)) / (r - 1)) / r / matrices : 0;
                    }
                }
            }

            return evaluator;
        }, _ => { });

        for (var c = 0; c < y.Length; c++)
        {
            var f = y[c];
            var fA = f[..n];
            var fB = f[n..(2 * n)];
            var fAB = Enumerable.Range(0, k).Select(i => f[((2 + i) * n)..((3 + i) * n)]).ToArray();
            var indices = SobolIndices.Estimate(fA, fB, fAB, options.Bootstrap, SplitMix64.Derive(batch.Seed, (ulong)c, SamplePurpose + 1), out var used, r == 1 ? null : nugget[c]);
            // Most influential first: by total index (NaN last), ties in catalog order.
            foreach (var i in Enumerable.Range(0, k).OrderByDescending(i => double.IsNaN(indices[i].Total) ? double.NegativeInfinity : indices[i].Total))
            {
                var s = indices[i];
                rows.Add(new SensitivityRow(batch.Claims[c].Id, definitions[uncertain[i]].Name, s.FirstOrder, s.FirstOrderLow, s.FirstOrderHigh, s.Total, s.TotalLow, s.TotalHigh, used));
            }

            if (r > 1)
            {
                // The model's own noise: its share of the variance of one world's paired difference,
                // r E[s^2 / r] / (Var(mean of r) - E[s^2 / r] + r E[s^2 / r]) over the rows of A and B (no interval).
                var rowsUsed = Enumerable.Range(0, n).Where(j => double.IsFinite(fA[j]) && double.IsFinite(fB[j])).ToArray();
                var noise = rowsUsed.Length == 0 ? double.NaN : rowsUsed.Average(j => nugget[c][j]);
                var all = rowsUsed.SelectMany(j => new[] { fA[j], fB[j] }).ToArray();
                var mean = all.Length == 0 ? double.NaN : all.Average();
                var pooled = all.Length == 0 ? double.NaN : all.Average(v => (v - mean) * (v - mean));
                var share = r * noise / (pooled - noise + (r * noise));
                rows.Add(new SensitivityRow(batch.Claims[c].Id, SobolIndices.NoiseParameter, share, double.NaN, double.NaN, share, double.NaN, double.NaN, rowsUsed.Length));
            }
        }

        return rows;
    }

    private static void FillFixed(IReadOnlyList<Model.Parameters.ParameterDefinition> definitions, double[] parameters)
    {
        for (var i = 0; i < definitions.Count; i++)
        {
            var d = definitions[i];
            if (d.Prior.IsFixed)
            {
                parameters[i] = Math.Clamp(d.Prior.Quantile(0.5), d.Min, d.Max);
            }
        }
    }
}
