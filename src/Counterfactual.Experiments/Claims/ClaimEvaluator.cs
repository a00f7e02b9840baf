using Counterfactual.Experiments.Aggregation;
using Counterfactual.Experiments.Batches;
using Counterfactual.Experiments.Conditioning;
using Counterfactual.Experiments.Output;
using Counterfactual.Experiments.Statistics;
using MathNet.Numerics.Distributions;

namespace Counterfactual.Experiments.Claims;

/// <summary>
/// A claim's row of claims.csv from its paired accumulator. Pooled selections weight each pair equally: the
/// world-level statistic is the average over pairs, so the interval accounts for the pairs sharing worlds.
/// </summary>
public static class ClaimEvaluator
{
    /// <summary>Evaluates claim <paramref name="index"/> of <paramref name="batch"/>.</summary>
    public static ClaimRow Evaluate(Batch batch, ClaimSpec claim, AggregateState state, int index)
    {
        ArgumentNullException.ThrowIfNull(state);
        return Evaluate(batch, claim, state.Claims[index], state.Worlds, ConditioningSpec.None);
    }

    /// <summary>
    /// Evaluates claim <paramref name="index"/> on the worlds whose factual run matched the batch's conditioning
    /// evidence (the conditioned row of claims.csv); <paramref name="state"/> must hold a conditioned layout.
    /// </summary>
    public static ClaimRow EvaluateConditioned(Batch batch, ClaimSpec claim, AggregateState state, int index)
    {
        ArgumentNullException.ThrowIfNull(state);
        return Evaluate(batch, claim, state.ConditionedClaims[index], state.Accepted, ConditioningSpec.Label);
    }

    private static ClaimRow Evaluate(Batch batch, ClaimSpec claim, ClaimAccumulator accumulator, long worlds, string conditioning)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(claim);
        var estimate = claim.Statistic == ClaimStatistic.Median
            ? MedianClaim.Estimate(claim, accumulator)
            : PairedEstimate(claim, accumulator);
        var verdict = ClaimMath.Verdict(claim.Test, claim.Expect, claim.Margin, estimate.Low, estimate.High);
        var p = estimate.ExactPValue ?? ClaimMath.PValue(claim.Test, claim.Expect, claim.Margin, estimate.Difference, estimate.StandardError, estimate.DegreesOfFreedom);
        var needed = ClaimMath.ReplicationsNeeded(claim.Test, claim.Expect, claim.Margin, claim.Alpha, estimate.Difference, estimate.SdPerWorld, Math.Max(1, estimate.N), verdict);

        // The estimate may use fewer worlds than were run (a value undefined in some worlds): scale to worlds run.
        if (verdict == Verdicts.Inconclusive && needed > 0 && estimate.N > 0)
        {
            needed = (long)Math.Ceiling(needed * (double)worlds / estimate.N);
        }
        else if (verdict != Verdicts.Inconclusive)
        {
            needed = worlds;
        }

        return new ClaimRow(
            claim.Id,
            claim.Statement,
            claim.Metric.Name + (claim.State >= 0 ? "=" + claim.Metric.States[claim.State] : string.Empty),
            string.Join(";", claim.Pairs.Select(x => batch.Scenarios[x.A].Id)),
            string.Join(";", claim.Pairs.Select(x => batch.Scenarios[x.B].Id)),
            estimate.A,
            estimate.B,
            estimate.Difference,
            estimate.Low,
            estimate.High,
            claim.Margin,
            claim.Test.ToString().ToLowerInvariant(),
            p,
            verdict,
            needed,
            conditioning);
    }

    /// <summary>Mean of paired differences with a t interval; Newcombe's interval for a single-pair probability.</summary>
    internal static ClaimEstimate PairedEstimate(ClaimSpec claim, ClaimAccumulator acc)
    {
        double pairs = claim.Pairs.Count;
        var n = acc.N;
        var a = FixedPoint.Mean(acc.SumA, n) / pairs;
        var b = FixedPoint.Mean(acc.SumB, n) / pairs;
        var d = FixedPoint.Mean(acc.SumD, n) / pairs;
        var sd = FixedPoint.StandardDeviation(acc.SumD, acc.SumD2, n) / pairs;
        var confidence = ClaimMath.Confidence(claim.Test, claim.Alpha);
        if (claim.Statistic == ClaimStatistic.Probability && claim.Pairs.Count == 1)
        {
            var z = Normal.InvCDF(0, 1, 0.5 + (confidence / 2));
            var (_, low, high) = PairedProportion.Newcombe(acc.Both, acc.OnlyA, acc.OnlyB, acc.Neither, z);
            return new ClaimEstimate(a, b, d, low, high, sd / Math.Sqrt(n), sd, n, double.PositiveInfinity);
        }

        var df = n - 1.0;
        var se = sd / Math.Sqrt(n);
        var q = n < 2 ? double.NaN : ClaimMath.Quantile(0.5 + (confidence / 2), df);
        return new ClaimEstimate(a, b, d, d - (q * se), d + (q * se), se, sd, n, df);
    }
}

/// <summary>A claim's estimates: A, B, B - A, the test's interval, the standard error and per-world sd of the difference; an exact p-value when the test has one.</summary>
internal readonly record struct ClaimEstimate(double A, double B, double Difference, double Low, double High, double StandardError, double SdPerWorld, long N, double DegreesOfFreedom, double? ExactPValue = null);
