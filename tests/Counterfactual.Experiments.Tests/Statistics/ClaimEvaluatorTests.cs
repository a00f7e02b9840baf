using Counterfactual.Experiments.Aggregation;
using Counterfactual.Experiments.Claims;
using Counterfactual.Experiments.Statistics;

namespace Counterfactual.Experiments.Tests.Statistics;

public sealed class ClaimEvaluatorTests
{
    private const string Equivalence = """
        {"name": "e", "seed": 1, "replications": 10, "levers": {"pact": [true, false]},
         "claims": [{"id": "eq", "metric": "max_german_depth_km", "a": {"pact": true}, "b": {"pact": false}, "test": "equivalence", "margin": 0.05}]}
        """;

    [Fact]
    public void PairedEstimate_NoDifferenceManyWorlds_EquivalenceHolds()
    {
        var claim = TestBatches.Load(Equivalence).Claims[0];
        var acc = Accumulate(i => (i % 3) - 1.0, 0, 20_000); // per-world differences -1, 0, 1: mean 0, sd ~0.82

        var e = ClaimEvaluator.PairedEstimate(claim, acc);

        Assert.Equal(0, e.Difference, 3);
        Assert.Equal(Verdicts.Holds, ClaimMath.Verdict(claim.Test, claim.Expect, claim.Margin, e.Low, e.High));
    }

    [Fact]
    public void PairedEstimate_BuiltInDifference_EquivalenceFails()
    {
        var claim = TestBatches.Load(Equivalence).Claims[0];
        var acc = Accumulate(i => (i % 3) - 1.0, 0.3, 20_000);

        var e = ClaimEvaluator.PairedEstimate(claim, acc);

        Assert.Equal(0.3, e.Difference, 3);
        Assert.Equal(Verdicts.Fails, ClaimMath.Verdict(claim.Test, claim.Expect, claim.Margin, e.Low, e.High));
        Assert.True(e.Low > 0.05);
    }

    [Fact]
    public void PairedEstimate_FewWorlds_IsInconclusiveAndAsksForMore()
    {
        var claim = TestBatches.Load(Equivalence).Claims[0];
        var acc = Accumulate(i => (i % 3) - 1.0, 0, 30);

        var e = ClaimEvaluator.PairedEstimate(claim, acc);
        var verdict = ClaimMath.Verdict(claim.Test, claim.Expect, claim.Margin, e.Low, e.High);

        Assert.Equal(Verdicts.Inconclusive, verdict);
        Assert.True(ClaimMath.ReplicationsNeeded(claim.Test, claim.Expect, claim.Margin, claim.Alpha, e.Difference, e.SdPerWorld, e.N, verdict) > 30);
    }

    private static ClaimAccumulator Accumulate(Func<int, double> noise, double shift, int n)
    {
        var acc = new ClaimAccumulator();
        for (var i = 0; i < n; i++)
        {
            var a = FixedPoint.From(100, -1e6, 1e6);
            var b = FixedPoint.From(100 + shift + noise(i), -1e6, 1e6);
            acc.N++;
            acc.SumA += a;
            acc.SumB += b;
            acc.SumD += b - a;
            acc.SumD2 += (Int128)(b - a) * (b - a);
        }

        return acc;
    }
}
